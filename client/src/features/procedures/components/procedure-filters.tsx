import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import type { ProcedureFilters } from '@/features/procedures/api/get-procedures';
import {
  PHASE_STATES,
  PROCEDURE_STATUSES,
  PROCEDURE_TYPES,
  isPhaseState,
  isProcedureStatus,
  isProcedureType,
} from '@/features/procedures/constants';

interface ProcedureFiltersFormProps {
  filters: ProcedureFilters;
  districts: readonly string[];
  onChange: (next: ProcedureFilters) => void;
}

/**
 * Filters for map and list. Choosing an option applies it at once (the page stays the same,
 * only the results change); the search term applies on submit.
 */
export function ProcedureFiltersForm({ filters, districts, onChange }: ProcedureFiltersFormProps) {
  const { t } = useTranslation();
  const [q, setQ] = useState(filters.q ?? '');
  const [appliedQ, setAppliedQ] = useState(filters.q);

  // Follow the URL when it changes from outside (back button, reset).
  if (filters.q !== appliedQ) {
    setAppliedQ(filters.q);
    setQ(filters.q ?? '');
  }

  const apply = (next: Partial<ProcedureFilters>) => {
    const trimmed = q.trim();
    onChange({ ...filters, q: trimmed ? trimmed : undefined, ...next });
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    apply({});
  };

  return (
    <form className="filters" role="search" aria-labelledby="filters-heading" onSubmit={onSubmit}>
      <h2 id="filters-heading" className="filters__heading">
        {t('filters.heading')}
      </h2>
      <div className="filters__search">
        <div className="field">
          <label htmlFor="filter-q">{t('filters.q')}</label>
          <span id="filter-q-hint" className="field__hint">
            {t('filters.qHint')}
          </span>
          <input
            id="filter-q"
            name="q"
            type="search"
            value={q}
            onChange={(event) => setQ(event.target.value)}
            aria-describedby="filter-q-hint"
            autoComplete="off"
          />
        </div>
        <button type="submit" className="button">
          {t('filters.submit')}
        </button>
      </div>
      <div className="filters__fields">
        <div className="field">
          <label htmlFor="filter-district">{t('filters.district')}</label>
          <select
            id="filter-district"
            name="district"
            value={filters.district ?? ''}
            onChange={(event) => apply({ district: event.target.value || undefined })}
          >
            <option value="">{t('filters.allDistricts')}</option>
            {districts.map((district) => (
              <option key={district} value={district}>
                {district}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-type">{t('filters.type')}</label>
          <select
            id="filter-type"
            name="type"
            value={filters.type ?? ''}
            onChange={(event) => {
              const { value } = event.target;
              apply({ type: isProcedureType(value) ? value : undefined });
            }}
          >
            <option value="">{t('filters.allTypes')}</option>
            {PROCEDURE_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`procedure.type.${type}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-status">{t('filters.status')}</label>
          <select
            id="filter-status"
            name="status"
            value={filters.status ?? ''}
            onChange={(event) => {
              const { value } = event.target;
              apply({ status: isProcedureStatus(value) ? value : undefined });
            }}
          >
            <option value="">{t('filters.allStatuses')}</option>
            {PROCEDURE_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`procedure.status.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-phase">{t('phases.filter.label')}</label>
          <select
            id="filter-phase"
            name="phase"
            value={filters.phase ?? ''}
            onChange={(event) => {
              const { value } = event.target;
              apply({ phase: isPhaseState(value) ? value : undefined });
            }}
          >
            <option value="">{t('phases.filter.all')}</option>
            {PHASE_STATES.map((state) => (
              <option key={state} value={state}>
                {t(`phases.filter.${state}`)}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className="button button--link filters__reset"
          onClick={() => {
            setQ('');
            onChange({});
          }}
        >
          {t('filters.reset')}
        </button>
      </div>
    </form>
  );
}
