import { decodeCursor, encodeCursor, keysetPage } from './keyset-cursor.js';

describe('keyset cursor', () => {
  const id = '3f2b6c1e-8d4a-4f5e-9b7c-1a2b3c4d5e6f';

  it('round-trips a position to the microsecond', () => {
    const at = '2026-12-01T20:40:12.123456Z';
    expect(decodeCursor(encodeCursor(at, id))).toEqual({ at, id });
  });

  it.each(['', 'bm9uc2Vuc2U', Buffer.from(`yesterday|${id}`).toString('base64url')])(
    'refuses %j with a 400 naming the field',
    (cursor) => {
      expect(() => decodeCursor(cursor)).toThrow(
        expect.objectContaining({ code: 'VALIDATION_FAILED', status: 400 }),
      );
    },
  );
});

describe('keyset page', () => {
  const row = (n: number) => ({
    id: `00000000-0000-4000-8000-00000000000${n}`,
    cursor_at: `2026-12-01T10:00:0${n}.000001Z`,
  });

  it('cuts the extra row and points the cursor after the last row of the page', () => {
    const { page, nextCursor } = keysetPage([row(1), row(2), row(3)], 2);
    expect(page).toEqual([row(1), row(2)]);
    expect(decodeCursor(nextCursor!)).toEqual({ at: row(2).cursor_at, id: row(2).id });
  });

  it('has no next page when no extra row came', () => {
    expect(keysetPage([row(1), row(2)], 2).nextCursor).toBeNull();
    expect(keysetPage([], 2)).toEqual({ page: [], nextCursor: null });
  });
});
