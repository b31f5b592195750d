import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export const NotFoundPage = () => {
  const { t } = useTranslation();
  return (
    <section className="page page--narrow not-found" aria-labelledby="not-found-heading">
      <title>{`${t('notFound.title')} · ${t('app.name')}`}</title>
      <p className="eyebrow">404</p>
      <h1 id="not-found-heading">{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to="/" className="button button--primary">{t('notFound.link')}</Link>
      </p>
    </section>
  );
};
