import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { personalDataHints } from './personal-data-hints.js';
import { PersonalDataHintsRepository } from './personal-data-hints.repository.js';

/** How often a worker looks for statements without hints, and how many it takes at once. */
const POLL_INTERVAL_MS = 1000;
const BATCH_SIZE = 50;

/**
 * Computes the personal-data hints of new statements once, in the background, and stores them
 * in `personal_data_hints` for the moderation queue. Every instance runs one; they share the
 * work like the mail outbox: a batch is claimed with `FOR NO KEY UPDATE SKIP LOCKED`, so two
 * workers never take the same statement, and a statement whose hints are stored is never
 * looked at again. Scanning is linear in the text (personal-data-hints.ts): a batch of the
 * longest statements costs a few milliseconds.
 */
@Injectable()
export class PersonalDataHintsWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('PersonalDataHints');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private shuttingDown = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: PersonalDataHintsRepository,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule();
  }

  async onModuleDestroy(): Promise<void> {
    this.shuttingDown = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
  }

  /** Claims up to `limit` statements without hints and stores theirs; returns how many. */
  async processDue(limit = BATCH_SIZE): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows = await this.repository.claimWithoutHints(manager, limit);
      if (rows.length === 0) return 0;
      await this.repository.store(
        manager,
        rows.map((r) => ({ statementId: r.id, hints: personalDataHints(r.text) })),
      );
      return rows.length;
    });
  }

  private schedule(): void {
    if (this.shuttingDown) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      const run = this.drain();
      this.running = run;
      void run.finally(() => this.schedule());
    }, POLL_INTERVAL_MS);
    this.timer.unref();
  }

  /** Batch after batch while they come back full, so a backlog drains at once. */
  private async drain(): Promise<void> {
    try {
      let done = BATCH_SIZE;
      while (!this.shuttingDown && done === BATCH_SIZE) done = await this.processDue();
    } catch (error: unknown) {
      this.logger.error({ err: error }, 'computing personal-data hints failed; trying again');
    }
  }
}
