import { exceededJsonLimit, scanJsonBytes } from './json-limits.js';

describe('exceededJsonLimit', () => {
  it('accepts what our largest documents hold', () => {
    const ring = Array.from({ length: 5001 }, (_, i) => [7 + i * 1e-6, 51.4]);
    expect(exceededJsonLimit({ area: { type: 'Polygon', coordinates: [ring] } })).toBeNull();
    expect(exceededJsonLimit({ statementIds: Array(1000).fill('x'), a: 1 })).toBeNull();
  });

  it('names the first limit a body exceeds, after looking at no more than the limit', () => {
    const wide = Object.fromEntries(Array.from({ length: 60_000 }, (_, i) => [`k${i}`, i]));
    expect(exceededJsonLimit(wide)).toEqual({ limit: 'keysPerObject', field: 'body' });
    expect(exceededJsonLimit({ a: Array(50_000).fill(0) })).toEqual({
      limit: 'values',
      field: 'a',
    });
    const deep = JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`) as unknown;
    expect(exceededJsonLimit(deep)).toEqual({ limit: 'depth', field: 'body' });
    expect(exceededJsonLimit(Array.from({ length: 30_000 }, () => ({ a: 1 })))).toEqual({
      limit: 'values',
      field: 'body',
    });
  });
});

describe('scanJsonBytes', () => {
  const scan = (value: unknown) => scanJsonBytes(Buffer.from(JSON.stringify(value)));

  it('agrees with the check of the parsed body, without parsing', () => {
    const wide = Object.fromEntries(Array.from({ length: 60_000 }, (_, i) => [`k${i}`, i]));
    expect(scan(wide)).toEqual({ limit: 'keysPerObject', field: 'body' });
    expect(scan({ text: 'a,b,{[', area: { c: Array(50_000).fill(0) } })).toEqual({
      limit: 'values',
      field: 'area',
    });
    expect(scan({ submitter: wide })).toEqual({ limit: 'keysPerObject', field: 'submitter' });
    expect(scanJsonBytes(Buffer.from(`{"a":${'['.repeat(40)}${']'.repeat(40)}}`))).toEqual({
      limit: 'depth',
      field: 'a',
    });
    const ring = Array.from({ length: 5001 }, (_, i) => [7 + i * 1e-6, 51.4]);
    expect(scan({ 'k\\"ey': '"', area: { type: 'Polygon', coordinates: [ring] } })).toBeNull();
  });
});
