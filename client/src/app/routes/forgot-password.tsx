import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { OutcomePanel } from '@/components/ui/outcome-panel';
import { paths } from '@/config/paths';
import { ForgotPasswordForm } from '@/features/auth/components/forgot-password-form';
import { useDocumentTitle } from '@/hooks/use-document-title';

export function ForgotPasswordRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.forgot.documentTitle'));
  const [sentTo, setSentTo] = useState<string | null>(null);

  return (
    <div className="auth-page">
      <h1>{t('auth.forgot.title')}</h1>
      {sentTo ? (
        // The same answer whether or not the address has an account (no enumeration).
        <OutcomePanel heading={t('auth.forgot.sentHeading')} tone="success">
          <p>{t('auth.forgot.sentText', { email: sentTo })}</p>
          <p>{t('auth.forgot.sentValidity')}</p>
          <p>
            <Link to={paths.signIn}>{t('auth.forgot.backToSignIn')}</Link>
          </p>
        </OutcomePanel>
      ) : (
        <>
          <p className="lead">{t('auth.forgot.intro')}</p>
          <div className="auth-page__single">
            <ForgotPasswordForm onSubmitted={setSentTo} />
            <p className="form-links">
              <Link to={paths.signIn}>{t('auth.forgot.backToSignIn')}</Link>
            </p>
          </div>
        </>
      )}
    </div>
  );
}
