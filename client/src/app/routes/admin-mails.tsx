import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { Pagination } from '@/components/ui/pagination';
import { useMails } from '@/features/admin/api/get-mails';
import { MailTable } from '@/features/admin/components/mail-table';
import { OUTBOX_STATUSES, isOutboxStatus } from '@/features/admin/constants';
import { PAGE_SIZE, useMailListParams } from '@/features/admin/hooks/use-list-params';
import { useDocumentTitle } from '@/hooks/use-document-title';

/** The mail outbox: what was mailed to whom, and what is stuck. */
export function AdminMailsRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.mails.documentTitle'));
  const location = useLocation();
  const [params, setParams] = useMailListParams();
  const mails = useMails({
    status: params.status,
    limit: PAGE_SIZE,
    offset: (params.page - 1) * PAGE_SIZE,
  });
  const total = mails.data?.total ?? 0;

  return (
    <section aria-labelledby="admin-mails-heading" aria-busy={mails.isFetching}>
      <h2 id="admin-mails-heading">{t('admin.mails.heading')}</h2>
      <p>{t('admin.mails.intro')}</p>
      <div className="filters filters--compact">
        <div className="field">
          <label htmlFor="mail-status">{t('admin.mails.statusFilter')}</label>
          <select
            id="mail-status"
            name="status"
            value={params.status ?? ''}
            onChange={(event) => {
              const { value } = event.target;
              setParams({ status: isOutboxStatus(value) ? value : undefined, page: 1 });
            }}
          >
            <option value="">{t('admin.mails.allStatuses')}</option>
            {OUTBOX_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`admin.mails.status.${status}`)}
              </option>
            ))}
          </select>
        </div>
      </div>

      <p className="result-count" role="status">
        {mails.isSuccess ? t('admin.mails.resultCount', { count: total }) : null}
      </p>

      {mails.isPending ? (
        <LoadingState label={t('admin.mails.loading')} />
      ) : mails.isError ? (
        <ErrorState error={mails.error} onRetry={() => void mails.refetch()} level={3} />
      ) : mails.data.items.length === 0 ? (
        <EmptyState title={t('admin.mails.empty')} />
      ) : (
        <>
          <MailTable
            mails={mails.data.items}
            caption={t('admin.mails.tableCaption')}
            listSearch={location.search}
          />
          <Pagination
            label={t('admin.mails.pagesLabel')}
            page={params.page}
            pageCount={Math.ceil(total / PAGE_SIZE)}
            onChange={(page) => setParams({ ...params, page })}
          />
        </>
      )}
    </section>
  );
}
