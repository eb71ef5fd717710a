import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { Pagination } from '@/components/ui/pagination';
import { useUsers } from '@/features/admin/api/get-users';
import { UserFiltersForm } from '@/features/admin/components/user-filters';
import { UsersTable, type Announcement } from '@/features/admin/components/users-table';
import { PAGE_SIZE, useUserListParams } from '@/features/admin/hooks/use-list-params';
import { useMe } from '@/features/auth/api/get-me';
import { useDocumentTitle } from '@/hooks/use-document-title';

export function AdminUsersRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.users.documentTitle'));
  const me = useMe();
  const [params, setParams] = useUserListParams();
  const users = useUsers({
    q: params.q,
    role: params.role,
    limit: PAGE_SIZE,
    offset: (params.page - 1) * PAGE_SIZE,
  });
  const [announcement, setAnnouncement] = useState<Announcement | null>(null);

  const total = users.data?.total ?? 0;
  const caption = t('admin.users.tableCaption');

  return (
    <section aria-labelledby="admin-users-heading" aria-busy={users.isFetching}>
      <h2 id="admin-users-heading">{t('admin.users.heading')}</h2>
      <UserFiltersForm
        filters={{ q: params.q, role: params.role }}
        onChange={(filters) => setParams({ ...filters, page: 1 })}
      />

      <p className="result-count" role="status">
        {users.isSuccess ? t('admin.users.resultCount', { count: total }) : null}
      </p>
      <div className="live-message" role="status">
        {announcement?.tone === 'success' ? (
          <p className="notice notice--success">{announcement.text}</p>
        ) : null}
      </div>
      <div className="live-message" role="alert">
        {announcement?.tone === 'error' ? (
          <p className="notice notice--error">{announcement.text}</p>
        ) : null}
      </div>

      {users.isPending ? (
        <LoadingState label={t('admin.users.loading')} />
      ) : users.isError ? (
        <ErrorState error={users.error} onRetry={() => void users.refetch()} level={3} />
      ) : users.data.items.length === 0 ? (
        <EmptyState title={t('admin.users.empty')} />
      ) : (
        <>
          <UsersTable
            users={users.data.items}
            currentUserId={me.data?.id ?? ''}
            caption={caption}
            onAnnounce={setAnnouncement}
          />
          <Pagination
            label={t('admin.users.pagesLabel')}
            page={params.page}
            pageCount={Math.ceil(total / PAGE_SIZE)}
            onChange={(page) => setParams({ ...params, page })}
          />
        </>
      )}
    </section>
  );
}
