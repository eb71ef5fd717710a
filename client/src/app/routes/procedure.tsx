import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';

import type { Procedure } from '@/api/types';

import { QueryGate } from '@/components/ui/query-gate';
import { paths, STATEMENT_FORM_ANCHOR } from '@/config/paths';
import { CurrentPhase } from '@/features/phases/components/current-phase';
import { PhaseTimeline } from '@/features/phases/components/phase-timeline';
import { PublicNotice } from '@/features/phases/components/public-notice';
import { useProcedure } from '@/features/procedures/api/get-procedure';
import { ProcedureDetails } from '@/features/procedures/components/procedure-details';
import {
  DOCUMENTS_ANCHOR,
  ProcedureDocuments,
} from '@/features/procedures/components/procedure-documents';
import { ResultsLink } from '@/features/assessment/components/public-results';
import { ProcedureStatements } from '@/features/statements/components/procedure-statements';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { isNotFoundError } from '@/lib/api-client';

function backLinkTarget(state: unknown): string {
  if (typeof state === 'object' && state !== null && 'backTo' in state) {
    const { backTo } = state;
    // Only ever go back to a page of this site.
    if (typeof backTo === 'string' && backTo.startsWith('/') && !backTo.startsWith('//')) {
      return backTo;
    }
  }
  return paths.home;
}

export function ProcedureRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const procedure = useProcedure(id);
  const notFound = procedure.isError && isNotFoundError(procedure.error);

  useDocumentTitle(
    procedure.data?.title ??
      (notFound
        ? t('procedure.notFoundTitle')
        : procedure.isError
          ? t('common.errorTitle')
          : t('procedure.loading')),
  );

  const backLink = (
    <p className="back-link">
      <Link to={backLinkTarget(location.state)}>{t('common.backToOverview')}</Link>
    </p>
  );

  return (
    <QueryGate
      query={procedure}
      loadingLabel={t('procedure.loading')}
      notFound={{ title: t('procedure.notFoundTitle'), text: t('procedure.notFoundText') }}
      before={backLink}
    >
      {(data) => <ProcedurePage procedure={data} receivedAt={procedure.dataUpdatedAt} />}
    </QueryGate>
  );
}

function ProcedurePage({
  procedure: data,
  receivedAt,
}: {
  procedure: Procedure;
  receivedAt: number;
}) {
  const { t } = useTranslation();
  const documentsUrl = `${window.location.origin}${paths.procedure(data.id)}#${DOCUMENTS_ANCHOR}`;
  return (
    <>
      <ProcedureDetails
        procedure={data}
        banner={
          <CurrentPhase phase={data.currentPhase} receivedAt={receivedAt}>
            {data.currentPhase?.state === 'open' ? (
              <p>
                <Link to={{ hash: STATEMENT_FORM_ANCHOR }} className="button button--large">
                  {t('statements.phase.write')}
                </Link>
              </p>
            ) : null}
          </CurrentPhase>
        }
      >
        {/* Phases, public notice and documents (features/phases, procedures). */}
        {data.phases.length > 0 ? (
          <section aria-labelledby="phases-heading">
            <h2 id="phases-heading">{t('phases.public.heading')}</h2>
            <PhaseTimeline phases={data.phases} receivedAt={receivedAt} />
          </section>
        ) : null}
        <PublicNotice phase={data.currentPhase} procedure={data} documentsUrl={documentsUrl} />
        <ProcedureDocuments documents={data.documents} />
        {/* Results of the assessment, once communicated (features/assessment). */}
        <ResultsLink procedureId={data.id} to={paths.procedureResults(data.id)} />
      </ProcedureDetails>
      {/* Statements: taking part and published statements (features/statements). */}
      <ProcedureStatements procedure={data} />
    </>
  );
}
