import { useTranslation } from 'react-i18next';

import { LoadingState } from '@/components/ui/loading-state';
import { useMe } from '@/features/auth/api/get-me';
import { ACCOUNT_EXPORT_FILENAME, ACCOUNT_EXPORT_URL } from '@/features/auth/api/export-account';
import { RemovePersonalData } from '@/features/auth/components/remove-personal-data';
import { SignOutButton } from '@/features/auth/components/sign-out-button';
import { ROLES } from '@/config/roles';
import { useDocumentTitle } from '@/hooks/use-document-title';

/** "Mein Konto": the signed-in user's data and rights (Art. 15, 17 DSGVO). Behind RequireAuth. */
export function AccountRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('account.documentTitle'));
  const me = useMe();
  const user = me.data;
  if (!user) return <LoadingState label={t('common.loading')} />;

  const roles = ROLES.filter((role) => user.roles.includes(role));

  return (
    <div className="account-page">
      <h1>{t('account.title')}</h1>

      <section className="panel" aria-labelledby="account-data-heading">
        <h2 id="account-data-heading">{t('account.details.heading')}</h2>
        <dl className="facts">
          <div>
            <dt>{t('auth.fields.displayName')}</dt>
            <dd>{user.displayName}</dd>
          </div>
          <div>
            <dt>{t('auth.fields.email')}</dt>
            <dd>{user.email}</dd>
          </div>
          <div>
            <dt>{t('account.details.roles')}</dt>
            <dd>{roles.map((role) => t(`roles.${role}`)).join(', ') || '–'}</dd>
          </div>
        </dl>
      </section>

      <section className="panel" aria-labelledby="account-export-heading">
        <h2 id="account-export-heading">{t('account.export.heading')}</h2>
        <p>{t('account.export.text')}</p>
        <a
          className="button button--secondary"
          href={ACCOUNT_EXPORT_URL}
          download={ACCOUNT_EXPORT_FILENAME}
        >
          {t('account.export.link')}
        </a>
      </section>

      <section className="panel" aria-labelledby="account-sign-out-heading">
        <h2 id="account-sign-out-heading">{t('account.signOut.heading')}</h2>
        <p>{t('account.signOut.text')}</p>
        <p className="actions">
          <SignOutButton />
        </p>
      </section>

      <RemovePersonalData />
    </div>
  );
}
