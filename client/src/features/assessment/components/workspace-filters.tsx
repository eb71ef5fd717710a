import { useTranslation } from 'react-i18next';

import type { Phase } from '@/api/types';
import { SelectField } from '@/components/form/select-field';
import { CONTENT_LANGUAGE } from '@/config/site';
import { PROCESSING_STATUSES, PUBLICATION_STATUSES } from '@/features/assessment/constants';
import type { WorkspaceFilters } from '@/features/assessment/hooks/use-workspace-filters';
import { AreaFilterText, type AreaTools } from '@/features/assessment/components/area-filter';

interface WorkspaceFiltersFormProps {
  filters: WorkspaceFilters;
  onChange: (next: WorkspaceFilters) => void;
  phases: readonly Phase[];
  topics: readonly string[];
  meId: string;
  areaTools: AreaTools;
}

/** The workspace's filters; each applies at once, for the table and the map alike. */
export function WorkspaceFiltersForm({
  filters,
  onChange,
  phases,
  topics,
  meId,
  areaTools,
}: WorkspaceFiltersFormProps) {
  const { t } = useTranslation();
  // A new filter closes the open statement (it may no longer be in the list).
  const update = (patch: Partial<WorkspaceFilters>) =>
    onChange({ ...filters, ...patch, selected: undefined });
  return (
    <form
      className="filters assessment-filters"
      role="search"
      aria-labelledby="assessment-filters-heading"
      onSubmit={(event) => event.preventDefault()}
    >
      <h2 id="assessment-filters-heading" className="filters__heading">
        {t('assessment.filters.heading')}
      </h2>
      <div className="assessment-filters__fields">
        <SelectField
          id="assessment-phase"
          label={t('assessment.filters.phase')}
          value={filters.phaseId ?? ''}
          onChange={(event) => update({ phaseId: event.target.value || undefined })}
        >
          <option value="">{t('assessment.filters.all')}</option>
          {phases.map((phase) => (
            <option key={phase.id} value={phase.id} lang={CONTENT_LANGUAGE}>
              {phase.title}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="assessment-topic"
          label={t('assessment.filters.topic')}
          value={filters.topic ?? ''}
          disabled={topics.length === 0}
          onChange={(event) => update({ topic: event.target.value || undefined })}
        >
          <option value="">{t('assessment.filters.all')}</option>
          {topics.map((topic) => (
            <option key={topic} value={topic} lang={CONTENT_LANGUAGE}>
              {topic}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="assessment-processing"
          label={t('assessment.filters.processingStatus')}
          value={filters.processingStatus ?? ''}
          onChange={(event) =>
            update({
              processingStatus:
                (event.target.value as WorkspaceFilters['processingStatus']) || undefined,
            })
          }
        >
          <option value="">{t('assessment.filters.all')}</option>
          {PROCESSING_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`assessment.processing.${status}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="assessment-publication"
          label={t('assessment.filters.publicationStatus')}
          value={filters.publicationStatus ?? ''}
          onChange={(event) =>
            update({
              publicationStatus:
                (event.target.value as WorkspaceFilters['publicationStatus']) || undefined,
            })
          }
        >
          <option value="">{t('assessment.filters.all')}</option>
          {PUBLICATION_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`assessment.publication.${status}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="assessment-assignee"
          label={t('assessment.filters.assignee')}
          value={filters.assignee === meId ? 'me' : (filters.assignee ?? '')}
          onChange={(event) => {
            const value = event.target.value;
            update({ assignee: value === 'me' ? meId : value || undefined });
          }}
        >
          <option value="">{t('assessment.filters.all')}</option>
          <option value="me">{t('assessment.assignee.me')}</option>
          <option value="none">{t('assessment.assignee.none')}</option>
        </SelectField>
      </div>
      {filters.groupId ? (
        <p className="notice">
          {t('assessment.filters.groupActive')}{' '}
          <button
            type="button"
            className="button button--link"
            onClick={() => update({ groupId: undefined })}
          >
            {t('assessment.filters.groupClear')}
          </button>
        </p>
      ) : null}
      <AreaFilterText
        value={filters.area ?? null}
        onChange={(area) => update({ area: area ?? undefined })}
        parse={areaTools.parse}
      />
    </form>
  );
}
