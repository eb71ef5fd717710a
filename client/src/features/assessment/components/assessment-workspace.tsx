import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { AreaGeometry, BBox, Phase } from '@/api/types';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { useWorkspace, type WorkspaceFilterQuery } from '@/features/assessment/api/get-workspace';
import type { AreaTools } from '@/features/assessment/components/area-filter';
import { AssessmentPanel } from '@/features/assessment/components/assessment-panel';
import { DuplicateGroups } from '@/features/assessment/components/duplicate-groups';
import { ExportsPanel } from '@/features/assessment/components/exports-panel';
import { ProgressPanel } from '@/features/assessment/components/progress-panel';
import { ResultLettersPanel } from '@/features/assessment/components/result-letters-panel';
import { StatementTable } from '@/features/assessment/components/statement-table';
import { TemplatesManager } from '@/features/assessment/components/templates-manager';
import { WorkspaceFiltersForm } from '@/features/assessment/components/workspace-filters';
import { WorkspaceMap } from '@/features/assessment/components/workspace-map';
import type {
  WorkspaceFilters,
  WorkspaceView,
} from '@/features/assessment/hooks/use-workspace-filters';

import '@/features/assessment/assessment.css';

export interface WorkspaceProcedure {
  id: string;
  area: AreaGeometry;
  bbox: BBox;
  phases: readonly Phase[];
  topics: readonly string[];
}

interface AssessmentWorkspaceProps {
  procedure: WorkspaceProcedure;
  meId: string;
  filters: WorkspaceFilters;
  onFiltersChange: (next: WorkspaceFilters) => void;
  areaTools: AreaTools;
}

function toQuery(filters: WorkspaceFilters): WorkspaceFilterQuery {
  return {
    phaseId: filters.phaseId,
    topic: filters.topic,
    processingStatus: filters.processingStatus,
    publicationStatus: filters.publicationStatus,
    assignee: filters.assignee,
    groupId: filters.groupId,
    area: filters.area ? JSON.stringify(filters.area) : undefined,
  };
}

/**
 * The Abwägung of one procedure: progress, filters, the statements as a table or on a map
 * (the choice in the URL), the open statement's assessment, groups of near-identical
 * statements, response templates, exports and result letters.
 */
export function AssessmentWorkspace({
  procedure,
  meId,
  filters,
  onFiltersChange,
  areaTools,
}: AssessmentWorkspaceProps) {
  const { t } = useTranslation();
  const query = useMemo(() => toQuery(filters), [filters]);
  const workspace = useWorkspace(procedure.id, query);
  const [message, setMessage] = useState('');
  const items = useMemo(
    () => workspace.data?.pages.flatMap((page) => page.items) ?? [],
    [workspace.data],
  );
  const selected = filters.selected
    ? items.find((item) => item.id === filters.selected)
    : undefined;
  const phaseTitle = (phaseId: string) => procedure.phases.find((p) => p.id === phaseId)?.title;
  const setView = (view: WorkspaceView) => onFiltersChange({ ...filters, view });

  return (
    <>
      <nav className="assessment-toc" aria-label={t('assessment.tocLabel')}>
        <ul>
          <li>
            <a href="#assessment-statements-heading">{t('assessment.statementsHeading')}</a>
          </li>
          <li>
            <a href="#assessment-groups-heading">{t('assessment.groups.heading')}</a>
          </li>
          <li>
            <a href="#assessment-templates-heading">{t('assessment.templates.heading')}</a>
          </li>
          <li>
            <a href="#assessment-exports-heading">{t('assessment.exports.heading')}</a>
          </li>
          <li>
            <a href="#assessment-letters-heading">{t('assessment.letters.heading')}</a>
          </li>
        </ul>
      </nav>
      <ProgressPanel procedureId={procedure.id} />
      <div role="status" className="live-message">
        {message ? <p className="notice notice--success">{message}</p> : null}
      </div>

      <WorkspaceFiltersForm
        filters={filters}
        onChange={onFiltersChange}
        phases={procedure.phases}
        topics={procedure.topics}
        meId={meId}
        areaTools={areaTools}
      />

      <section
        aria-labelledby="assessment-statements-heading"
        className="assessment-section"
        aria-busy={workspace.isFetching}
      >
        <h2 id="assessment-statements-heading">{t('assessment.statementsHeading')}</h2>
        <div
          className="assessment-view-switch"
          role="group"
          aria-label={t('assessment.view.label')}
        >
          {(['table', 'map'] as const).map((view) => (
            <button
              key={view}
              type="button"
              className="button button--secondary"
              aria-pressed={filters.view === view}
              onClick={() => setView(view)}
            >
              {t(`assessment.view.${view}`)}
            </button>
          ))}
        </div>
        {workspace.isPending ? (
          <LoadingState label={t('assessment.loading')} />
        ) : workspace.isError ? (
          <ErrorState error={workspace.error} onRetry={() => void workspace.refetch()} level={3} />
        ) : (
          <>
            <p className="result-count" role="status">
              {workspace.hasNextPage
                ? t('assessment.countMore', { count: items.length })
                : t('assessment.count', { count: items.length })}
            </p>
            {filters.view === 'map' ? (
              <WorkspaceMap
                planArea={procedure.area}
                planBBox={procedure.bbox}
                items={items}
                area={filters.area ?? null}
                onAreaChange={(area) =>
                  onFiltersChange({ ...filters, area: area ?? undefined, selected: undefined })
                }
                Draw={areaTools.Draw}
              />
            ) : items.length === 0 ? (
              <EmptyState title={t('assessment.empty')} />
            ) : (
              <StatementTable
                items={items}
                meId={meId}
                selected={filters.selected}
                onSelect={(id) => onFiltersChange({ ...filters, selected: id })}
              />
            )}
            {workspace.hasNextPage ? (
              <button
                type="button"
                className="button button--secondary"
                disabled={workspace.isFetchingNextPage}
                onClick={() => void workspace.fetchNextPage()}
              >
                {workspace.isFetchingNextPage
                  ? t('assessment.loadingMore')
                  : t('assessment.loadMore')}
              </button>
            ) : null}
          </>
        )}
      </section>

      {selected ? (
        <AssessmentPanel
          key={selected.id}
          procedureId={procedure.id}
          item={selected}
          meId={meId}
          phaseTitle={phaseTitle(selected.phaseId)}
          onSaved={setMessage}
          onClose={() => onFiltersChange({ ...filters, selected: undefined })}
        />
      ) : null}

      <DuplicateGroups
        procedureId={procedure.id}
        onShowMembers={(groupId) =>
          onFiltersChange({ ...filters, groupId, selected: undefined, view: 'table' })
        }
        onSaved={setMessage}
      />
      <TemplatesManager procedureId={procedure.id} topics={procedure.topics} onSaved={setMessage} />
      <ExportsPanel procedureId={procedure.id} />
      <ResultLettersPanel procedureId={procedure.id} />
    </>
  );
}
