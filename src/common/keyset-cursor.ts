import { AppError } from './errors/app-error.js';

/**
 * SQL for a row's position in (received_at, id) order, to the microsecond: a JavaScript Date
 * keeps only milliseconds, and a cursor cut to them would repeat or skip rows.
 */
export const CURSOR_AT_SQL = `to_char(s.received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** The position after a row, as an opaque `after` cursor; `at` comes from CURSOR_AT_SQL. */
export function encodeCursor(at: string, id: string): string {
  return Buffer.from(`${at}|${id}`).toString('base64url');
}

/** Reads an `after` cursor; anything that is not one is a 400 naming the field. */
export function decodeCursor(cursor: string, field = 'after'): { at: string; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (
    !at ||
    !id ||
    !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/.test(at) ||
    Number.isNaN(Date.parse(at.replace(/(\.\d{3})\d+/, '$1'))) ||
    !/^[0-9a-f-]{36}$/.test(id)
  ) {
    throw AppError.field('VALIDATION_FAILED', field, 'cursor', {
      de: 'Ungültiger Cursor.',
      en: 'Invalid cursor.',
    });
  }
  return { at, id };
}

/**
 * One page of a keyset list read with LIMIT `limit + 1`: the extra row only tells that there is
 * a next page, whose cursor is the position after the page's last row.
 */
export function keysetPage<T extends { id: string; cursor_at: string }>(
  rows: T[],
  limit: number,
): { page: T[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    page,
    nextCursor: rows.length > limit && last ? encodeCursor(last.cursor_at, last.id) : null,
  };
}
