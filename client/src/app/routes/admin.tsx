import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';

import { paths } from '@/config/paths';

/** Frame of the administration (admin role): heading and the sections as tabs (links). */
export function AdminLayoutRoute() {
  const { t } = useTranslation();
  return (
    <>
      <div className="page-intro">
        <h1>{t('admin.title')}</h1>
        <p className="lead">{t('admin.intro')}</p>
      </div>
      <nav className="subnav" aria-label={t('admin.sectionsLabel')}>
        <ul>
          <li>
            <NavLink to={paths.admin} end className="subnav__link">
              {t('admin.users.tab')}
            </NavLink>
          </li>
          <li>
            <NavLink to={paths.adminMails} className="subnav__link">
              {t('admin.mails.tab')}
            </NavLink>
          </li>
        </ul>
      </nav>
      <Outlet />
    </>
  );
}
