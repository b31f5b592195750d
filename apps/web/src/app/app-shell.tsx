import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router';
import { AccountMenu } from '../features/session/account-menu';
import { useSession } from '../features/session/api';
import { LanguageSwitch } from './language-switch';

const MainNav = () => {
  const { t } = useTranslation();
  const { can } = useSession();
  return (
    <nav className="main-nav" aria-label={t('nav.main')}>
      <NavLink to="/" end className="main-nav__link">{t('nav.home')}</NavLink>
      <NavLink to="/follow-up" className="main-nav__link">{t('nav.followUp')}</NavLink>
      <NavLink to="/crosswalk" className="main-nav__link">{t('crosswalk.navLabel')}</NavLink>
      <NavLink to="/indicators" className="main-nav__link">{t('indicators.navLabel')}</NavLink>
      <NavLink to="/dashboard" className="main-nav__link">{t('dashboard.navLabel')}</NavLink>
      {can('workplan:read') ? <NavLink to="/readiness" className="main-nav__link">{t('readiness.navLabel')}</NavLink> : null}
      {can('user:manage') ? <NavLink to="/admin/users" className="main-nav__link">{t('nav.users')}</NavLink> : null}
    </nav>
  );
};

export const AppShell = () => {
  const { t } = useTranslation();
  return (
    <div className="app">
      <a className="skip-link" href="#main">{t('nav.skipToContent')}</a>
      <header className="app-header">
        <div className="app-header__inner">
          <Link to="/" className="brand">
            <span className="brand__mark" aria-hidden="true">CT</span>
            <span className="brand__text">
              <span className="brand__name">{t('app.name')}</span>
              <span className="brand__tagline">{t('app.tagline')}</span>
            </span>
          </Link>
          <MainNav />
          <div className="app-header__tools">
            <LanguageSwitch />
            <AccountMenu />
          </div>
        </div>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="app-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </div>
  );
};
