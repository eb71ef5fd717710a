import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';

import type { Role } from '@/api/types';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { signInPath } from '@/config/paths';
import { hasAnyRole, useMe } from '@/features/auth/api/get-me';
import { NoAccess } from '@/features/auth/components/no-access';

interface RequireAuthProps {
  /** Any one of these roles opens the pages below; without, any signed-in user may. */
  roles?: readonly Role[];
}

/**
 * Layout route for pages that need a signed-in user: visitors go to the sign-in page and come
 * back afterwards; signed-in users without the role see "Kein Zugriff" (no redirect, so no
 * loop). The server checks every request anyway; this only spares a useless page.
 */
export function RequireAuth({ roles }: RequireAuthProps) {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();

  if (me.data === undefined) {
    // Only when nothing is known yet; a failed background refresh keeps the page.
    return me.isError ? (
      <ErrorState error={me.error} onRetry={() => void me.refetch()} level={1} />
    ) : (
      <LoadingState label={t('auth.checkingSession')} />
    );
  }
  if (me.data === null) {
    return <Navigate to={signInPath(`${location.pathname}${location.search}`)} replace />;
  }
  if (roles && !hasAnyRole(me.data, roles)) return <NoAccess user={me.data} roles={roles} />;
  return <Outlet />;
}
