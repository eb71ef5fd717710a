import { decodeCursor, encodeCursor } from './keyset-cursor.js';

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
