import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { paths } from '@/config/paths';
import { hasAnyRole, useMe } from '@/features/auth/api/get-me';
import { usePlanningProcedures } from '@/features/planning/api/get-planning-procedures';
import { PlanningFiltersForm } from '@/features/planning/components/planning-filters';
import { PlanningTable } from '@/features/planning/components/planning-table';
import { usePlanningFilters } from '@/features/planning/hooks/use-planning-filters';
import { getProceduresQueryOptions } from '@/features/procedures/api/get-procedures';
import { useDocumentTitle } from '@/hooks/use-document-title';

/**
 * The planning area: all procedures with their status (drafts included), search, and the ways
 * to a new procedure. The server lets only the planner role edit; an administrator without it
 * sees the published procedures and how to get the role.
 */
export function PlanningProceduresRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('planner.documentTitle'));
  const me = useMe();
  const canEdit = hasAnyRole(me.data, ['planner']);
  const [filters, setFilters] = usePlanningFilters();
  const planning = usePlanningProcedures(filters, canEdit);
  const published = useQuery({
    ...getProceduresQueryOptions(filters.q ? { q: filters.q } : {}),
    enabled: !canEdit,
  });
  const procedures = canEdit ? planning : published;

  return (
    <>
      <div className="page-intro">
        <h1>{t('planner.title')}</h1>
        <p className="lead">{t('planner.intro')}</p>
      </div>

      {canEdit ? (
        <div className="actions planner-actions">
          <Link to={paths.planningNewProcedure} className="button">
            {t('planner.newProcedure')}
          </Link>
          <Link
            to={`${paths.planningNewProcedure}?import=xplanung`}
            className="button button--secondary"
          >
            {t('planner.importXPlanung')}
          </Link>
        </div>
      ) : (
        <p className="notice">{t('planner.readOnly')}</p>
      )}

      <section aria-labelledby="planner-list-heading" aria-busy={procedures.isFetching}>
        <h2 id="planner-list-heading">{t('planner.listHeading')}</h2>
        <PlanningFiltersForm filters={filters} onChange={setFilters} showStatus={canEdit} />
        {procedures.isPending ? (
          <LoadingState label={t('planner.loading')} />
        ) : procedures.isError ? (
          <ErrorState
            error={procedures.error}
            onRetry={() => void procedures.refetch()}
            level={3}
          />
        ) : procedures.data.items.length === 0 ? (
          <EmptyState title={t('planner.empty')} />
        ) : (
          <>
            <p className="result-count" role="status">
              {t('home.resultCount', { count: procedures.data.total })}
            </p>
            <PlanningTable
              procedures={procedures.data.items}
              caption={t('planner.tableCaption')}
              linkTo={canEdit ? paths.planningProcedure : paths.procedure}
            />
          </>
        )}
      </section>
    </>
  );
}
