import type { CrosswalkFit, CrosswalkLinkView, CrosswalkMatrixView, GcmCoverageView, StrategyView } from '@compact-tracker/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CoverageSummary } from './gcm-coverage';
import { PlaceholderBadge } from './strategy-tree';
import { useTargetName } from './target-name';

/** The fit as one letter for the eye and as the full word for screen readers. */
const FitMark = ({ fit }: { fit: CrosswalkFit }) => {
  const { t } = useTranslation();
  return (
    <>
      <span className="fit-mark" data-fit={fit} aria-hidden="true">{t(`crosswalk.fitLetter.${fit}`)}</span>
      <span className="ct-visually-hidden">{t(`crosswalk.fitName.${fit}`)}</span>
    </>
  );
};

const GcmColumnHeader = ({ objective }: { objective: GcmCoverageView }) => {
  const { t } = useTranslation();
  const isUnlinked = objective.linkedStrategyObjectiveCount === 0;
  return (
    <th scope="col" className="crosswalk-matrix__gcm" data-unlinked={isUnlinked || undefined}>
      <abbr title={objective.title} aria-hidden="true">{objective.number}</abbr>
      <span className="ct-visually-hidden">
        {t('crosswalk.matrixGcmColumn', { number: objective.number, title: objective.title })}
        {isUnlinked ? ` (${t('crosswalk.noLink')})` : null}
      </span>
    </th>
  );
};

const SdgLinks = ({ links }: { links: readonly CrosswalkLinkView[] }) => {
  const { t } = useTranslation();
  const nameOf = useTargetName();
  if (links.length === 0) return null;
  return (
    <ul className="crosswalk-matrix__sdg-links">
      {links.map((link) => (
        <li key={link.id} title={link.target.label ?? nameOf(link.target)}>
          <span aria-hidden="true">{link.target.reference}</span>
          <span className="ct-visually-hidden">{nameOf(link.target)}, </span> <FitMark fit={link.fit} />
        </li>
      ))}
    </ul>
  );
};

type ObjectiveRowProps = { title: string; isPlaceholder: boolean; links: readonly CrosswalkLinkView[]; gcmCoverage: readonly GcmCoverageView[] };

const ObjectiveRow = ({ title, isPlaceholder, links, gcmCoverage }: ObjectiveRowProps) => {
  const { t } = useTranslation();
  const gcmLinks = new Map(links.filter((link) => link.target.kind === 'gcm_objective').map((link) => [link.target.reference, link]));
  const sdgLinks = links.filter((link) => link.target.kind !== 'gcm_objective');
  return (
    <tr data-placeholder={isPlaceholder || undefined}>
      <th scope="row" className="crosswalk-matrix__objective">
        <span className="crosswalk-matrix__objective-title">{title}</span>
        {isPlaceholder ? <PlaceholderBadge /> : null}
      </th>
      {gcmCoverage.map((objective) => {
        const link = gcmLinks.get(String(objective.number));
        return (
          <td
            key={objective.number}
            className="crosswalk-matrix__cell"
            data-unlinked={objective.linkedStrategyObjectiveCount === 0 || undefined}
            title={link ? `${t(`crosswalk.fitName.${link.fit}`)}: ${link.rationale}` : undefined}
          >
            {link ? <FitMark fit={link.fit} /> : null}
          </td>
        );
      })}
      <td className="crosswalk-matrix__sdg"><SdgLinks links={sdgLinks} /></td>
    </tr>
  );
};

const MatrixLegend = () => {
  const { t } = useTranslation();
  const fits: readonly CrosswalkFit[] = ['direct', 'partial', 'proxy'];
  return (
    <ul className="crosswalk-matrix__legend" aria-label={t('crosswalk.matrixLegend')}>
      {fits.map((fit) => (
        <li key={fit}>
          <span className="fit-mark" data-fit={fit} aria-hidden="true">{t(`crosswalk.fitLetter.${fit}`)}</span> {t(`crosswalk.fitName.${fit}`)}
        </li>
      ))}
      <li>
        <span className="crosswalk-matrix__swatch" aria-hidden="true" /> {t('crosswalk.matrixUnlinkedLegend')}
      </li>
    </ul>
  );
};

