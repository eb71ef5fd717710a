import { useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

import type { SessionUser } from '@/api/types';
import { paths, signInPath } from '@/config/paths';
import { useMe } from '@/features/auth/api/get-me';
import { SignOutButton } from '@/features/auth/components/sign-out-button';
import { isAuthPage } from '@/features/auth/utils/return-path';

/**
 * The account part of the header: "Anmelden" for visitors; for signed-in users a disclosure
 * button with their name that shows the link to their account and "Abmelden" (the staff areas
 * are in the main navigation). A disclosure (not an
 * ARIA menu): Tab moves through the links, Escape closes it, nothing opens on hover only.
 */
export function AccountNav() {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();

  // Until the session is known, keep the space empty rather than flash "Anmelden".
  if (me.isPending) return <div className="account-nav" />;

  if (!me.data) {
    const here = `${location.pathname}${location.search}`;
    const next = isAuthPage(location.pathname) || here === paths.home ? undefined : here;
    return (
      <div className="account-nav">
        <Link to={signInPath(next)} className="account-nav__sign-in">
          {t('auth.nav.signIn')}
        </Link>
      </div>
    );
  }

  return <AccountMenu user={me.data} />;
}

function AccountMenu({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const containerRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuId = useId();

  // A click or tap anywhere else closes the menu.
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!containerRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      setOpen(false);
      buttonRef.current?.focus();
    }
  };

  // Tabbing out of the menu closes it.
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    const next = event.relatedTarget;
    if (next instanceof Node && containerRef.current?.contains(next)) return;
    if (next) setOpen(false);
  };

  const close = () => setOpen(false);

  return (
    <div className="account-nav" ref={containerRef} onKeyDown={onKeyDown} onBlur={onBlur}>
      <button
        ref={buttonRef}
        type="button"
        className="account-nav__toggle"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((value) => !value)}
      >
        <svg className="account-nav__icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
          <circle cx="10" cy="6.5" r="3.5" fill="currentColor" />
          <path d="M3 18c0-3.9 3.1-6.5 7-6.5s7 2.6 7 6.5z" fill="currentColor" />
        </svg>
        <span className="visually-hidden">{t('auth.nav.signedInAs')} </span>
        <span className="account-nav__name">{user.displayName || user.email}</span>
        <svg
          className="account-nav__chevron"
          viewBox="0 0 12 8"
          aria-hidden="true"
          focusable="false"
        >
          <path d="M1 1.5l5 5 5-5" fill="none" stroke="currentColor" strokeWidth="2" />
        </svg>
      </button>
      <ul id={menuId} className="account-nav__menu" hidden={!open}>
        <li>
          <Link to={paths.account} className="account-nav__link" onClick={close}>
            {t('auth.nav.account')}
          </Link>
        </li>
        <li>
          <SignOutButton className="account-nav__link account-nav__sign-out" />
        </li>
      </ul>
    </div>
  );
}
