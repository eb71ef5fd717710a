import { KeyedBatcher, type Outcome } from './keyed-batcher.js';

interface Item {
  name: string;
  key?: string;
}

/** A batcher whose runs wait until the test lets them finish; it records every batch. */
function setup(maxSize = 50) {
  const batches: { key: string; names: string[]; finish: (fail?: Error) => void }[] = [];
  const batcher = new KeyedBatcher<Item, string>(
    (key, items) =>
      new Promise<Outcome<string>[]>((resolve, reject) => {
        batches.push({
          key,
          names: items.map((i) => i.name),
          finish: (fail) =>
            fail
              ? reject(fail)
              : resolve(
                  items.map((i) =>
                    i.name.startsWith('bad')
                      ? { ok: false, error: new Error(`refused ${i.name}`) }
                      : { ok: true, value: `ok ${i.name}` },
                  ),
                ),
        });
      }),
    { maxSize, exclusiveKey: (i) => i.key },
  );
  return { batcher, batches };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('KeyedBatcher', () => {
  it('starts a lone arrival at once and runs what arrived meanwhile as the next batch', async () => {
    const { batcher, batches } = setup();
    const a = batcher.submit('p1', { name: 'a' });
    expect(batches.map((b) => b.names)).toEqual([['a']]);
    const rest = ['b', 'bad-c', 'd'].map((name) => batcher.submit('p1', { name }));
    await tick();
    expect(batches).toHaveLength(1); // one batch in flight per key
    batches[0].finish();
    await expect(a).resolves.toBe('ok a');
    expect(batches[1].names).toEqual(['b', 'bad-c', 'd']);
    batches[1].finish();
    const settled = await Promise.allSettled(rest);
    expect(settled.map((s) => (s.status === 'fulfilled' ? s.value : String(s.reason)))).toEqual([
      'ok b',
      'Error: refused bad-c',
      'ok d',
    ]);
  });

  it('runs different keys side by side', () => {
    const { batcher, batches } = setup();
    void batcher.submit('p1', { name: 'a' });
    void batcher.submit('p2', { name: 'b' });
    expect(batches.map((b) => [b.key, b.names])).toEqual([
      ['p1', ['a']],
      ['p2', ['b']],
    ]);
  });

  it('fails every member of a batch whose run fails, and goes on with the next', async () => {
    const { batcher, batches } = setup();
    const first = batcher.submit('p1', { name: 'a' });
    const second = [batcher.submit('p1', { name: 'b' }), batcher.submit('p1', { name: 'c' })];
    const third = batcher.submit('p1', { name: 'd' });
    batches[0].finish();
    await first;
    // b, c and d waited together, so they fail together: none of them is told it succeeded.
    batches[1].finish(new Error('commit failed'));
    const settled = await Promise.allSettled([...second, third]);
    expect(settled.map((s) => s.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(batches).toHaveLength(2);
  });

  it('keeps batches to maxSize and members with one key in separate batches, in order', async () => {
    const { batcher, batches } = setup(3);
    const all = [batcher.submit('p1', { name: 'a' })];
    for (const [name, key] of [
      ['b', 'k1'],
      ['c', 'k1'],
      ['d', undefined],
      ['e', 'k2'],
      ['f', undefined],
      ['g', 'k1'],
    ] as const) {
      all.push(batcher.submit('p1', { name, key }));
    }
    for (let i = 0; i < 4 && batches[i]; i += 1) {
      batches[i].finish();
      await tick();
    }
    await Promise.all(all);
    expect(batches.map((b) => b.names)).toEqual([['a'], ['b', 'd', 'e'], ['c', 'f'], ['g']]);
  });
});
