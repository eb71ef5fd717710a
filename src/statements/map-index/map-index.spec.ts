import { answer, buildIndex, MapIndexCache, type MapIndexSource } from './map-index.js';
import type { MapPointRow } from './map-index.repository.js';
import { mapChangeOf, matchesEtag } from './map-index.service.js';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const ESSEN: [number, number, number, number] = [6.9, 51.3, 7.2, 51.6];

/** A database stand-in: published points per procedure and a version raised by each change. */
function fakeSource(points: Map<string, MapPointRow[]>) {
  const versions = new Map<string, number>();
  const calls = { meta: 0, points: 0 };
  let gate: Promise<void> | null = null;
  const source: MapIndexSource = {
    meta: (id) => {
      calls.meta += 1;
      return Promise.resolve({ visible: points.has(id), version: versions.get(id) ?? 0 });
    },
    points: async (id) => {
      calls.points += 1;
      const snapshot = { version: versions.get(id) ?? 0, rows: [...(points.get(id) ?? [])] };
      if (gate) await gate;
      return snapshot;
    },
  };
  const change = (id: string, rows: MapPointRow[]) => {
    points.set(id, rows);
    versions.set(id, (versions.get(id) ?? 0) + 1);
  };
  const hold = () => {
    let release = () => undefined as void;
    gate = new Promise<void>((resolve) => (release = resolve));
    return () => {
      gate = null;
      release();
    };
  };
  return { source, calls, change, hold };
}

const rows = (n: number, x = 7.0, y = 51.45): MapPointRow[] =>
  Array.from({ length: n }, (_, i) => ({ id: uuid(i), x: x + (i % 10) * 0.0001, y }));

describe('map index', () => {
  it('clusters near points with their expansion zoom and answers single points with ids only', () => {
    const built = buildIndex(1, [...rows(12), { id: uuid(99), x: 7.15, y: 51.55 }]);
    const low = answer(built, ESSEN, 12);
    expect(low.mode).toBe('clusters');
    expect(low.total).toBe(13);
    const cluster = low.clusters.find((c) => c.count === 12);
    expect(cluster?.expansionZoom).toBeGreaterThan(12);
    expect(low.features).toEqual([{ id: uuid(99), position: [7.15, 51.55] }]);
    const high = answer(built, [6.99, 51.44, 7.01, 51.46], 20);
    expect(high).toMatchObject({ mode: 'features', total: 12, clusters: [] });
    expect(Object.keys(high.features[0]).sort()).toEqual(['id', 'position']);
  });

  it('answers from memory until a change, then drops the index at once on a removal', async () => {
    const points = new Map([['p', rows(5)]]);
    const db = fakeSource(points);
    const cache = new MapIndexCache(db.source);
    const first = await cache.index('p', undefined);
    await cache.index('p', undefined);
    expect(db.calls).toEqual({ meta: 1, points: 1 });
    db.change('p', rows(4));
    cache.changed('p', 'removal');
    const after = await cache.index('p', undefined);
    expect(after?.points).toBe(4);
    expect(after?.version).toBeGreaterThan(first?.version ?? 0);
  });

  it('lets the old index answer during an addition and swaps in the new one when built', async () => {
    const points = new Map([['p', rows(5)]]);
    const db = fakeSource(points);
    const cache = new MapIndexCache(db.source);
    await cache.index('p', undefined);
    db.change('p', rows(6));
    const release = db.hold();
    cache.changed('p', 'addition');
    expect((await cache.index('p', undefined))?.points).toBe(5);
    release();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect((await cache.index('p', undefined))?.points).toBe(6);
  });

  it('rebuilds when a removal arrives while the index is being read', async () => {
    const points = new Map([['p', rows(5)]]);
    const db = fakeSource(points);
    const cache = new MapIndexCache(db.source);
    const release = db.hold();
    const pending = cache.index('p', undefined);
    await new Promise((resolve) => setTimeout(resolve, 0));
    db.change('p', rows(3));
    cache.changed('p', 'removal');
    release();
    expect((await pending)?.points).toBe(3);
  });

  it('evicts the least recently used index when the points exceed the bound', async () => {
    const points = new Map([
      ['a', rows(40)],
      ['b', rows(40)],
      ['c', rows(40)],
    ]);
    const db = fakeSource(points);
    const cache = new MapIndexCache(db.source, { maxPoints: 100 });
    await cache.index('a', undefined);
    await cache.index('b', undefined);
    await cache.index('a', undefined);
    await cache.index('c', undefined);
    expect(cache.stats()).toEqual({ indexes: 2, points: 80 });
    db.calls.points = 0;
    await cache.index('a', undefined);
    expect(db.calls.points).toBe(0);
    await cache.index('b', undefined);
    expect(db.calls.points).toBe(1);
  });

  it('refuses procedures that are not public', async () => {
    const cache = new MapIndexCache(fakeSource(new Map()).source);
    expect(await cache.index('missing', undefined)).toBeNull();
  });

  it('compares ETags weakly and classifies feed events', () => {
    expect(matchesEtag('"m1-3"', '"m1-3"')).toBe(true);
    expect(matchesEtag('W/"m1-3", "x"', '"m1-3"')).toBe(true);
    expect(matchesEtag('"m1-2"', '"m1-3"')).toBe(false);
    expect(matchesEtag(undefined, '"m1-3"')).toBe(false);
    const event = { statementId: 's', procedureId: 'p', reference: 'r' };
    expect(
      mapChangeOf({ ...event, type: 'statement.decided', publicationStatus: 'rejected' }),
    ).toBe('removal');
    expect(
      mapChangeOf({ ...event, type: 'statement.decided', publicationStatus: 'published' }),
    ).toBe('addition');
    expect(
      mapChangeOf({ ...event, type: 'statement.received', publicationStatus: 'pending' }),
    ).toBe(null);
  });
});
