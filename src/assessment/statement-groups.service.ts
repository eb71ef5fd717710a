import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { SessionUser } from '../common/session-user.js';
import { AppError } from '../common/errors/app-error.js';
import { StatementsService } from '../statements/statements.service.js';
import { AssessmentService, responseFor } from './assessment.service.js';
import { PUBLIC_NOTICE_MIN_GROUP } from './assessment.types.js';
import type {
  CountDto,
  DetectGroupsDto,
  PutGroupAssessmentDto,
  StatementGroupDto,
  StatementGroupListDto,
} from './dto/assessment.dto.js';
import { StatementGroupsRepository } from './statement-groups.repository.js';

/**
 * Connected components of the "essentially identical" relation: a mass submission whose texts
 * drift a little from copy to copy is still one group.
 */
export function groupPairs(pairs: [string, string][]): string[][] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    let node = x;
    while (node !== root) {
      const next = parent.get(node)!;
      parent.set(node, root);
      node = next;
    }
    return root;
  };
  for (const [a, b] of pairs) {
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(rb, ra);
  }
  const groups = new Map<string, string[]>();
  for (const node of parent.keys()) {
    const root = find(node);
    groups.set(root, [...(groups.get(root) ?? []), node]);
  }
  return [...groups.values()];
}

/** Mass submissions: groups of near-identical statements, answered together. */
@Injectable()
export class StatementGroupsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: StatementGroupsRepository,
    private readonly assessment: AssessmentService,
    private readonly statements: StatementsService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Finds mass submissions: pairs of statements whose pg_trgm similarity reaches the
   * threshold, joined into groups. Replaces the procedure's earlier grouping.
   */
  async detect(procedureId: string, dto: DetectGroupsDto): Promise<StatementGroupListDto> {
    await this.assessment.procedure(procedureId);
    const threshold = dto.threshold ?? 0.8;
    await this.dataSource.transaction(async (manager) => {
      const pairs = await this.repository.similarPairs(manager, procedureId, threshold);
      await this.repository.clear(manager, procedureId);
      for (const members of groupPairs(pairs)) {
        await this.repository.insert(manager, procedureId, members);
      }
    });
    return this.list(procedureId);
  }

  async list(procedureId: string): Promise<StatementGroupListDto> {
    await this.assessment.procedure(procedureId);
    const rows = await this.repository.list(procedureId);
    return {
      items: rows.map((r): StatementGroupDto => ({
        id: r.id,
        size: r.size,
        leadStatementId: r.lead_statement_id,
        leadReference: r.reference,
        excerpt: r.excerpt,
        assessed: Number(r.assessed),
        publicNotice: r.public_notice,
      })),
    };
  }

  /** One response for every member of a group of near-identical statements. */
  async put(actor: SessionUser, groupId: string, dto: PutGroupAssessmentDto): Promise<CountDto> {
    const response = responseFor(dto.result, dto.response);
    return this.dataSource.transaction(async (manager) => {
      await this.lock(manager, groupId);
      const members = await this.repository.assessMembers(manager, groupId, {
        result: dto.result,
        response,
        actorId: actor.id,
      });
      await this.statements.markProcessing(manager, members, 'assessed');
      await this.audit.record(manager, {
        actor,
        entityType: 'statement_group',
        entityId: groupId,
        action: 'assessment.put_group',
        after: { result: dto.result, response, statements: members.length },
      });
      return { updated: members.length };
    });
  }

  /** docs/domain.md#2-statements-two-independent-states: more than 50 essentially identical statements may be answered by a notice. */
  async setPublicNotice(
    actor: SessionUser,
    groupId: string,
    publicNotice: boolean,
  ): Promise<StatementGroupDto> {
    const procedureId = await this.dataSource.transaction(async (manager) => {
      const group = await this.lock(manager, groupId);
      if (publicNotice && group.size < PUBLIC_NOTICE_MIN_GROUP) {
        throw AppError.field('GROUP_TOO_SMALL_FOR_NOTICE', 'publicNotice', 'groupTooSmall', {
          de: `Die Gruppe hat ${group.size} Stellungnahmen; nötig sind mehr als 50.`,
          en: `The group has ${group.size} statements; more than 50 are needed.`,
        });
      }
      await this.repository.setPublicNotice(manager, groupId, publicNotice);
      await this.audit.record(manager, {
        actor,
        entityType: 'statement_group',
        entityId: groupId,
        action: 'assessment.public_notice',
        after: { publicNotice, size: group.size },
      });
      return group.procedure_id;
    });
    const { items } = await this.list(procedureId);
    return items.find((g) => g.id === groupId)!;
  }

  private async lock(manager: EntityManager, groupId: string) {
    const group = await this.repository.lock(manager, groupId);
    if (!group) throw new AppError('STATEMENT_GROUP_NOT_FOUND');
    return group;
  }
}
