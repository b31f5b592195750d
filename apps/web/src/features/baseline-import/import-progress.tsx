import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useNumberFormat } from '../indicators/number-format';
import type { ImportProgress } from './api';

/** Where the bar stands: a share of the bytes sent or of the rows, or null while there is nothing to count against. */
type Measure = { label: string; now: number; max: number } | { label: string; now: null; max: null };

const useMeasure = (progress: ImportProgress): Measure => {
  const { t } = useTranslation();
  const formatNumber = useNumberFormat();
  switch (progress.phase) {
    case 'uploading': {
      if (!progress.total) return { label: t('baselineImport.phaseUploading'), now: null, max: null };
      const percent = Math.min(100, Math.round((progress.loaded / progress.total) * 100));
      return { label: t('baselineImport.phaseUploadingPercent', { percent }), now: percent, max: 100 };
    }
    case 'sent':
      return { label: t(progress.isDryRun ? 'baselineImport.phaseChecking' : 'baselineImport.phaseImporting'), now: null, max: null };
    default: {
      const done = formatNumber(progress.done);
      if (progress.total === null) {
        return { label: progress.done === 0 ? t('baselineImport.phaseReading') : t('baselineImport.phaseReadingRows', { done }), now: null, max: null };
      }
      const key = { reading: 'baselineImport.phaseReadRows', checking: 'baselineImport.phaseCheckingRows', writing: 'baselineImport.phaseWritingRows' } as const;
      return { label: t(key[progress.phase], { done, total: formatNumber(progress.total) }), now: progress.done, max: progress.total };
    }
  }
};

/**
 * Upload progress as a share of the bytes sent, then the server's as a share of the rows read, checked and written.
 * While there is nothing to count against (the file sent but not yet reported on, rows read from a file of unknown
 * length), the bar says what is happening without a number.
 */
export const ImportProgressBar = ({ progress }: { progress: ImportProgress }) => {
  const labelId = useId();
  const { label, now, max } = useMeasure(progress);
  const percent = now === null ? null : max > 0 ? Math.min(100, (now / max) * 100) : 100;
  return (
    <div className="import-progress" data-phase={progress.phase}>
      <p id={labelId} className="import-progress__label">{label}</p>
      <div
        className="import-progress__track"
        role="progressbar"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={max ?? 100}
        aria-valuenow={now ?? undefined}
        aria-valuetext={label}
      >
        <div className={percent === null ? 'import-progress__bar import-progress__bar--busy' : 'import-progress__bar'} style={percent === null ? undefined : { width: `${percent}%` }} />
      </div>
    </div>
  );
};
