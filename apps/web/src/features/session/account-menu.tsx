import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { useSession, useSignOut } from './api';
import { buildSignInPath } from './safe-return-path';

const privatePaths = ['/admin/'];

/** The header's account corner: who is signed in and as what, or a way to sign in. */
export const AccountMenu = () => {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const { user, isPending } = useSession();
  const signOut = useSignOut();

  if (isPending) return null;
  if (!user) {
    if (location.pathname === '/sign-in') return null;
    return (
      <Link className="header-button" to={buildSignInPath(`${location.pathname}${location.search}`)}>
        {t('session.signIn')}
      </Link>
    );
  }
  // A page only the signed-in may see would send the reader to the sign-in form: go to the public workplan instead.
  const leave = () => {
    if (privatePaths.some((path) => location.pathname.startsWith(path))) void navigate('/');
    signOut.mutate();
  };

  return (
    <div className="account" role="group" aria-label={t('session.account')}>
      <p className="account__who">
        <span className="account__name">{user.displayName}</span>
        <span className="account__role">
          <span className="account__role-name">{t(`role.${user.role}`)}</span>
          {user.organisation.shortName ? <span className="account__org"> · {user.organisation.shortName}</span> : null}
        </span>
      </p>
      <button type="button" className="header-button" onClick={leave} disabled={signOut.isPending}>
        {signOut.isPending ? t('session.signingOut') : t('session.signOut')}
      </button>
    </div>
  );
};
