import { useEffect, useRef, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, ScrollRestoration, useLocation } from 'react-router';

import { Footer } from '@/components/layout/footer';
import { Header } from '@/components/layout/header';

const MAIN_ID = 'main-content';

interface AppLayoutProps {
  /** The account part of the header (sign-in link or user menu), given by the app. */
  accountNav?: ReactNode;
  /** Links to the signed-in user's staff areas, in the main navigation. */
  staffLinks?: ReactNode;
}

export function AppLayout({ accountNav, staffLinks }: AppLayoutProps) {
  const { t } = useTranslation();
  const mainRef = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const previousPath = useRef(pathname);

  // After a client-side page change, move focus to the new content so that screen reader
  // and keyboard users start on the new page, as after a full page load.
  useEffect(() => {
    if (previousPath.current === pathname) return;
    previousPath.current = pathname;
    mainRef.current?.focus({ preventScroll: true });
  }, [pathname]);

  const skipToMain = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    mainRef.current?.focus();
    mainRef.current?.scrollIntoView();
  };

  return (
    <div className="app">
      <a href={`#${MAIN_ID}`} className="skip-link" onClick={skipToMain}>
        {t('app.skipToContent')}
      </a>
      <Header accountNav={accountNav} staffLinks={staffLinks} />
      <main id={MAIN_ID} ref={mainRef} tabIndex={-1} className="site-main">
        <div className="container">
          <Outlet />
        </div>
      </main>
      <Footer />
      <ScrollRestoration />
    </div>
  );
}
