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
        <FilterSelect
          id="assessment-phase"
          label={t('assessment.filters.phase')}
          value={filters.phaseId}
          options={phases.map((phase) => ({ value: phase.id, label: phase.title, lang: true }))}
          onChange={(phaseId) => update({ phaseId })}
        />
        <FilterSelect
          id="assessment-topic"
          label={t('assessment.filters.topic')}
          value={filters.topic}
          options={topics.map((topic) => ({ value: topic, label: topic, lang: true }))}
          onChange={(topic) => update({ topic })}
        />
        <FilterSelect
          id="assessment-processing"
          label={t('assessment.filters.processingStatus')}
          value={filters.processingStatus}
          options={PROCESSING_STATUSES.map((status) => ({
            value: status,
            label: t(`assessment.processing.${status}`),
          }))}
          onChange={(value) =>
            update({ processingStatus: value as WorkspaceFilters['processingStatus'] })
          }
        />
        <FilterSelect
          id="assessment-publication"
          label={t('assessment.filters.publicationStatus')}
          value={filters.publicationStatus}
          options={PUBLICATION_STATUSES.map((status) => ({
            value: status,
            label: t(`assessment.publication.${status}`),
          }))}
          onChange={(value) =>
            update({ publicationStatus: value as WorkspaceFilters['publicationStatus'] })
          }
        />
        <FilterSelect
          id="assessment-assignee"
          label={t('assessment.filters.assignee')}
          value={filters.assignee === meId ? 'me' : filters.assignee}
          options={[
            { value: 'me', label: t('assessment.assignee.me') },
            { value: 'none', label: t('assessment.assignee.none') },
          ]}
          onChange={(value) => update({ assignee: value === 'me' ? meId : value })}
        />
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

interface FilterSelectProps {
  id: string;
  label: string;
  value: string | undefined;
  /** `lang`: the label is a German text of the procedure. */
  options: readonly { value: string; label: string; lang?: boolean }[];
  /** undefined for "all". */
  onChange: (value: string | undefined) => void;
}

/** One filter: "all" and the choices; disabled while there is nothing to choose. */
function FilterSelect({ id, label, value, options, onChange }: FilterSelectProps) {
  const { t } = useTranslation();
  return (
    <SelectField
      id={id}
      label={label}
      value={value ?? ''}
      disabled={options.length === 0}
      onChange={(event) => onChange(event.target.value || undefined)}
    >
      <option value="">{t('assessment.filters.all')}</option>
      {options.map((option) => (
        <option
          key={option.value}
          value={option.value}
          lang={option.lang ? CONTENT_LANGUAGE : undefined}
        >
          {option.label}
        </option>
      ))}
    </SelectField>
  );
}
