import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

import { AGE_OPTIONS, QUEUE_STATUSES, type QueueStatus } from '@/features/moderation/constants';

export interface QueueFilters {
  procedureId?: string;
  phaseId?: string;
  topic?: string;
  status: QueueStatus;
  /** Only statements the public has reported (in any state). */
  reported: boolean;
  /** Only statements waiting at least this many days. */
  olderThanDays?: number;
}

const PARAMS = {
  procedureId: 'verfahren',
  phaseId: 'phase',
  topic: 'thema',
  status: 'status',
  reported: 'gemeldet',
  olderThanDays: 'alter',
} as const;

const nonEmpty = (value: string | null): string | undefined => value?.trim() || undefined;

const isStatus = (value: string | null): value is QueueStatus =>
  (QUEUE_STATUSES as readonly (string | null)[]).includes(value);

function ageOf(value: string | null): number | undefined {
  const days = Number(value);
  return (AGE_OPTIONS as readonly number[]).includes(days) ? days : undefined;
}

/** The queue's filters, kept in the URL so a moderator can bookmark and share a view. */
export function useQueueFilters(): [QueueFilters, (next: QueueFilters) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const procedureId = nonEmpty(searchParams.get(PARAMS.procedureId));
  const phaseId = nonEmpty(searchParams.get(PARAMS.phaseId));
  const topic = nonEmpty(searchParams.get(PARAMS.topic));
  const status = searchParams.get(PARAMS.status);
  const reported = searchParams.get(PARAMS.reported) === '1';
  const olderThanDays = ageOf(searchParams.get(PARAMS.olderThanDays));

  const filters = useMemo<QueueFilters>(
    () => ({
      procedureId,
      // Phase and topic belong to a procedure.
      phaseId: procedureId ? phaseId : undefined,
      topic: procedureId ? topic : undefined,
      status: isStatus(status) ? status : 'pending',
      reported,
      olderThanDays,
    }),
    [procedureId, phaseId, topic, status, reported, olderThanDays],
  );

  const setFilters = useCallback(
    (next: QueueFilters) => {
      const search = new URLSearchParams();
      if (next.procedureId) search.set(PARAMS.procedureId, next.procedureId);
      if (next.procedureId && next.phaseId) search.set(PARAMS.phaseId, next.phaseId);
      if (next.procedureId && next.topic) search.set(PARAMS.topic, next.topic);
      if (next.status !== 'pending') search.set(PARAMS.status, next.status);
      if (next.reported) search.set(PARAMS.reported, '1');
      if (next.olderThanDays) search.set(PARAMS.olderThanDays, String(next.olderThanDays));
      setSearchParams(search, { replace: true, preventScrollReset: true });
    },
    [setSearchParams],
  );

  return [filters, setFilters];
}