type CrosswalkMatrixProps = { strategy: StrategyView; matrix: CrosswalkMatrixView };

/**
 * The crosswalk as one table: a row per strategy objective under its goal, a column per GCM objective with the
 * link's fit, the SDG links last, and how many objectives cover each GCM objective at the foot. Columns with no link
 * are hatched and named in words, not told apart by colour alone.
 */
export const CrosswalkMatrix = ({ strategy, matrix }: CrosswalkMatrixProps) => {
  const { t } = useTranslation();
  const headingId = useId();
  const captionId = useId();
  const summaryId = useId();
  const linksByObjective = new Map(matrix.rows.map((row) => [row.strategyObjectiveId, row.links]));
  const total = matrix.gcmCoverage.length;
  const columnCount = total + 2;

  return (
    <section className="panel" aria-labelledby={headingId}>
      <div>
        <h2 id={headingId}>{t('crosswalk.matrixHeading')}</h2>
        <p className="panel__sub">{t('crosswalk.matrixIntro')}</p>
      </div>
      <CoverageSummary matrix={matrix} id={summaryId} />
      <MatrixLegend />
      <div className="table-scroll crosswalk-matrix__scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="crosswalk-matrix" aria-describedby={summaryId}>
          <caption id={captionId} className="ct-visually-hidden">{t('crosswalk.matrixCaption', { total })}</caption>
          <thead>
            <tr>
              <th scope="col" className="crosswalk-matrix__objective">{t('crosswalk.matrixObjective')}</th>
              {matrix.gcmCoverage.map((objective) => <GcmColumnHeader key={objective.number} objective={objective} />)}
              <th scope="col" className="crosswalk-matrix__sdg">{t('crosswalk.matrixSdgColumn')}</th>
            </tr>
          </thead>
          {strategy.goals.map((goal) => (
            <tbody key={goal.id}>
              <tr className="crosswalk-matrix__goal" data-placeholder={goal.isPlaceholder || undefined}>
                <th scope="rowgroup" colSpan={columnCount}>
                  <span className="crosswalk-matrix__goal-title">
                    {goal.title} {goal.isPlaceholder ? <PlaceholderBadge /> : null}
                  </span>
                </th>
              </tr>
              {goal.objectives.length === 0 ? (
                <tr>
                  <td colSpan={columnCount} className="muted">
                    <span className="crosswalk-matrix__goal-title">{t('crosswalk.noObjectives')}</span>
                  </td>
                </tr>
              ) : (
                goal.objectives.map((objective) => (
                  <ObjectiveRow
                    key={objective.id}
                    title={objective.title}
                    isPlaceholder={objective.isPlaceholder}
                    links={linksByObjective.get(objective.id) ?? []}
                    gcmCoverage={matrix.gcmCoverage}
                  />
                ))
              )}
            </tbody>
          ))}
          <tfoot>
            <tr>
              <th scope="row" className="crosswalk-matrix__objective">{t('crosswalk.matrixLinkedRow')}</th>
              {matrix.gcmCoverage.map((objective) => (
                <td key={objective.number} className="crosswalk-matrix__count" data-unlinked={objective.linkedStrategyObjectiveCount === 0 || undefined}>
                  {objective.linkedStrategyObjectiveCount}
                </td>
              ))}
              <td className="crosswalk-matrix__sdg" />
            </tr>
          </tfoot>
        </table>
      </div>
      <details className="crosswalk-matrix__gcm-list">
        <summary>{t('crosswalk.matrixGcmList', { total })}</summary>
        <ol>
          {matrix.gcmCoverage.map((objective) => <li key={objective.number} value={objective.number}>{objective.title}</li>)}
        </ol>
      </details>
    </section>
  );
};
