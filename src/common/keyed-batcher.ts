/** What a batch says about one of its members: its own answer or its own refusal. */
export type Outcome<R> = { ok: true; value: R } | { ok: false; error: unknown };

export interface KeyedBatcherOptions<T> {
  /** At most this many members per batch. */
  maxSize: number;
  /**
   * Members with the same exclusive key never share a batch: the later ones wait for the next
   * one, so that they see what the earlier one left behind (undefined: no such key).
   */
  exclusiveKey?: (item: T) => string | undefined;
}

interface Waiting<T, R> {
  item: T;
  resolve: (value: R) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit in the application: per key (here a procedure), at most one batch runs at a
 * time. Whatever arrives while it runs waits, and when it has finished the next batch takes
 * all that waited (up to maxSize) at once. A lone arrival on an idle key starts at once, so
 * there is no added wait when there is no load.
 *
 * `run` answers each member of a batch in order. If it throws (e.g. the COMMIT failed), every
 * member of that batch fails with that error: none of them is told it succeeded.
 */
export class KeyedBatcher<T, R> {
  private readonly queues = new Map<string, Waiting<T, R>[]>();

  constructor(
    private readonly run: (key: string, items: T[]) => Promise<Outcome<R>[]>,
    private readonly options: KeyedBatcherOptions<T>,
  ) {}

  /** How many wait for the next batch of this key (not counting the one running). */
  waiting(key: string): number {
    return this.queues.get(key)?.length ?? 0;
  }

  submit(key: string, item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      const queue = this.queues.get(key);
      if (queue) {
        // A batch for this key is running; this one waits for the next.
        queue.push({ item, resolve, reject });
        return;
      }
      const started: Waiting<T, R>[] = [{ item, resolve, reject }];
      this.queues.set(key, []);
      void this.drain(key, started);
    });
  }

  /** Runs batches for one key until nobody waits; the key's queue exists exactly while it runs. */
  private async drain(key: string, first: Waiting<T, R>[]): Promise<void> {
    let batch = first;
    while (batch.length > 0) {
      try {
        const outcomes = await this.run(
          key,
          batch.map((w) => w.item),
        );
        batch.forEach((w, i) => {
          const outcome = outcomes[i];
          if (outcome?.ok) w.resolve(outcome.value);
          else w.reject(outcome ? outcome.error : new Error('batch gave no answer'));
        });
      } catch (error) {
        for (const w of batch) w.reject(error);
      }
      batch = this.take(this.queues.get(key) ?? []);
    }
    this.queues.delete(key);
  }

  /** Removes the next batch from the front of the queue, in arrival order. */
  private take(queue: Waiting<T, R>[]): Waiting<T, R>[] {
    const batch: Waiting<T, R>[] = [];
    const keys = new Set<string>();
    for (let i = 0; i < queue.length && batch.length < this.options.maxSize;) {
      const exclusive = this.options.exclusiveKey?.(queue[i].item);
      if (exclusive !== undefined && keys.has(exclusive)) {
        i += 1; // stays queued, in its place, for a later batch
        continue;
      }
      if (exclusive !== undefined) keys.add(exclusive);
      batch.push(...queue.splice(i, 1));
    }
    return batch;
  }
}
