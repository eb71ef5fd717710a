import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { paths } from '@/config/paths';
import { CONTENT_LANGUAGE } from '@/config/site';
import type { AreaTools } from '@/features/assessment/components/area-filter';
import { AssessmentWorkspace } from '@/features/assessment/components/assessment-workspace';
import { useWorkspaceFilters } from '@/features/assessment/hooks/use-workspace-filters';
import { useMe } from '@/features/auth/api/get-me';
import { usePlanningProcedure } from '@/features/planning/api/get-planning-procedure';
import { GeomanDraw } from '@/features/planning/components/geoman-draw';
import { parseArea } from '@/features/planning/utils/area';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { ApiError } from '@/lib/api-client';

// The plan-area editor's drawing tool and GeoJSON reader serve the area filter too.
const AREA_TOOLS: AreaTools = { Draw: GeomanDraw, parse: parseArea };

/** /planung/verfahren/:id/abwaegung – the planners' assessment workspace of one procedure. */
export function PlanningAssessmentRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const procedure = usePlanningProcedure(id);
  const me = useMe();
  const [filters, setFilters] = useWorkspaceFilters();
  const notFound =
    procedure.isError &&
    procedure.error instanceof ApiError &&
    (procedure.error.status === 404 || procedure.error.status === 400);

  useDocumentTitle(
    procedure.data
      ? t('assessment.documentTitle', { title: procedure.data.title })
      : notFound
        ? t('procedure.notFoundTitle')
        : t('procedure.loading'),
  );

  const backLink = (
    <p className="back-link">
      <Link to={procedure.data ? paths.planningProcedure(id) : paths.planning}>
        {procedure.data ? t('assessment.backToProcedure') : t('planner.backToList')}
      </Link>
    </p>
  );

  if (procedure.isPending || me.isPending) {
    return (
      <>
        {backLink}
        <LoadingState label={t('procedure.loading')} />
      </>
    );
  }
  if (procedure.isError || !me.data) {
    return (
      <>
        {backLink}
        {notFound ? (
          <div className="state state--empty">
            <h1>{t('procedure.notFoundTitle')}</h1>
            <p>{t('planner.editor.notFound')}</p>
          </div>
        ) : (
          <ErrorState error={procedure.error} onRetry={() => void procedure.refetch()} level={1} />
        )}
      </>
    );
  }

  const data = procedure.data;
  return (
    <div className="assessment-page">
      {backLink}
      <header>
        <p className="procedure__type">{data.reference}</p>
        <h1>
          {t('assessment.title')}: <span lang={CONTENT_LANGUAGE}>{data.title}</span>
        </h1>
        <p className="lead">{t('assessment.intro')}</p>
      </header>
      <AssessmentWorkspace
        procedure={data}
        meId={me.data.id}
        filters={filters}
        onFiltersChange={setFilters}
        areaTools={AREA_TOOLS}
      />
    </div>
  );
}
