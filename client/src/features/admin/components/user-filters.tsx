import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import type { Role } from '@/api/types';
import { ROLES, isRole } from '@/config/roles';

export interface UserFilters {
  q?: string;
  role?: Role;
}

interface UserFiltersFormProps {
  filters: UserFilters;
  onChange: (next: UserFilters) => void;
}

/** Search by name or e-mail (applies on submit) and a role filter (applies at once). */
export function UserFiltersForm({ filters, onChange }: UserFiltersFormProps) {
  const { t } = useTranslation();
  const [q, setQ] = useState(filters.q ?? '');
  const [appliedQ, setAppliedQ] = useState(filters.q);

  // Follow the URL when it changes from outside (back button).
  if (filters.q !== appliedQ) {
    setAppliedQ(filters.q);
    setQ(filters.q ?? '');
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = q.trim();
    onChange({ ...filters, q: trimmed || undefined });
  };

  return (
    <form
      className="filters"
      role="search"
      aria-labelledby="user-filters-heading"
      onSubmit={onSubmit}
    >
      <h3 id="user-filters-heading" className="filters__heading">
        {t('admin.users.filtersHeading')}
      </h3>
      <div className="filters__search">
        <div className="field">
          <label htmlFor="user-q">{t('admin.users.q')}</label>
          <input
            id="user-q"
            name="q"
            type="search"
            value={q}
            autoComplete="off"
            onChange={(event) => setQ(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="user-role">{t('admin.users.role')}</label>
          <select
            id="user-role"
            name="role"
            value={filters.role ?? ''}
            onChange={(event) => {
              const { value } = event.target;
              const trimmed = q.trim();
              onChange({ q: trimmed || undefined, role: isRole(value) ? value : undefined });
            }}
          >
            <option value="">{t('admin.users.allRoles')}</option>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`roles.${role}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          {t('admin.users.search')}
        </button>
      </div>
    </form>
  );
}
