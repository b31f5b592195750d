import type { SdgTargetCoverage } from '@compact-tracker/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CoverageChart } from './coverage-chart';
import { CoverageTable } from './coverage-table';

/** Coverage by migration-relevant SDG target, through the SDG indicator codes the national indicators carry. */
export const SdgTargetCoveragePanel = ({ targets }: { targets: SdgTargetCoverage[] }) => {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="panel" aria-labelledby={headingId}>
      <div>
        <h2 id={headingId}>{t('dashboard.sdgHeading')}</h2>
        <p className="panel__sub">{t('dashboard.sdgIntro')}</p>
      </div>
      <CoverageChart
        orientation="bars"
        height={60 + targets.length * 28}
        rows={targets.map((target) => ({ key: target.code, label: t('dashboard.sdgTargetName', { code: target.code }), ...target }))}
      />
      <CoverageTable
        caption={t('dashboard.sdgCaption')}
        rowHeading={t('dashboard.sdgTarget')}
        extraColumns={[t('dashboard.crosswalkLinks')]}
        rows={targets.map((target) => ({
          ...target,
          id: target.code,
          header: t('dashboard.sdgTargetName', { code: target.code }),
          extraCells: [target.crosswalkLinkCount],
        }))}
      />
    </section>
  );
};
