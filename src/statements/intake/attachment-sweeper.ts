import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { AppConfig } from '../../config/app-config.js';
import { FileStorage } from '../../storage/file-storage.js';
import { IntakeRepository } from './intake.repository.js';

const SWEEP_INTERVAL_MS = 10 * 60 * 1000;
const BATCH = 200;

/**
 * A recurring job: attachments uploaded but never claimed by a statement within
 * ATTACHMENT_UNCLAIMED_HOURS are deleted, file and row, so abandoned uploads do not fill the disk.
 */
@Injectable()
export class AttachmentSweeper implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('AttachmentSweeper');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly config: AppConfig,
    private readonly repository: IntakeRepository,
    private readonly storage: FileStorage,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.running = this.sweep().catch((error: unknown) =>
        this.logger.warn(`sweep failed: ${String(error)}`),
      );
    }, SWEEP_INTERVAL_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Deletes every unclaimed attachment past its time, batch by batch; returns how many. */
  async sweep(): Promise<number> {
    let total = 0;
    for (;;) {
      const swept = await this.repository.sweepUnclaimed(
        this.config.statements.attachmentUnclaimedHours,
        BATCH,
        async (keys) => {
          for (const key of keys) await this.storage.remove(key);
        },
      );
      total += swept;
      if (swept < BATCH) break;
    }
    if (total > 0) this.logger.log(`deleted ${total} unclaimed attachments`);
    return total;
  }
}
