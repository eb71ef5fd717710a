import { jsonDepth } from './json-depth.js';

describe('jsonDepth', () => {
  it('measures objects and arrays without recursion', () => {
    expect(jsonDepth('x')).toBe(0);
    expect(jsonDepth({ a: 1 })).toBe(1);
    expect(jsonDepth({ a: [{ b: {} }] })).toBe(4);
    const deep = JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`) as unknown;
    expect(jsonDepth(deep, 40)).toBe(41);
  });
});
