import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import type { PlanningFilters } from '@/features/planning/api/get-planning-procedures';
import { PLANNING_STATUSES, isPlanningStatus } from '@/features/planning/constants';

interface PlanningFiltersFormProps {
  filters: PlanningFilters;
  onChange: (next: PlanningFilters) => void;
  /** Without drafts (the public list), the status choice is limited. */
  showStatus?: boolean;
}

/** Search and status filter of the planners' list; the search applies on submit. */
export function PlanningFiltersForm({
  filters,
  onChange,
  showStatus = true,
}: PlanningFiltersFormProps) {
  const { t } = useTranslation();
  const [q, setQ] = useState(filters.q ?? '');
  const [appliedQ, setAppliedQ] = useState(filters.q);
  if (filters.q !== appliedQ) {
    setAppliedQ(filters.q);
    setQ(filters.q ?? '');
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = q.trim();
    onChange({ ...filters, q: trimmed ? trimmed : undefined });
  };

  return (
    <form
      className="filters filters--compact"
      role="search"
      aria-label={t('planner.filters.label')}
      onSubmit={onSubmit}
    >
      <div className="field">
        <label htmlFor="planning-q">{t('planner.filters.q')}</label>
        <input
          id="planning-q"
          type="search"
          value={q}
          autoComplete="off"
          onChange={(event) => setQ(event.target.value)}
        />
      </div>
      {showStatus ? (
        <div className="field">
          <label htmlFor="planning-status">{t('planner.filters.status')}</label>
          <select
            id="planning-status"
            value={filters.status ?? ''}
            onChange={(event) => {
              const { value } = event.target;
              const trimmed = q.trim();
              onChange({
                q: trimmed ? trimmed : undefined,
                status: isPlanningStatus(value) ? value : undefined,
              });
            }}
          >
            <option value="">{t('planner.filters.allStatuses')}</option>
            {PLANNING_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`planner.status.${status}`)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <button type="submit" className="button">
        {t('planner.filters.submit')}
      </button>
    </form>
  );
}
