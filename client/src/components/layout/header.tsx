import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';

import { LanguageSwitch } from '@/components/layout/language-switch';
import { paths } from '@/config/paths';

interface HeaderProps {
  /** Sign-in link or the signed-in user's menu (from features/auth, passed in by the app). */
  accountNav?: ReactNode;
  /** Links to the staff areas the signed-in user has (from features/auth). */
  staffLinks?: ReactNode;
}

export function Header({ accountNav, staffLinks }: HeaderProps) {
  const { t } = useTranslation();
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link to={paths.home} className="brand">
          <svg className="brand__logo" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
            <rect width="32" height="32" rx="6" fill="currentColor" />
            <path
              d="M7 23V9l9 8 9-8v14"
              fill="none"
              stroke="#0a3d6b"
              strokeWidth="3"
              strokeLinejoin="round"
            />
          </svg>
          <span className="brand__text">
            <span className="brand__name">{t('app.name')}</span>
            <span className="brand__tagline">{t('app.tagline')}</span>
          </span>
        </Link>
        <div className="site-header__tools">
          <nav aria-label={t('nav.label')} className="main-nav">
            <NavLink to={paths.home} end className="main-nav__link">
              {t('nav.procedures')}
            </NavLink>
            {staffLinks}
          </nav>
          {accountNav}
          <LanguageSwitch />
        </div>
      </div>
    </header>
  );
}
