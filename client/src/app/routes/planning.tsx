import { useTranslation } from 'react-i18next';

import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { useProcedures } from '@/features/procedures/api/get-procedures';
import { ProcedureTable } from '@/features/procedures/components/procedure-table';
import { useDocumentTitle } from '@/hooks/use-document-title';

/** The planners' area (planner or admin). For now: an overview of the procedures. */
export function PlanningRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('planning.documentTitle'));
  const procedures = useProcedures({});

  return (
    <>
      <div className="page-intro">
        <h1>{t('planning.title')}</h1>
        <p className="lead">{t('planning.intro')}</p>
      </div>
      <section aria-labelledby="planning-procedures-heading" aria-busy={procedures.isFetching}>
        <h2 id="planning-procedures-heading">{t('planning.proceduresHeading')}</h2>
        {procedures.isPending ? (
          <LoadingState label={t('home.loadingList')} />
        ) : procedures.isError ? (
          <ErrorState
            error={procedures.error}
            onRetry={() => void procedures.refetch()}
            level={3}
          />
        ) : procedures.data.items.length === 0 ? (
          <EmptyState title={t('planning.empty')} />
        ) : (
          <>
            <p className="result-count">
              {t('home.resultCount', { count: procedures.data.total })}
            </p>
            <ProcedureTable
              procedures={procedures.data.items}
              caption={t('planning.tableCaption')}
            />
          </>
        )}
      </section>
    </>
  );
}
