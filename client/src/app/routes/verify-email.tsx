import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

import { errorMessage } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { OutcomePanel } from '@/components/ui/outcome-panel';
import { paths } from '@/config/paths';
import { useVerifyEmail } from '@/features/auth/api/verify-email';
import { useDocumentTitle } from '@/hooks/use-document-title';

/** Target of the link in the registration mail: confirms the address as soon as it opens. */
export function VerifyEmailRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.verify.documentTitle'));
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token')?.trim() ?? '';
  const { mutate, isSuccess, isError, error } = useVerifyEmail();
  // A token works once: never send it twice (React's StrictMode runs effects twice).
  const sentFor = useRef<string | null>(null);

  useEffect(() => {
    if (!token || sentFor.current === token) return;
    sentFor.current = token;
    mutate({ token });
  }, [token, mutate]);

  return (
    <div className="auth-page">
      <h1>{t('auth.verify.title')}</h1>
      {!token ? (
        <OutcomePanel heading={t('auth.verify.failedHeading')} tone="error">
          <p>{t('auth.verify.missingToken')}</p>
          <FailureLinks />
        </OutcomePanel>
      ) : isSuccess ? (
        <OutcomePanel heading={t('auth.verify.successHeading')} tone="success">
          <p>{t('auth.verify.successText')}</p>
          <p>
            <Link className="button" to={paths.signIn}>
              {t('auth.verify.signIn')}
            </Link>
          </p>
        </OutcomePanel>
      ) : isError ? (
        <OutcomePanel heading={t('auth.verify.failedHeading')} tone="error">
          <p>{errorMessage(error, t)}</p>
          <FailureLinks />
        </OutcomePanel>
      ) : (
        <LoadingState label={t('auth.verify.pending')} />
      )}
    </div>
  );
}

function FailureLinks() {
  const { t } = useTranslation();
  return (
    <>
      <p>{t('auth.verify.failedHelp')}</p>
      <p>
        <Link to={paths.forgotPassword}>{t('auth.verify.newLink')}</Link> ·{' '}
        <Link to={paths.signIn}>{t('auth.verify.signIn')}</Link>
      </p>
    </>
  );
}
