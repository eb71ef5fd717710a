import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';

import { LoadingState } from '@/components/ui/loading-state';

// The procedure editors load on demand: their map drawing tools (leaflet-geoman) are for
// planners only and stay out of the public pages' code.
const PlanningProcedureNewRoute = lazy(() =>
  import('@/app/routes/planning-procedure-new').then((m) => ({
    default: m.PlanningProcedureNewRoute,
  })),
);
const PlanningProcedureRoute = lazy(() =>
  import('@/app/routes/planning-procedure').then((m) => ({ default: m.PlanningProcedureRoute })),
);

/* Assessment (issue 7): its area filter draws with leaflet-geoman too. */
const PlanningAssessmentRoute = lazy(() =>
  import('@/app/routes/planning-assessment').then((m) => ({
    default: m.PlanningAssessmentRoute,
  })),
);

function EditorLoading() {
  const { t } = useTranslation();
  return <LoadingState label={t('common.loading')} />;
}

export function LazyPlanningProcedureNewRoute() {
  return (
    <Suspense fallback={<EditorLoading />}>
      <PlanningProcedureNewRoute />
    </Suspense>
  );
}

export function LazyPlanningProcedureRoute() {
  return (
    <Suspense fallback={<EditorLoading />}>
      <PlanningProcedureRoute />
    </Suspense>
  );
}

export function LazyPlanningAssessmentRoute() {
  return (
    <Suspense fallback={<EditorLoading />}>
      <PlanningAssessmentRoute />
    </Suspense>
  );
}
