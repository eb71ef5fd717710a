import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

import {
  TOPIC_PARAM,
  VIEW_PARAM,
  VIEWS,
  type StatementsView,
} from '@/features/statements/constants';

const isView = (value: string | null): value is StatementsView =>
  (VIEWS as readonly (string | null)[]).includes(value);

/**
 * Map or list, and the topic filter, of the published statements: kept in the URL
 * (?ansicht=karte|liste&thema=…), so the view can be bookmarked and shared, and map and list
 * show the same selection. Other parameters of the page are kept.
 */
export function useStatementsView(topics: readonly string[]) {
  const [searchParams, setSearchParams] = useSearchParams();
  const viewParam = searchParams.get(VIEW_PARAM);
  const view: StatementsView = isView(viewParam) ? viewParam : 'karte';
  const topicParam = searchParams.get(TOPIC_PARAM);
  const topic = topicParam && topics.includes(topicParam) ? topicParam : undefined;

  /** The search string (with "?") of this page with the given view. */
  const searchFor = useCallback(
    (next: StatementsView) => {
      const params = new URLSearchParams(searchParams);
      params.set(VIEW_PARAM, next);
      return `?${params.toString()}`;
    },
    [searchParams],
  );

  const setTopic = useCallback(
    (next: string | undefined) => {
      setSearchParams(
        (current) => {
          const params = new URLSearchParams(current);
          if (next) params.set(TOPIC_PARAM, next);
          else params.delete(TOPIC_PARAM);
          return params;
        },
        { replace: true, preventScrollReset: true },
      );
    },
    [setSearchParams],
  );

  return { view, topic, searchFor, setTopic };
}
