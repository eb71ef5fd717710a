import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { paths } from '@/config/paths';
import { useStatementStatus } from '@/features/statements/api/get-statement-status';
import { StatementStatusView } from '@/features/statements/components/statement-status';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { ApiError } from '@/lib/api-client';

/** /stellungnahmen/status?ref=…&token=… – the submitter's private view of one statement. */
export function StatementStatusRoute() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const reference = searchParams.get('ref')?.trim() ?? '';
  const token = searchParams.get('token')?.trim() ?? '';
  const status = useStatementStatus(reference, token);
  useDocumentTitle(t('statements.status.documentTitle'));

  const incomplete = !reference || !token;
  const notFound =
    status.error instanceof ApiError &&
    (status.error.status === 404 || status.error.status === 400);

  return (
    <div className="status-page">
      <h1>{t('statements.status.title')}</h1>
      {incomplete || notFound ? (
        <div className="state state--empty">
          <h2 className="state__title">{t('statements.status.notFoundTitle')}</h2>
          <p>{incomplete ? t('statements.status.incomplete') : t('statements.status.notFound')}</p>
          <p>
            <Link to={paths.home}>{t('common.backToOverview')}</Link>
          </p>
        </div>
      ) : status.isPending ? (
        <LoadingState label={t('statements.status.loading')} />
      ) : status.isError ? (
        <ErrorState error={status.error} onRetry={() => void status.refetch()} />
      ) : (
        <>
          <p className="lead">{t('statements.status.intro')}</p>
          <StatementStatusView status={status.data} token={token} />
        </>
      )}
    </div>
  );
}
