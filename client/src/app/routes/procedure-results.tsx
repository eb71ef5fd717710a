import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { paths } from '@/config/paths';
import { CONTENT_LANGUAGE } from '@/config/site';
import { PublicResults } from '@/features/assessment/components/public-results';
import { useProcedure } from '@/features/procedures/api/get-procedure';
import { useDocumentTitle } from '@/hooks/use-document-title';

/** /verfahren/:id/ergebnisse – the public results of a procedure, without personal data. */
export function ProcedureResultsRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const procedure = useProcedure(id);
  useDocumentTitle(
    procedure.data
      ? t('assessment.public.documentTitle', { title: procedure.data.title })
      : t('procedure.loading'),
  );
  const backLink = (
    <p className="back-link">
      <Link to={paths.procedure(id)}>{t('assessment.public.back')}</Link>
    </p>
  );
  if (procedure.isPending) {
    return (
      <>
        {backLink}
        <LoadingState label={t('procedure.loading')} />
      </>
    );
  }
  if (procedure.isError) {
    return (
      <>
        {backLink}
        <ErrorState error={procedure.error} onRetry={() => void procedure.refetch()} level={1} />
      </>
    );
  }
  return (
    <>
      {backLink}
      <div className="page-intro">
        <h1>
          {t('assessment.public.title')}:{' '}
          <span lang={CONTENT_LANGUAGE}>{procedure.data.title}</span>
        </h1>
        <p className="lead">{t('assessment.public.intro')}</p>
      </div>
      <PublicResults procedureId={id} />
    </>
  );
}
