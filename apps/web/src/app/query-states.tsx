import { useTranslation } from 'react-i18next';
import { isApiError } from '../lib/api-client';

export const LoadingState = ({ label }: { label?: string }) => {
  const { t } = useTranslation();
  return (
    <p className="loading-state" role="status">
      <span className="loading-state__spinner" aria-hidden="true" />
      {label ?? t('state.loading')}
    </p>
  );
};

type ErrorStateProps = {
  error: unknown;
  title?: string;
  /** 1 when the error is all the page has to say; deeper inside a section otherwise. */
  headingLevel?: 1 | 2 | 3;
  onRetry?: () => void;
};

/** Shows what the API said went wrong; only a lost connection gets our own words. */
export const ErrorState = ({ error, title, headingLevel = 1, onRetry }: ErrorStateProps) => {
  const { t } = useTranslation();
  const isNotFound = isApiError(error) && error.status === 404;
  const heading = title ?? (isNotFound ? t('state.notFoundTitle') : t('state.errorTitle'));
  const message = isApiError(error) && error.code === 'network_error' ? t('state.networkError') : error instanceof Error ? error.message : String(error);
  const fields = isApiError(error) ? error.fields : [];
  const Heading = `h${headingLevel}` as const;

  return (
    <div className="error-state" role="alert">
      <Heading className="error-state__title">{heading}</Heading>
      <p className="error-state__message">{message}</p>
      {fields.length > 0 ? (
        <ul className="error-state__fields">
          {fields.map((field) => (
            <li key={`${field.path}:${field.message}`}>
              <code>{field.path}</code>: {field.message}
            </li>
          ))}
        </ul>
      ) : null}
      {onRetry && !isNotFound ? (
        <button type="button" className="button" onClick={onRetry}>
          {t('state.retry')}
        </button>
      ) : null}
    </div>
  );
};
