import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportProgress } from './api';

/**
 * Upload progress as a share of the bytes sent; once the file is sent the server's part (checking, importing) has
 * no measurable progress, so the bar says what is happening without a number.
 */
export const ImportProgressBar = ({ progress }: { progress: ImportProgress }) => {
  const { t } = useTranslation();
  const labelId = useId();
  const isUploading = progress.phase === 'uploading';
  const percent = isUploading && progress.total ? Math.min(100, Math.round((progress.loaded / progress.total) * 100)) : null;
  const label =
    progress.phase === 'uploading'
      ? percent === null
        ? t('baselineImport.phaseUploading')
        : t('baselineImport.phaseUploadingPercent', { percent })
      : t(progress.phase === 'checking' ? 'baselineImport.phaseChecking' : 'baselineImport.phaseImporting');
  return (
    <div className="import-progress" data-phase={progress.phase}>
      <p id={labelId} className="import-progress__label">{label}</p>
      <div
        className="import-progress__track"
        role="progressbar"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={100}
        {...(percent === null ? { 'aria-valuetext': label } : { 'aria-valuenow': percent })}
      >
        <div className={percent === null ? 'import-progress__bar import-progress__bar--busy' : 'import-progress__bar'} style={percent === null ? undefined : { width: `${percent}%` }} />
      </div>
    </div>
  );
};
