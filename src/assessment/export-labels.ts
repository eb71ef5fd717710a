import type {
  Channel,
  ProcessingStatus,
  PublicationStatus,
  SubmitterType,
} from '../statements/statement.types.js';

/**
 * German labels for the codes in the exports (the planner UI's wording). Each export keeps the
 * code in a column of its own, so a machine reads codes and a person reads labels.
 */
export const CHANNEL_LABELS: Record<Channel, string> = {
  platform: 'online',
  email: 'E-Mail',
  letter: 'Brief',
  in_person: 'persönlich (Niederschrift)',
  other: 'anderer Weg',
};

export const PROCESSING_LABELS: Record<ProcessingStatus, string> = {
  received: 'eingegangen',
  in_review: 'in Bearbeitung',
  assessed: 'abgewogen',
  result_sent: 'Ergebnis mitgeteilt',
};

export const PUBLICATION_LABELS: Record<PublicationStatus, string> = {
  pending: 'wartet auf Prüfung',
  published: 'veröffentlicht',
  rejected: 'nicht veröffentlicht',
  not_public: 'nicht öffentlich',
};

export const SUBMITTER_TYPE_LABELS: Record<SubmitterType, string> = {
  anonymous: 'anonym',
  named: 'mit Namen',
};

export const yesNo = (value: boolean): string => (value ? 'ja' : 'nein');

/** Where the text of a row in the anonymised export comes from (docs/domain.md#4-data-protection). */
export const TEXT_SOURCES = [
  'published',
  'moderated',
  'machine_masked',
  'machine_checked',
] as const;
export type TextSource = (typeof TEXT_SOURCES)[number];

export const TEXT_SOURCE_LABELS: Record<TextSource, string> = {
  published: 'veröffentlichte Fassung',
  moderated: 'von der Moderation bearbeitete Fassung',
  machine_masked: 'maschinell geschwärzt',
  machine_checked: 'maschinell geprüft, nichts gefunden',
};

/** One formatter, made once (ICU memory outside the heap: see statements/receipt.ts). */
const BERLIN_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** The wall-clock date and time in Europe/Berlin of an instant, as numbers. */
function berlinParts(instant: Date) {
  const parts = Object.fromEntries(
    BERLIN_PARTS.formatToParts(instant).map((p) => [p.type, p.value]),
  ) as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', string>;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/**
 * A Date whose UTC fields are the Berlin wall-clock time: spreadsheet cells have no time zone,
 * and exceljs writes a Date's UTC fields, so the cell shows the day and time of the receipt.
 */
export function berlinWallClock(instant: Date): Date {
  const p = berlinParts(instant);
  return new Date(Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second));
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "03.03.2026 00:30": Berlin local time as the receipt shows it, no `Z`. */
export function berlinText(instant: Date): string {
  const p = berlinParts(instant);
  return `${pad(p.day)}.${pad(p.month)}.${p.year} ${pad(p.hour)}:${pad(p.minute)}`;
}

/** ISO 8601 with the Berlin offset, e.g. "2026-03-03T00:30:00+01:00": exact and local. */
export function berlinIso(instant: Date): string {
  const wall = berlinWallClock(instant);
  const offset = Math.round((wall.getTime() - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `${wall.toISOString().slice(0, 19)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
