import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { QueryGate } from '@/components/ui/query-gate';
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
import { isNotFoundError } from '@/lib/api-client';

// The plan-area editor's drawing tool and GeoJSON reader serve the area filter too.
const AREA_TOOLS: AreaTools = { Draw: GeomanDraw, parse: parseArea };

/** /planung/verfahren/:id/abwaegung – the planners' assessment workspace of one procedure. */
export function PlanningAssessmentRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const procedure = usePlanningProcedure(id);
  const me = useMe();
  const [filters, setFilters] = useWorkspaceFilters();
  const notFound = procedure.isError && isNotFoundError(procedure.error);

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

  return (
    <QueryGate
      query={procedure}
      pending={me.isPending}
      loadingLabel={t('procedure.loading')}
      notFound={{ title: t('procedure.notFoundTitle'), text: t('planner.editor.notFound') }}
      before={backLink}
    >
      {(data) => (
        <div className="assessment-page">
          <header>
            <p className="procedure__type">{data.reference}</p>
            <h1>
              {t('assessment.title')}: <span lang={CONTENT_LANGUAGE}>{data.title}</span>
            </h1>
            <p className="lead">{t('assessment.intro')}</p>
          </header>
          <AssessmentWorkspace
            procedure={data}
            meId={me.data?.id ?? ''}
            filters={filters}
            onFiltersChange={setFilters}
            areaTools={AREA_TOOLS}
          />
        </div>
      )}
    </QueryGate>
  );
}
