import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

import type { PlanningFilters } from '@/features/planning/api/get-planning-procedures';
import { isPlanningStatus } from '@/features/planning/constants';

/** The planners' list filters live in the URL (?q=&status=), like the public ones. */
export function usePlanningFilters(): [PlanningFilters, (next: PlanningFilters) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const q = searchParams.get('q')?.trim() || undefined;
  const status = searchParams.get('status');

  const filters = useMemo<PlanningFilters>(() => {
    const result: PlanningFilters = {};
    if (q) result.q = q;
    if (isPlanningStatus(status)) result.status = status;
    return result;
  }, [q, status]);

  const setFilters = useCallback(
    (next: PlanningFilters) => {
      const params = new URLSearchParams();
      if (next.q?.trim()) params.set('q', next.q.trim());
      if (next.status) params.set('status', next.status);
      setSearchParams(params, { replace: true, preventScrollReset: true });
    },
    [setSearchParams],
  );

  return [filters, setFilters];
}
