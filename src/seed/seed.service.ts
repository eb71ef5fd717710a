import { randomBytes } from 'node:crypto';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { ProceduresService } from '../procedures/procedures.service.js';
import type { Role } from '../users/roles.js';
import { UsersService } from '../users/users.service.js';
import { ESSEN_DEMO_PROCEDURES } from './essen-demo.js';

export const DEMO_STAFF: { email: string; displayName: string; roles: Role[] }[] = [
  {
    email: 'planung@mitplanen.example',
    displayName: 'Stadtplanungsamt (Demo)',
    roles: ['planner'],
  },
  { email: 'moderation@mitplanen.example', displayName: 'Moderation (Demo)', roles: ['moderator'] },
  { email: 'admin@mitplanen.example', displayName: 'Administration (Demo)', roles: ['admin'] },
];

/** A password that is easy to type from a terminal and hard to guess (~100 bits). */
export function generatePassword(): string {
  return randomBytes(15)
    .toString('base64url')
    .replace(/(.{5})(?!$)/g, '$1-');
}

/**
 * Seeds the Essen demo into an empty database when SEED_DEMO is on (default: embedded DB):
 * procedures, and staff accounts whose generated passwords are printed once, at this start.
 */
@Injectable()
export class SeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Seed');

  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly procedures: ProceduresService,
    private readonly users: UsersService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seedDemo) return;
    if ((await this.procedures.count()) === 0) {
      for (const procedure of ESSEN_DEMO_PROCEDURES) await this.procedures.create(procedure);
      this.logger.log(`seeded the Essen demo: ${ESSEN_DEMO_PROCEDURES.length} procedures`);
    }
    if ((await this.users.count()) === 0) {
      const lines: string[] = [];
      for (const staff of DEMO_STAFF) {
        const password = this.config.seedDemoPassword ?? generatePassword();
        await this.users.create(this.dataSource.manager, { ...staff, password, verified: true });
        lines.push(`    ${staff.roles.join(',').padEnd(10)} ${staff.email.padEnd(32)} ${password}`);
      }
      process.stdout.write(
        `\n  Demo accounts (passwords are shown only now / Passwörter werden nur jetzt angezeigt):\n${lines.join('\n')}\n`,
      );
    }
  }
}
