import type { TFunction } from 'i18next';

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A duration for people, in its largest whole unit: "45 Sekunden", "3 Stunden", "2 Tage". */
export function formatDuration(seconds: number, t: TFunction): string {
  if (seconds < MINUTE) return t('moderation.duration.seconds', { count: Math.round(seconds) });
  if (seconds < HOUR)
    return t('moderation.duration.minutes', { count: Math.round(seconds / MINUTE) });
  if (seconds < DAY) return t('moderation.duration.hours', { count: Math.round(seconds / HOUR) });
  return t('moderation.duration.days', { count: Math.round(seconds / DAY) });
}

/** Whether the statement was received at least `days` days before `now`. */
export function isOlderThan(receivedAt: string, days: number, now: number): boolean {
  return now - new Date(receivedAt).getTime() >= days * DAY * 1000;
}
