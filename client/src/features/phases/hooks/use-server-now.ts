import { useEffect, useState } from 'react';

import { clockOffset } from '@/features/phases/utils/countdown';

/**
 * The server's clock now, estimated from an answer: its `serverTime` and the browser time when
 * the answer arrived. Only the difference of the two clocks is used, so a wrong clock in the
 * browser does not change a deadline. Updated every `intervalMs`.
 */
export function useServerNow(serverTime: string, receivedAt: number, intervalMs = 30_000): number {
  const offset = clockOffset(serverTime, receivedAt);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now + offset;
}
