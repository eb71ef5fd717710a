import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

import type { AreaGeometry, ProcessingStatus, PublicationStatus } from '@/api/types';
import { PROCESSING_STATUSES, PUBLICATION_STATUSES } from '@/features/assessment/constants';
import { parseAreaParam } from '@/features/assessment/utils/area-param';

export type WorkspaceView = 'table' | 'map';

export interface WorkspaceFilters {
  phaseId?: string;
  topic?: string;
  processingStatus?: ProcessingStatus;
  publicationStatus?: PublicationStatus;
  /** A planner's id, or `none`. */
  assignee?: string;
  groupId?: string;
  /** An area drawn on the map (or given as GeoJSON): statements located inside it. */
  area?: AreaGeometry;
  view: WorkspaceView;
  /** The statement open for assessment. */
  selected?: string;
}

const PARAMS = {
  phaseId: 'phase',
  topic: 'thema',
  processingStatus: 'bearbeitung',
  publicationStatus: 'veroeffentlichung',
  assignee: 'zustaendig',
  groupId: 'gruppe',
  area: 'flaeche',
  view: 'ansicht',
  selected: 'stellungnahme',
} as const;

const nonEmpty = (value: string | null): string | undefined => value?.trim() || undefined;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return (values as readonly (string | null)[]).includes(value) ? (value as T) : undefined;
}

/** The workspace's filters, view (table or map) and open statement, kept in the URL. */
export function useWorkspaceFilters(): [WorkspaceFilters, (next: WorkspaceFilters) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const key = searchParams.toString();

  const filters = useMemo<WorkspaceFilters>(() => {
    const get = (name: string) => searchParams.get(name);
    return {
      phaseId: nonEmpty(get(PARAMS.phaseId)),
      topic: nonEmpty(get(PARAMS.topic)),
      processingStatus: oneOf(PROCESSING_STATUSES, get(PARAMS.processingStatus)),
      publicationStatus: oneOf(PUBLICATION_STATUSES, get(PARAMS.publicationStatus)),
      assignee: nonEmpty(get(PARAMS.assignee)),
      groupId: nonEmpty(get(PARAMS.groupId)),
      area: parseAreaParam(get(PARAMS.area)) ?? undefined,
      view: get(PARAMS.view) === 'karte' ? 'map' : 'table',
      selected: nonEmpty(get(PARAMS.selected)),
    };
    // The search string stands for the params object.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const setFilters = useCallback(
    (next: WorkspaceFilters) => {
      const search = new URLSearchParams();
      const set = (name: string, value: string | undefined) => {
        if (value) search.set(name, value);
      };
      set(PARAMS.phaseId, next.phaseId);
      set(PARAMS.topic, next.topic);
      set(PARAMS.processingStatus, next.processingStatus);
      set(PARAMS.publicationStatus, next.publicationStatus);
      set(PARAMS.assignee, next.assignee);
      set(PARAMS.groupId, next.groupId);
      set(PARAMS.area, next.area ? JSON.stringify(next.area) : undefined);
      set(PARAMS.view, next.view === 'map' ? 'karte' : undefined);
      set(PARAMS.selected, next.selected);
      setSearchParams(search, { replace: true, preventScrollReset: true });
    },
    [setSearchParams],
  );

  return [filters, setFilters];
}
