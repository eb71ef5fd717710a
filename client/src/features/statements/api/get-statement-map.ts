import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import type { StatementMap } from '@/features/statements/types';
import { api } from '@/lib/api-client';

export interface StatementMapQuery {
  /** minLon,minLat,maxLon,maxLat */
  bbox: string;
  zoom: number;
  topic?: string;
}

export const getStatementMap = (
  procedureId: string,
  query: StatementMapQuery,
  signal?: AbortSignal,
): Promise<StatementMap> =>
  api.get<StatementMap>(`/api/procedures/${encodeURIComponent(procedureId)}/statements/map`, {
    params: { bbox: query.bbox, zoom: query.zoom, topic: query.topic },
    signal,
  });

export const getStatementMapQueryOptions = (procedureId: string, query: StatementMapQuery) =>
  queryOptions({
    queryKey: ['statements', 'map', procedureId, query],
    queryFn: ({ signal }) => getStatementMap(procedureId, query, signal),
    staleTime: 30_000,
  });

/** Published statements in the map view: clusters and single points from the server's index. */
export const useStatementMap = (procedureId: string, query: StatementMapQuery | null) =>
  useQuery({
    ...getStatementMapQueryOptions(procedureId, query ?? { bbox: '', zoom: 0 }),
    enabled: query !== null,
    // Keep the markers while the next view loads, instead of flashing an empty map.
    placeholderData: keepPreviousData,
  });
