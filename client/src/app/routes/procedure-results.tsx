import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { QueryGate } from '@/components/ui/query-gate';
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
  return (
    <QueryGate query={procedure} loadingLabel={t('procedure.loading')} before={backLink}>
      {(data) => (
        <>
          <div className="page-intro">
            <h1>
              {t('assessment.public.title')}: <span lang={CONTENT_LANGUAGE}>{data.title}</span>
            </h1>
            <p className="lead">{t('assessment.public.intro')}</p>
          </div>
          <PublicResults procedureId={id} />
        </>
      )}
    </QueryGate>
  );
}
