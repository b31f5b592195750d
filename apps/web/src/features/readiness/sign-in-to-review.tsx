import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { buildSignInPath } from '../session/safe-return-path';

/** The readiness review is for signed-in members of the Network: anyone else is asked to sign in, then comes back. */
export const SignInToReview = () => {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <section className="panel" aria-labelledby="readiness-heading">
      <h1 id="readiness-heading">{t('readiness.heading')}</h1>
      <p>{t('readiness.signInNeeded')}</p>
      <p><Link to={buildSignInPath(`${location.pathname}${location.search}`)}>{t('session.signIn')}</Link></p>
    </section>
  );
};
