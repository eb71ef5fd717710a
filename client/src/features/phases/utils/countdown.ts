const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export type Remaining =
  | { unit: 'days'; count: number }
  | { unit: 'hours'; count: number }
  | { unit: 'minutes'; count: number };

/**
 * Time left until `closesAt`, measured on the server's clock (`serverNow`), in whole days, or
 * hours on the last day, or minutes in the last hour. Null once it has passed.
 */
export function remainingTime(closesAt: string, serverNow: number): Remaining | null {
  const left = Date.parse(closesAt) - serverNow;
  if (!Number.isFinite(left) || left <= 0) return null;
  if (left >= DAY) return { unit: 'days', count: Math.floor(left / DAY) };
  if (left >= HOUR) return { unit: 'hours', count: Math.floor(left / HOUR) };
  return { unit: 'minutes', count: Math.max(1, Math.ceil(left / MINUTE)) };
}

/**
 * The difference between the server's clock and this browser's, from an answer: the server's
 * time when it answered (`serverTime`) and the browser's time when the answer arrived
 * (`receivedAt`, e.g. TanStack Query's dataUpdatedAt). Add it to Date.now() for the server's now.
 */
export function clockOffset(serverTime: string, receivedAt: number): number {
  const server = Date.parse(serverTime);
  return Number.isFinite(server) && receivedAt > 0 ? server - receivedAt : 0;
}
