import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { AdminUser, Role } from '@/api/types';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { errorMessage } from '@/components/ui/error-state';
import { TableRegion } from '@/components/ui/table-region';
import { ROLES } from '@/config/roles';
import { useSetUserActive } from '@/features/admin/api/set-user-active';
import { useSetUserRoles } from '@/features/admin/api/set-user-roles';
import { formatDateTime } from '@/lib/format';

export interface Announcement {
  tone: 'success' | 'error';
  text: string;
}

interface UsersTableProps {
  users: readonly AdminUser[];
  /** The signed-in admin: they cannot take their own admin role or deactivate themselves. */
  currentUserId: string;
  caption: string;
  /** Reports the outcome of a change, for the page's live region. */
  onAnnounce: (announcement: Announcement) => void;
}

export function UsersTable({ users, currentUserId, caption, onAnnounce }: UsersTableProps) {
  const { t } = useTranslation();
  return (
    <TableRegion label={caption}>
      <table className="data-table data-table--users">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.users.columns.person')}</th>
            <th scope="col">{t('admin.users.columns.roles')}</th>
            <th scope="col">{t('admin.users.columns.status')}</th>
            <th scope="col">{t('admin.users.columns.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <UserRow
              key={user.id}
              user={user}
              isSelf={user.id === currentUserId}
              onAnnounce={onAnnounce}
            />
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

interface UserRowProps {
  user: AdminUser;
  isSelf: boolean;
  onAnnounce: (announcement: Announcement) => void;
}

function UserRow({ user, isSelf, onAnnounce }: UserRowProps) {
  const { t, i18n } = useTranslation();
  const setRoles = useSetUserRoles();
  const setActive = useSetUserActive();
  const [confirming, setConfirming] = useState(false);
  const name = user.displayName || user.email;

  // While a change is saved, show it already; the checkboxes stay focusable (not disabled),
  // so that a keyboard user keeps their place, but further changes wait for the answer.
  const shownRoles = setRoles.isPending ? setRoles.variables.roles : user.roles;

  const toggleRole = (role: Role, granted: boolean) => {
    if (setRoles.isPending) return;
    const roles = ROLES.filter((r) => (r === role ? granted : user.roles.includes(r)));
    setRoles.mutate(
      { id: user.id, roles },
      {
        onSuccess: (saved) =>
          onAnnounce({
            tone: 'success',
            text: t('admin.users.rolesSaved', {
              name,
              roles: saved.roles.map((r) => t(`roles.${r}`)).join(', ') || '–',
            }),
          }),
        onError: (error) =>
          onAnnounce({
            tone: 'error',
            text: t('admin.users.rolesFailed', { name, detail: errorMessage(error, t) }),
          }),
      },
    );
  };

  const changeActive = () => {
    const active = !user.active;
    setActive.mutate(
      { id: user.id, active },
      {
        onSuccess: () => {
          setConfirming(false);
          onAnnounce({
            tone: 'success',
            text: active
              ? t('admin.users.activated', { name })
              : t('admin.users.deactivated', { name }),
          });
        },
      },
    );
  };

  return (
    <tr className={user.active ? undefined : 'data-table__row--inactive'}>
      <th scope="row" className="user-cell">
        <span className="user-cell__name">{user.displayName || t('admin.users.noName')}</span>
        <span className="user-cell__email">{user.email}</span>
        {isSelf ? <span className="tag">{t('admin.users.you')}</span> : null}
      </th>
      <td>
        <fieldset className="role-toggles" aria-busy={setRoles.isPending}>
          <legend className="visually-hidden">{t('admin.users.rolesOf', { name })}</legend>
          {ROLES.map((role) => {
            const id = `roles-${user.id}-${role}`;
            const locked = isSelf && role === 'admin';
            return (
              <div key={role} className="checkbox">
                <input
                  id={id}
                  type="checkbox"
                  checked={shownRoles.includes(role)}
                  disabled={locked}
                  aria-describedby={locked ? `${id}-hint` : undefined}
                  onChange={(event) => toggleRole(role, event.target.checked)}
                />
                <label htmlFor={id}>{t(`roles.${role}`)}</label>
                {locked ? (
                  <span id={`${id}-hint`} className="visually-hidden">
                    {t('admin.users.ownAdminLocked')}
                  </span>
                ) : null}
              </div>
            );
          })}
        </fieldset>
      </td>
      <td>
        <ul className="status-list">
          <li>
            <span className={user.active ? 'badge badge--active' : 'badge badge--inactive'}>
              {user.active ? t('admin.users.active') : t('admin.users.inactive')}
            </span>
          </li>
          <li>{user.emailVerified ? t('admin.users.verified') : t('admin.users.notVerified')}</li>
          {user.oidc ? <li>{t('admin.users.oidc')}</li> : null}
          <li className="hint">
            {t('admin.users.createdAt', { date: formatDateTime(user.createdAt, i18n.language) })}
          </li>
        </ul>
      </td>
      <td>
        {isSelf ? (
          <span className="hint">{t('admin.users.ownAccount')}</span>
        ) : (
          <button
            type="button"
            className={
              user.active ? 'button button--secondary button--small' : 'button button--small'
            }
            onClick={() => {
              setActive.reset();
              setConfirming(true);
            }}
          >
            {user.active ? t('admin.users.deactivate') : t('admin.users.activate')}
            <span className="visually-hidden"> {name}</span>
          </button>
        )}
        {confirming ? (
          <ConfirmDialog
            title={
              user.active
                ? t('admin.users.deactivateTitle', { name })
                : t('admin.users.activateTitle', { name })
            }
            confirmLabel={user.active ? t('admin.users.deactivate') : t('admin.users.activate')}
            pendingLabel={t('common.saving')}
            tone={user.active ? 'danger' : 'default'}
            pending={setActive.isPending}
            error={setActive.error}
            onCancel={() => setConfirming(false)}
            onConfirm={changeActive}
          >
            <p>
              {t('admin.users.dialogWho', { name: user.displayName || '–', email: user.email })}
            </p>
            <p>{user.active ? t('admin.users.deactivateText') : t('admin.users.activateText')}</p>
          </ConfirmDialog>
        ) : null}
      </td>
    </tr>
  );
}
