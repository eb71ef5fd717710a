import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';

import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { paths } from '@/config/paths';
import { useMail } from '@/features/admin/api/get-mail';
import { MailDetails } from '@/features/admin/components/mail-details';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { ApiError } from '@/lib/api-client';

function listSearchFrom(state: unknown): string {
  if (typeof state === 'object' && state !== null && 'listSearch' in state) {
    const { listSearch } = state;
    if (typeof listSearch === 'string' && listSearch.startsWith('?')) return listSearch;
  }
  return '';
}

/** One mail of the outbox with its text. */
export function AdminMailRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const mail = useMail(id);
  useDocumentTitle(mail.data?.subject ?? t('admin.mails.documentTitle'));
  const notFound =
    mail.isError &&
    mail.error instanceof ApiError &&
    (mail.error.status === 404 || mail.error.status === 400);

  return (
    <>
      <p className="back-link">
        <Link to={`${paths.adminMails}${listSearchFrom(location.state)}`}>
          {t('admin.mails.backToList')}
        </Link>
      </p>
      {mail.isPending ? (
        <LoadingState label={t('admin.mails.loadingOne')} />
      ) : mail.isError ? (
        notFound ? (
          <div className="state state--empty">
            <h2>{t('admin.mails.notFound')}</h2>
          </div>
        ) : (
          <ErrorState error={mail.error} onRetry={() => void mail.refetch()} level={2} />
        )
      ) : (
        <MailDetails mail={mail.data} />
      )}
    </>
  );
}
