import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

import type { ProcedureFilters } from '@/features/procedures/api/get-procedures';
import { isPhaseState, isProcedureStatus, isProcedureType } from '@/features/procedures/constants';

function nonEmpty(value: string | null): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/**
 * The list/map filters live in the URL (?district=&type=&status=&phase=&q=), so a filtered view can be
 * bookmarked and shared, and map and list always show the same selection.
 */
export function useProcedureFilters(): [ProcedureFilters, (next: ProcedureFilters) => void] {
  const [searchParams, setSearchParams] = useSearchParams();

  const district = nonEmpty(searchParams.get('district'));
  const type = searchParams.get('type');
  const status = searchParams.get('status');
  const phase = searchParams.get('phase');
  const q = nonEmpty(searchParams.get('q'));

  const filters = useMemo<ProcedureFilters>(() => {
    const result: ProcedureFilters = {};
    if (district) result.district = district;
    if (isProcedureType(type)) result.type = type;
    if (isProcedureStatus(status)) result.status = status;
    if (isPhaseState(phase)) result.phase = phase;
    if (q) result.q = q;
    return result;
  }, [district, type, status, phase, q]);

  const setFilters = useCallback(
    (next: ProcedureFilters) => {
      const params = new URLSearchParams();
      for (const key of ['district', 'type', 'status', 'phase', 'q'] as const) {
        const value = next[key]?.trim();
        if (value) params.set(key, value);
      }
      setSearchParams(params, { replace: true, preventScrollReset: true });
    },
    [setSearchParams],
  );

  return [filters, setFilters];
}
