import { useTranslation } from 'react-i18next';

import { SelectField } from '@/components/form/select-field';
import { CONTENT_LANGUAGE } from '@/config/site';
import { AGE_OPTIONS, QUEUE_STATUSES, type QueueStatus } from '@/features/moderation/constants';
import type { QueueFilters } from '@/features/moderation/hooks/use-queue-filters';

export interface FilterOption {
  value: string;
  label: string;
}

interface QueueFiltersFormProps {
  filters: QueueFilters;
  onChange: (next: QueueFilters) => void;
  procedures: readonly FilterOption[];
  /** Phases and topics of the chosen procedure (empty without one). */
  phases: readonly FilterOption[];
  topics: readonly string[];
}

/** The queue's filters; each applies at once (the list below announces its new count). */
export function QueueFiltersForm({
  filters,
  onChange,
  procedures,
  phases,
  topics,
}: QueueFiltersFormProps) {
  const { t } = useTranslation();
  const hasProcedure = Boolean(filters.procedureId);

  return (
    <form
      className="filters moderation-filters"
      role="search"
      aria-labelledby="queue-filters-heading"
      onSubmit={(event) => event.preventDefault()}
    >
      <h2 id="queue-filters-heading" className="filters__heading">
        {t('moderation.filters.heading')}
      </h2>
      <div className="moderation-filters__fields">
        <SelectField
          id="queue-procedure"
          label={t('moderation.filters.procedure')}
          value={filters.procedureId ?? ''}
          onChange={(event) =>
            onChange({
              ...filters,
              procedureId: event.target.value || undefined,
              phaseId: undefined,
              topic: undefined,
            })
          }
        >
          <option value="">{t('moderation.filters.allProcedures')}</option>
          {procedures.map((option) => (
            <option key={option.value} value={option.value} lang={CONTENT_LANGUAGE}>
              {option.label}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="queue-phase"
          label={t('moderation.filters.phase')}
          value={filters.phaseId ?? ''}
          disabled={!hasProcedure}
          hint={hasProcedure ? undefined : t('moderation.filters.chooseProcedure')}
          onChange={(event) => onChange({ ...filters, phaseId: event.target.value || undefined })}
        >
          <option value="">{t('moderation.filters.allPhases')}</option>
          {phases.map((option) => (
            <option key={option.value} value={option.value} lang={CONTENT_LANGUAGE}>
              {option.label}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="queue-topic"
          label={t('moderation.filters.topic')}
          value={filters.topic ?? ''}
          disabled={!hasProcedure || topics.length === 0}
          onChange={(event) => onChange({ ...filters, topic: event.target.value || undefined })}
        >
          <option value="">{t('moderation.filters.allTopics')}</option>
          {topics.map((topic) => (
            <option key={topic} value={topic} lang={CONTENT_LANGUAGE}>
              {topic}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="queue-status"
          label={t('moderation.filters.status')}
          value={filters.status}
          disabled={filters.reported}
          onChange={(event) => onChange({ ...filters, status: event.target.value as QueueStatus })}
        >
          {QUEUE_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`moderation.status.${status}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="queue-age"
          label={t('moderation.filters.age')}
          value={filters.olderThanDays ?? ''}
          onChange={(event) =>
            onChange({
              ...filters,
              olderThanDays: event.target.value ? Number(event.target.value) : undefined,
            })
          }
        >
          <option value="">{t('moderation.filters.anyAge')}</option>
          {AGE_OPTIONS.map((days) => (
            <option key={days} value={days}>
              {t('moderation.filters.olderThan', { count: days })}
            </option>
          ))}
        </SelectField>
        <div className="field moderation-filters__check">
          <div className="checkbox">
            <input
              id="queue-reported"
              type="checkbox"
              checked={filters.reported}
              onChange={(event) => onChange({ ...filters, reported: event.target.checked })}
            />
            <label htmlFor="queue-reported">{t('moderation.filters.reported')}</label>
          </div>
        </div>
      </div>
    </form>
  );
}
