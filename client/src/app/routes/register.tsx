import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { OutcomePanel } from '@/components/ui/outcome-panel';
import { paths } from '@/config/paths';
import { RegisterForm } from '@/features/auth/components/register-form';
import { useDocumentTitle } from '@/hooks/use-document-title';

export function RegisterRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.register.documentTitle'));
  const [sentTo, setSentTo] = useState<string | null>(null);

  return (
    <div className="auth-page">
      <h1>{t('auth.register.title')}</h1>
      {sentTo ? (
        <CheckYourMail email={sentTo} />
      ) : (
        <>
          <p className="lead">{t('auth.register.optional')}</p>
          <p>{t('auth.register.benefits')}</p>
          <div className="auth-page__columns">
            <div>
              <RegisterForm onSubmitted={setSentTo} />
              <p className="hint">{t('auth.register.privacy')}</p>
            </div>
            <div className="auth-page__aside">
              <section className="panel" aria-labelledby="have-account-heading">
                <h2 id="have-account-heading">{t('auth.register.haveAccountHeading')}</h2>
                <p>
                  <Link to={paths.signIn}>{t('auth.register.signInLink')}</Link>
                </p>
              </section>
            </div>
          </div>
        </>
      )}
    </div>
  );
}

/** Same words whether or not the address already had an account: the mail tells which. */
function CheckYourMail({ email }: { email: string }) {
  const { t } = useTranslation();
  return (
    <OutcomePanel heading={t('auth.register.checkMailHeading')} tone="success">
      <p>{t('auth.register.checkMailText', { email })}</p>
      <p>{t('auth.register.checkMailValidity')}</p>
      <p className="hint">{t('auth.register.checkMailNothing')}</p>
      <p>
        <Link to={paths.home}>{t('common.toHome')}</Link>
      </p>
    </OutcomePanel>
  );
}
