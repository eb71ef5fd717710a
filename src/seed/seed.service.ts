import { randomBytes } from 'node:crypto';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { addDays, berlinDate, proposedEnd } from '../phases/deadlines/index.js';
import { PhasesService } from '../phases/phases.service.js';
import { ProceduresService } from '../procedures/procedures.service.js';
import type { BannerAccount } from '../common/start-banner.js';
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
  /** The demo accounts for the start banner (with passwords only when made at this start). */
  accounts: BannerAccount[] | null = null;

  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly procedures: ProceduresService,
    private readonly phases: PhasesService,
    private readonly users: UsersService,
  ) {}

  /** Phases relative to today: the publication in Rüttenscheid and the Steele dialogue are open. */
  private async seedPhases(ids: Map<string, string>): Promise<void> {
    const today = berlinDate(new Date());
    const start = addDays(today, -10);
    const plan = [
      {
        reference: 'BP-12-21',
        dto: {
          kind: 'publication' as const,
          title: 'Öffentliche Auslegung (§ 3 Abs. 2 BauGB)',
          startDate: start,
          endDate: proposedEnd('publication', start),
          noticePublishedOn: addDays(start, -7),
          environmentalInformation:
            'Umweltbericht; Artenschutzrechtlicher Fachbeitrag; Schalltechnische Untersuchung; Stellungnahmen der Unteren Naturschutzbehörde.',
          areaDescription:
            'Zwischen Rüttenscheider Straße, Klarastraße und Witteringstraße im Stadtteil Rüttenscheid.',
        },
      },
      {
        reference: 'INF-1-26',
        dto: {
          kind: 'informal' as const,
          title: 'Ideen für die Ortsmitte',
          startDate: start,
          endDate: addDays(today, 20),
        },
      },
      {
        reference: 'BP-3-24',
        dto: {
          kind: 'early_public' as const,
          title: 'Frühzeitige Beteiligung (§ 3 Abs. 1 BauGB)',
          startDate: addDays(today, 14),
          endDate: addDays(today, 44),
        },
      },
      {
        reference: 'BP-9-19',
        dto: {
          kind: 'early_public' as const,
          title: 'Frühzeitige Beteiligung',
          startDate: '2020-03-02',
          endDate: '2020-04-03',
        },
      },
    ];
    for (const { reference, dto } of plan) {
      const id = ids.get(reference);
      if (id) await this.phases.create(null, id, dto);
    }
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seedDemo) return;
    if ((await this.procedures.count()) === 0) {
      const ids = new Map<string, string>();
      for (const procedure of ESSEN_DEMO_PROCEDURES) {
        ids.set(procedure.reference, (await this.procedures.create(procedure)).id);
      }
      await this.seedPhases(ids);
      this.logger.log(
        `seeded the Essen demo: ${ESSEN_DEMO_PROCEDURES.length} procedures with phases`,
      );
    }
    if ((await this.users.count()) === 0) {
      this.accounts = [];
      for (const staff of DEMO_STAFF) {
        const password = this.config.seedDemoPassword ?? generatePassword();
        await this.users.create(this.dataSource.manager, { ...staff, password, verified: true });
        // Printed once by main.ts in the start banner, after every log line.
        this.accounts.push({
          email: staff.email,
          roles: staff.roles,
          password: this.config.seedDemoPassword ? undefined : password,
        });
      }
      this.logger.log(`created ${DEMO_STAFF.length} demo accounts (see the start banner)`);
    } else {
      this.accounts = [];
      for (const staff of DEMO_STAFF) {
        if (await this.users.findByEmail(staff.email))
          this.accounts.push({ email: staff.email, roles: staff.roles });
      }
    }
  }
}
