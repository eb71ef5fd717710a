import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

import { paths } from '@/config/paths';
import { ADMIN_ROLES, MODERATION_ROLES, PLANNING_ROLES } from '@/config/roles';
import { hasAnyRole, useMe } from '@/features/auth/api/get-me';

/** The staff areas of the signed-in user, as links of the main navigation. */
export function StaffNavLinks() {
  const { t } = useTranslation();
  const me = useMe();
  const user = me.data;
  if (!user) return null;
  const areas = [
    { roles: PLANNING_ROLES, to: paths.planning, label: t('auth.nav.planning') },
    { roles: MODERATION_ROLES, to: paths.moderation, label: t('auth.nav.moderation') },
    { roles: ADMIN_ROLES, to: paths.admin, label: t('auth.nav.admin') },
  ].filter((area) => hasAnyRole(user, area.roles));
  return (
    <>
      {areas.map((area) => (
        <NavLink key={area.to} to={area.to} className="main-nav__link">
          {area.label}
        </NavLink>
      ))}
    </>
  );
}
