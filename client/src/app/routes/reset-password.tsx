import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

import { OutcomePanel } from '@/components/ui/outcome-panel';
import { paths } from '@/config/paths';
import { ResetPasswordForm } from '@/features/auth/components/reset-password-form';
import { useDocumentTitle } from '@/hooks/use-document-title';

/** Target of the link in the password mail (`?token=`). */
export function ResetPasswordRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.reset.documentTitle'));
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token')?.trim() ?? '';
  const [done, setDone] = useState(false);

  return (
    <div className="auth-page">
      <h1>{t('auth.reset.title')}</h1>
      {!token ? (
        <OutcomePanel heading={t('auth.reset.missingTokenHeading')} tone="error">
          <p>{t('auth.reset.missingToken')}</p>
          <p>
            <Link to={paths.forgotPassword}>{t('auth.reset.newLink')}</Link>
          </p>
        </OutcomePanel>
      ) : done ? (
        <OutcomePanel heading={t('auth.reset.doneHeading')} tone="success">
          <p>{t('auth.reset.doneText')}</p>
          <p>
            <Link className="button" to={paths.signIn}>
              {t('auth.reset.signIn')}
            </Link>
          </p>
        </OutcomePanel>
      ) : (
        <div className="auth-page__single">
          <ResetPasswordForm token={token} onDone={() => setDone(true)} />
          <p className="form-links">
            <Link to={paths.forgotPassword}>{t('auth.reset.newLink')}</Link>
          </p>
        </div>
      )}
    </div>
  );
}
