const BERLIN = 'Europe/Berlin';

/** Minutes Berlin is ahead of UTC at an instant (60 in winter, 120 in summer). */
function berlinOffsetMinutes(instant: number): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: BERLIN,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(instant);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
  );
  return Math.round((asUtc - Math.floor(instant / 60_000) * 60_000) / 60_000);
}

/**
 * A wall-clock date and time in Essen ("2026-03-29", "02:30") as an ISO instant in UTC,
 * whatever the browser's own time zone; null for an incomplete or impossible value.
 */
export function berlinToIso(date: string, time: string): string | null {
  const dateMatch = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const timeMatch = /^(\d{2}):(\d{2})$/.exec(time);
  if (!dateMatch || !timeMatch) return null;
  const [y, m, d] = dateMatch.slice(1).map(Number) as [number, number, number];
  const [h, mi] = timeMatch.slice(1).map(Number) as [number, number];
  if (h > 23 || mi > 59) return null;
  const wall = Date.UTC(y, m - 1, d, h, mi);
  const check = new Date(wall);
  if (check.getUTCDate() !== d || check.getUTCMonth() !== m - 1) return null;
  // Two rounds: the offset at the guessed instant, then at the corrected one (DST changes).
  let instant = wall - berlinOffsetMinutes(wall) * 60_000;
  instant = wall - berlinOffsetMinutes(instant) * 60_000;
  return new Date(instant).toISOString();
}
