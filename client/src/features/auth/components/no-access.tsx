import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { Role, SessionUser } from '@/api/types';
import { paths } from '@/config/paths';
import { useDocumentTitle } from '@/hooks/use-document-title';

interface NoAccessProps {
  user: SessionUser;
  /** The roles that would open the page. */
  roles: readonly Role[];
}

/** A signed-in user opened a page their roles do not allow. */
export function NoAccess({ user, roles }: NoAccessProps) {
  const { t } = useTranslation();
  useDocumentTitle(t('noAccess.title'));
  const needed = roles
    .map((role) => t('noAccess.role', { role: t(`roles.${role}`) }))
    .join(t('noAccess.roleSeparator'));
  return (
    <div className="state state--empty">
      <h1>{t('noAccess.title')}</h1>
      <p>{t('noAccess.text', { roles: needed })}</p>
      <p>{t('noAccess.signedInAs', { name: user.displayName || user.email })}</p>
      <p>{t('noAccess.help')}</p>
      <p>
        <Link to={paths.home}>{t('common.toHome')}</Link> ·{' '}
        <Link to={paths.account}>{t('auth.nav.account')}</Link>
      </p>
    </div>
  );
}
