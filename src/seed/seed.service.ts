import { randomBytes } from 'node:crypto';
import type { SessionUser } from '../common/session-user.js';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { addDays, berlinDate, proposedEnd } from '../phases/deadlines/index.js';
import { PhasesService } from '../phases/phases.service.js';
import { ProceduresService } from '../procedures/procedures.service.js';
import type { BannerAccount } from '../common/start-banner.js';
import type { Role } from '../common/roles.js';
import { UsersService } from '../users/users.service.js';
import { DemoContent, type DemoTargets } from './demo-content.js';
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
    private readonly content: DemoContent,
  ) {}

  /**
   * Phases relative to today: the publication in Rüttenscheid and the Steele dialogue are open;
   * the early participation of BP-9-19 runs until the demo closes it and publishes its results.
   */
  private async seedPhases(ids: Map<string, string>): Promise<Map<string, string>> {
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
          startDate: addDays(today, -40),
          endDate: addDays(today, 1),
          moderationMode: 'pre' as const,
        },
      },
    ];
    const phaseIds = new Map<string, string>();
    for (const { reference, dto } of plan) {
      const id = ids.get(reference);
      if (id) phaseIds.set(reference, (await this.phases.create(null, id, dto)).id);
    }
    return phaseIds;
  }

  /** Documents, statements in every state and a finished procedure with its results. */
  private async seedContent(
    ids: Map<string, string>,
    phaseIds: Map<string, string>,
    staff: SessionUser[],
  ): Promise<void> {
    const planner = staff.find((u) => u.roles.includes('planner'));
    const moderator = staff.find((u) => u.roles.includes('moderator'));
    if (!planner || !moderator) return;
    const target = (reference: string) => {
      const demo = ESSEN_DEMO_PROCEDURES.find((p) => p.reference === reference);
      return {
        procedureId: ids.get(reference) ?? '',
        phaseId: phaseIds.get(reference) ?? '',
        title: demo?.title ?? '',
        reference,
      };
    };
    const t: DemoTargets = {
      planner,
      moderator,
      publication: target('BP-12-21'),
      finished: target('BP-9-19'),
      origin: this.config.publicUrl ?? `http://localhost:${this.config.port}`,
    };
    await this.content.seed(t);
    await this.phases.close(
      planner,
      t.finished.phaseId,
      'Beteiligung abgeschlossen; der Rat hat entschieden.',
    );
    await this.content.publishResults(t);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seedDemo) return;
    const staff = await this.seedStaff();
    if ((await this.procedures.count()) === 0) {
      const ids = new Map<string, string>();
      // Public well before its first notice: "veröffentlicht am" never follows the notice date.
      const publishedAt = new Date(Date.now() - 60 * 24 * 3600_000);
      for (const procedure of ESSEN_DEMO_PROCEDURES) {
        // An archived procedure is published first: it had its consultation before it closed.
        const status = procedure.status === 'archived' ? 'published' : procedure.status;
        ids.set(
          procedure.reference,
          (await this.procedures.create({ ...procedure, status, publishedAt })).id,
        );
      }
      const phaseIds = await this.seedPhases(ids);
      await this.seedContent(ids, phaseIds, staff);
      const planner = staff.find((u) => u.roles.includes('planner')) ?? null;
      for (const p of ESSEN_DEMO_PROCEDURES.filter((d) => d.status === 'archived')) {
        const id = ids.get(p.reference);
        if (id && planner) await this.procedures.update(planner, id, { status: 'archived' });
      }
      this.logger.log(
        `seeded the Essen demo: ${ESSEN_DEMO_PROCEDURES.length} procedures with phases, documents and statements`,
      );
    }
  }

  /** The demo staff: created on an empty database (passwords for the start banner). */
  private async seedStaff(): Promise<SessionUser[]> {
    const created = (await this.users.count()) === 0;
    this.accounts = [];
    const staff: SessionUser[] = [];
    for (const s of DEMO_STAFF) {
      const password = created ? (this.config.seedDemoPassword ?? generatePassword()) : undefined;
      const user = created
        ? await this.users.create(this.dataSource.manager, { ...s, password, verified: true })
        : await this.users.findByEmail(s.email);
      if (!user) continue;
      staff.push({
        id: user.id,
        email: user.email,
        displayName: user.displayName,
        roles: user.roles,
      });
      // Printed once by main.ts in the start banner, after every log line.
      this.accounts.push({
        email: s.email,
        roles: s.roles,
        password: this.config.seedDemoPassword ? undefined : password,
      });
    }
    if (created)
      this.logger.log(`created ${DEMO_STAFF.length} demo accounts (see the start banner)`);
    return staff;
  }
}
