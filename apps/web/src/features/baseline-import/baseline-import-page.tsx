import { baselineImportColumns, maxBaselineFileBytes, type BaselineImportView } from '@compact-tracker/domain';
import { Field } from '@compact-tracker/ui';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { ErrorState, LoadingState } from '../../app/query-states';
import { createIdempotencyKey, isApiError } from '../../lib/api-client';
import { useCurrentNetwork } from '../crosswalk/current-network';
import { useSession } from '../session/api';
import { buildSignInPath } from '../session/safe-return-path';
import {
  getBaselineFileType,
  getImportTemplateUrl,
  useUploadBaselines,
  type ImportProgress,
} from './api';
import '../activities/activity-work.css';
import '../crosswalk/crosswalk.css';
import '../indicators/indicators.css';
import './baseline-import.css';
import { ImportPreview } from './import-preview';
import { ImportProblems, readImportProblems } from './import-problems';
import { ImportProgressBar } from './import-progress';

const importPath = '/indicators/import';

/** What went wrong with an upload: the rows and fields the API refused, or why the file itself was not taken. */
const UploadFailure = ({ error }: { error: unknown }) => {
  const { t } = useTranslation();
  if (isApiError(error) && error.fields.length > 0) return <ImportProblems problems={readImportProblems(error.fields)} />;
  if (isApiError(error) && error.status === 413) return <ErrorState error={new Error(t('baselineImport.tooLarge'))} title={t('baselineImport.notTaken')} headingLevel={2} />;
  if (isApiError(error) && error.status === 415) return <ErrorState error={new Error(t('baselineImport.wrongType'))} title={t('baselineImport.notTaken')} headingLevel={2} />;
  return <ErrorState error={error} title={t('baselineImport.notTaken')} headingLevel={2} />;
};

const BaselineImport = ({ networkId }: { networkId: string }) => {
  const { t } = useTranslation();
  const headingId = useId();
  const fileInput = useRef<HTMLInputElement | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [commitKey, setCommitKey] = useState<string | null>(null);
  const upload = useRef<AbortController | null>(null);
  const check = useUploadBaselines();
  const commit = useUploadBaselines();
  const isBusy = check.isPending || commit.isPending;
  const preview: BaselineImportView | undefined = check.data;

  const chooseFile = (chosen: File | null) => {
    setFile(chosen);
    setFileError(null);
    setCommitKey(null);
    check.reset();
    commit.reset();
  };

  const send = (isDryRun: boolean) => {
    if (!file) return setFileError(t('baselineImport.chooseFile'));
    const contentType = getBaselineFileType(file.name);
    if (!contentType) return setFileError(t('baselineImport.wrongType'));
    if (file.size > maxBaselineFileBytes) return setFileError(t('baselineImport.tooLarge'));
    const controller = new AbortController();
    upload.current = controller;
    const mutation = isDryRun ? check : commit;
    const idempotencyKey = isDryRun ? undefined : (commitKey ?? createIdempotencyKey());
    if (!isDryRun && idempotencyKey) setCommitKey(idempotencyKey);
    mutation.mutate(
      { networkId, file, contentType, isDryRun, ...(idempotencyKey ? { idempotencyKey } : {}), onProgress: setProgress, signal: controller.signal },
      {
        onSettled: () => {
          setProgress(null);
          upload.current = null;
        },
      },
    );
  };

  const submitCheck = (event: FormEvent) => {
    event.preventDefault();
    commit.reset();
    send(true);
  };

  const startOver = () => {
    if (fileInput.current) fileInput.current.value = '';
    chooseFile(null);
    fileInput.current?.focus();
  };

  const isCancelled = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

  return (
    <>
      <section className="panel" aria-labelledby={headingId}>
        <h2 id={headingId}>{t('baselineImport.fileHeading')}</h2>
        <p className="prose">{t('baselineImport.howTo')}</p>
        <p>
          <a href={getImportTemplateUrl(networkId)} download>{t('baselineImport.template')}</a>
        </p>
        <details className="import-columns">
          <summary>{t('baselineImport.columnsSummary', { count: baselineImportColumns.length })}</summary>
          <ul className="inline-list">
            {baselineImportColumns.map((column) => <li key={column}><code>{column}</code></li>)}
          </ul>
          <p className="muted">{t('baselineImport.disaggregationFormat')}</p>
        </details>
        <form className="form" noValidate aria-labelledby={headingId} onSubmit={submitCheck}>
          <Field label={t('baselineImport.file')} hint={t('baselineImport.fileHint')} error={fileError ?? undefined}>
            {(control) => (
              <input
                {...control}
                ref={fileInput}
                className="input input--wide"
                type="file"
                accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                disabled={isBusy}
                onChange={(event) => chooseFile(event.target.files?.[0] ?? null)}
              />
            )}
          </Field>
          <div className="form__actions">
            <button type="submit" className="button button--primary" disabled={isBusy}>{t('baselineImport.check')}</button>
            {isBusy ? <button type="button" className="button" onClick={() => upload.current?.abort()}>{t('baselineImport.cancel')}</button> : null}
          </div>
        </form>
        {progress ? <ImportProgressBar progress={progress} /> : null}
        {check.isError && isCancelled(check.error) ? <p className="notice" role="status">{t('baselineImport.cancelled')}</p> : null}
      </section>

      {check.isError && !isCancelled(check.error) ? <UploadFailure error={check.error} /> : null}
      {preview && !commit.isSuccess ? (
        <ImportPreview
          preview={preview}
          fileName={file?.name ?? ''}
          isImporting={commit.isPending}
          onImport={() => send(false)}
        />
      ) : null}
      {commit.isError && !isCancelled(commit.error) ? <UploadFailure error={commit.error} /> : null}
      <div role="status">
        {commit.isSuccess ? (
          <div className="notice notice--success stack">
            <p>{t('baselineImport.imported', { count: commit.data.created })}</p>
            <p>
              <Link to="/indicators">{t('baselineImport.toIndicators')}</Link>
              {' · '}
              <button type="button" className="button button--quiet" onClick={startOver}>{t('baselineImport.another')}</button>
            </p>
          </div>
        ) : null}
      </div>
    </>
  );
};

/** `/indicators/import`: the expert loads baselines from a CSV or XLSX file, checked in full before anything is written. */
export const BaselineImportPage = () => {
  const { t } = useTranslation();
  const { user, isPending, can } = useSession();
  const network = useCurrentNetwork();

  if (isPending) return <div className="page"><LoadingState /></div>;
  if (!user) return <Navigate to={buildSignInPath(importPath)} replace />;

  return (
    <article className="page" aria-labelledby="baseline-import-heading">
      <title>{`${t('baselineImport.heading')} · ${t('app.name')}`}</title>
      <nav className="breadcrumb" aria-label={t('nav.breadcrumb')}>
        <Link to="/indicators">
          <span aria-hidden="true">← </span>
          {t('indicators.backToList')}
        </Link>
      </nav>
      <header className="page-header">
        <h1 id="baseline-import-heading">{t('baselineImport.heading')}</h1>
        <p className="muted prose">{t('baselineImport.intro')}</p>
      </header>
      {!can('baseline:write') ? (
        <ErrorState error={new Error(t('baselineImport.forbidden', { role: t(`role.${user.role}`) }))} title={t('state.forbiddenTitle')} headingLevel={2} />
      ) : network.networkId ? (
        <BaselineImport networkId={network.networkId} />
      ) : (
        <LoadingState />
      )}
    </article>
  );
};
