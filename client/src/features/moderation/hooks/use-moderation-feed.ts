import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';

import { invalidateModeration } from '@/features/moderation/api/invalidate';
import { FEED_EVENTS, FEED_URL } from '@/features/moderation/constants';

/** `reconnecting`: the browser retries by itself; `closed`: it gave up (e.g. signed out). */
export type FeedState = 'connecting' | 'open' | 'reconnecting' | 'closed' | 'unsupported';

/**
 * Subscribes to the moderation feed (server-sent events): every new statement, decision or
 * report – from any server instance – reloads the queue and statistics. After a (re)connection
 * the queue reloads too, so nothing missed while offline stays hidden.
 */
export function useModerationFeed(): { state: FeedState; reconnect: () => void } {
  const queryClient = useQueryClient();
  const supported = typeof EventSource !== 'undefined';
  const [state, setState] = useState<FeedState>(supported ? 'connecting' : 'unsupported');
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!supported) return;
    const source = new EventSource(FEED_URL);
    const refresh = () => void invalidateModeration(queryClient);
    source.onopen = () => {
      setState('open');
      refresh();
    };
    source.onerror = () =>
      setState(source.readyState === EventSource.CLOSED ? 'closed' : 'reconnecting');
    for (const type of FEED_EVENTS) source.addEventListener(type, refresh);
    return () => source.close();
  }, [queryClient, supported, attempt]);

  const reconnect = useCallback(() => {
    setState('connecting');
    setAttempt((n) => n + 1);
  }, []);
  return { state, reconnect };
}
