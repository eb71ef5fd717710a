import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';

import type { SessionUser } from '@/api/types';
import { paths, RETURN_PARAM } from '@/config/paths';
import { useMe } from '@/features/auth/api/get-me';
import { OIDC_START_URL, useProviders } from '@/features/auth/api/get-providers';
import { SignInForm } from '@/features/auth/components/sign-in-form';
import { SignOutButton } from '@/features/auth/components/sign-out-button';
import { noticeFrom } from '@/features/auth/utils/notices';
import { homeFor, safeReturnPath } from '@/features/auth/utils/return-path';
import { useDocumentTitle } from '@/hooks/use-document-title';

/** `?fehler=` reasons the server's directory sign-in sends back (lower-case error codes). */
const FAILURE_REASONS = [
  'oidc',
  'oidc_failed',
  'oidc_not_configured',
  'account_deactivated',
] as const;
type FailureReason = (typeof FAILURE_REASONS)[number];

function failureReason(value: string | null): FailureReason | 'unknown' | null {
  if (!value) return null;
  return (FAILURE_REASONS as readonly string[]).includes(value)
    ? (value as FailureReason)
    : 'unknown';
}

export function SignInRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.signIn.documentTitle'));
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const me = useMe();
  const providers = useProviders();
  const [justSignedIn, setJustSignedIn] = useState(false);

  const returnPath = safeReturnPath(searchParams.get(RETURN_PARAM));
  const reason = failureReason(searchParams.get('fehler'));
  const notice = noticeFrom(location.state);

  const onSignedIn = (user: SessionUser) => {
    setJustSignedIn(true);
    void navigate(returnPath ?? homeFor(user.roles), { replace: true });
  };

  if (me.data && !justSignedIn) {
    return (
      <div className="auth-page">
        <h1>{t('auth.signIn.title')}</h1>
        <div className="panel">
          <p>{t('auth.signIn.alreadySignedIn', { name: me.data.displayName || me.data.email })}</p>
          <p className="actions">
            <Link className="button" to={returnPath ?? homeFor(me.data.roles)}>
              {t('auth.signIn.continue')}
            </Link>
            <SignOutButton />
          </p>
        </div>
      </div>
    );
  }

  return (
    <div className="auth-page">
      <h1>{t('auth.signIn.title')}</h1>
      <p className="lead">{t('auth.signIn.intro')}</p>

      {notice ? (
        <p className="notice notice--success" role="status">
          {t(`auth.signIn.notices.${notice}`)}
        </p>
      ) : null}
      {reason ? (
        <div className="notice notice--error" role="alert">
          <p className="notice__title">{t('auth.signIn.failed')}</p>
          <p>{t(`auth.signIn.reasons.${reason}`)}</p>
        </div>
      ) : null}
      {returnPath && !notice ? <p className="notice">{t('auth.signIn.needed')}</p> : null}

      <div className="auth-page__columns">
        <div>
          <SignInForm
            onSignedIn={onSignedIn}
            unverifiedHint={
              <p>
                {t('auth.signIn.unverifiedHint')}{' '}
                <Link to={paths.forgotPassword}>{t('auth.signIn.forgotLink')}</Link>
              </p>
            }
          />
          <p className="form-links">
            <Link to={paths.forgotPassword}>{t('auth.signIn.forgotLink')}</Link>
          </p>
        </div>

        <div className="auth-page__aside">
          <section className="panel" aria-labelledby="no-account-heading">
            <h2 id="no-account-heading">{t('auth.signIn.noAccountHeading')}</h2>
            <p>{t('auth.signIn.noAccountText')}</p>
            <p>
              <Link to={paths.register}>{t('auth.signIn.registerLink')}</Link>
            </p>
          </section>

          {providers.data?.oidc ? (
            <section className="panel" aria-labelledby="staff-heading">
              <h2 id="staff-heading">{t('auth.signIn.staffHeading')}</h2>
              <p>{t('auth.signIn.staffText')}</p>
              <a className="button button--secondary" href={OIDC_START_URL}>
                {providers.data.oidc}
              </a>
            </section>
          ) : null}
        </div>
      </div>
    </div>
  );
}
