import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '../config/app-config.js';
import { ProceduresService } from '../procedures/procedures.service.js';
import { ESSEN_DEMO_PROCEDURES } from './essen-demo.js';

/** Seeds the Essen demo into an empty database when SEED_DEMO is on (default: embedded DB). */
@Injectable()
export class SeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Seed');

  constructor(
    private readonly config: AppConfig,
    private readonly procedures: ProceduresService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seedDemo) return;
    if ((await this.procedures.count()) > 0) return;
    for (const procedure of ESSEN_DEMO_PROCEDURES) await this.procedures.create(procedure);
    this.logger.log(`seeded the Essen demo: ${ESSEN_DEMO_PROCEDURES.length} procedures`);
  }
}
