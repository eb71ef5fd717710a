import { Injectable } from '@nestjs/common';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { SessionUser } from '../common/session-user.js';
import { AppError } from '../common/errors/app-error.js';
import { decodeCursor, keysetPage } from '../common/keyset-cursor.js';
import type { AreaGeometry } from '../geo/geometry.js';
import type { Procedure } from '../procedures/entities/procedure.entity.js';
import { ProceduresService } from '../procedures/procedures.service.js';
import type { ProcessingStatus } from '../statements/statement.types.js';
import { ACKNOWLEDGED_TEXT, type AssessmentResult } from './assessment.types.js';
import type {
  AssessmentDto,
  AssignDto,
  CountDto,
  ProgressDto,
  PutAssessmentDto,
  WorkspaceListDto,
  WorkspaceQuery,
  WorkspaceStatementDto,
} from './dto/assessment.dto.js';
import { xBeteiligungResult } from './xbeteiligung.js';
import {
  AssessmentRepository,
  type AssessmentRow,
  type WorkspaceRow,
} from './assessment.repository.js';
import { StatementsService } from '../statements/statements.service.js';

/** Rows read per round trip when the exact area check has to throw some away. */
const AREA_BATCH = 500;

/** The response a result gets: the planner's text, or the standard one for `acknowledged`. */
export function responseFor(result: AssessmentResult, response: string | undefined): string {
  const text = response?.trim() ?? '';
  if (text.length > 0) return text;
  if (result === 'acknowledged') return ACKNOWLEDGED_TEXT;
  throw AppError.field('VALIDATION_FAILED', 'response', 'isNotEmpty', {
    de: 'Bitte begründen Sie das Ergebnis der Abwägung.',
    en: 'Please give the reasons for the result.',
  });
}

/**
 * The Abwägung: every statement of a procedure (published or not, late, recorded by staff) is
 * assessed by the planning office. Moderation's decisions never hide a statement here.
 */
@Injectable()
export class AssessmentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly procedures: ProceduresService,
    private readonly audit: AuditService,
    private readonly repository: AssessmentRepository,
    private readonly statements: StatementsService,
  ) {}

  async procedure(procedureId: string): Promise<Procedure> {
    const procedure = await this.procedures.findById(procedureId);
    if (!procedure) throw new AppError('PROCEDURE_NOT_FOUND');
    return procedure;
  }

  async put(
    actor: SessionUser,
    statementId: string,
    dto: PutAssessmentDto,
  ): Promise<AssessmentDto> {
    const response = responseFor(dto.result, dto.response);
    return this.dataSource.transaction(async (manager) => {
      const current = await this.repository.lockForAssessment(manager, statementId);
      if (!current) throw new AppError('STATEMENT_NOT_FOUND');
      const version = current.version ?? 0;
      if (version !== dto.expectedVersion) {
        throw new AppError('CONFLICT', {
          detail: {
            de: 'Eine andere Person hat diese Abwägung inzwischen geändert.',
            en: 'Someone else has changed this assessment in the meantime.',
          },
          extra: {
            current: { result: current.result ?? null, response: current.response ?? '', version },
          },
        });
      }
      const row = await this.repository.upsert(manager, {
        statementId,
        procedureId: current.procedure_id,
        result: dto.result,
        response,
        actorId: actor.id,
      });
      // A changed result is communicated again: the statement goes back to `assessed`.
      await this.statements.markProcessing(manager, [statementId], 'assessed');
      await this.audit.record(manager, {
        actor,
        entityType: 'statement',
        entityId: statementId,
        action: 'assessment.put',
        before: current.result ? { result: current.result, response: current.response } : null,
        after: { result: row.result, response: row.response },
      });
      return toAssessmentDto(row, 'assessed');
    });
  }

  async workspace(procedureId: string, query: WorkspaceQuery): Promise<WorkspaceListDto> {
    await this.procedure(procedureId);
    const limit = query.limit ?? 50;
    const page = this.repository.workspacePage(
      procedureId,
      query,
      query.area ? AREA_BATCH : limit + 1,
    );
    let after = query.after ? decodeCursor(query.after) : null;
    const matches: WorkspaceRow[] = [];
    // With an area the box query over-selects; the exact check (Turf) may need more batches.
    for (;;) {
      const rows = await page(after);
      matches.push(...(query.area ? rows.filter((r) => inArea(r, query.area!)) : rows));
      const last = rows[rows.length - 1];
      if (!query.area || rows.length < AREA_BATCH || matches.length > limit || !last) break;
      after = { at: last.cursor_at, id: last.id };
    }
    const { page: items, nextCursor } = keysetPage(matches, limit);
    return {
      items: items.map(toWorkspaceItem),
      nextCursor,
    };
  }

  async progress(procedureId: string): Promise<ProgressDto> {
    await this.procedure(procedureId);
    const { byStatus, byResult } = await this.repository.progress(procedureId);
    const record = (rows: { key: string; n: string }[]) =>
      Object.fromEntries(rows.map((r) => [r.key, Number(r.n)]));
    const statuses = record(byStatus);
    return {
      assessed: (statuses.assessed ?? 0) + (statuses.result_sent ?? 0),
      total: Object.values(statuses).reduce((n, v) => n + v, 0),
      byProcessingStatus: statuses,
      byResult: record(byResult),
    };
  }

  /** Assigns statements to a planner (or nobody); a received statement moves to in_review. */
  async assign(actor: SessionUser, procedureId: string, dto: AssignDto): Promise<CountDto> {
    await this.procedure(procedureId);
    if (dto.assigneeId) {
      if (!(await this.repository.isActivePlanner(dto.assigneeId))) {
        throw AppError.field('ASSIGNEE_INVALID', 'assigneeId', 'notPlanner', {
          de: 'Diese Person hat keine Planungsrolle.',
          en: 'This user does not hold the planner role.',
        });
      }
    }
    return this.dataSource.transaction(async (manager) => {
      const rows = await this.repository.assign(manager, {
        statementIds: dto.statementIds,
        procedureId,
        assigneeId: dto.assigneeId,
        actorId: actor.id,
      });
      if (rows.length !== new Set(dto.statementIds).size) {
        throw AppError.field('STATEMENT_NOT_FOUND', 'statementIds', 'notInProcedure', {
          de: 'Mindestens eine Stellungnahme gehört nicht zu diesem Verfahren.',
          en: 'At least one statement does not belong to this procedure.',
        });
      }
      if (dto.assigneeId) {
        await this.statements.markProcessing(manager, dto.statementIds, 'in_review', ['received']);
      }
      return { updated: rows.length };
    });
  }
<<<<<<< HEAD
=======

  /**
   * Finds mass submissions: pairs of statements whose pg_trgm similarity reaches the
   * threshold, joined into groups. Replaces the procedure's earlier grouping.
   */
  async detectGroups(procedureId: string, dto: DetectGroupsDto): Promise<StatementGroupListDto> {
    await this.procedure(procedureId);
    const threshold = dto.threshold ?? 0.8;
    await this.dataSource.transaction(async (manager) => {
      // `%` uses the trigram index; the threshold it applies is this transaction's setting.
      await manager.query(`SELECT set_config('pg_trgm.similarity_threshold', $1, true)`, [
        String(threshold),
      ]);
      const pairs = await manager.query<{ a: string; b: string }[]>(
        `SELECT a.id AS a, b.id AS b FROM statements a
         JOIN statements b ON b.procedure_id = a.procedure_id AND a.id < b.id AND a.text % b.text
         WHERE a.procedure_id = $1 AND similarity(a.text, b.text) >= $2`,
        [procedureId, threshold],
      );
      await manager.query(`UPDATE assessments SET group_id = NULL WHERE procedure_id = $1`, [
        procedureId,
      ]);
      await manager.query(`DELETE FROM statement_groups WHERE procedure_id = $1`, [procedureId]);
      for (const members of groupPairs(pairs.map((p) => [p.a, p.b]))) {
        const [group] = rowsOf<{ id: string }>(
          await manager.query(
            `INSERT INTO statement_groups (procedure_id, lead_statement_id, size)
             SELECT $1, (SELECT id FROM statements WHERE id = ANY($2::uuid[]) ORDER BY received_at, id LIMIT 1), $3
             RETURNING id`,
            [procedureId, members, members.length],
          ),
        );
        await manager.query(
          `INSERT INTO assessments (statement_id, procedure_id, group_id, updated_at)
           SELECT id, procedure_id, $2, now() FROM statements WHERE id = ANY($1::uuid[])
           ON CONFLICT (statement_id) DO UPDATE SET group_id = EXCLUDED.group_id`,
          [members, group.id],
        );
      }
    });
    return this.groups(procedureId);
  }

  async groups(procedureId: string): Promise<StatementGroupListDto> {
    await this.procedure(procedureId);
    const rows = await this.dataSource.query<
      {
        id: string;
        size: number;
        lead_statement_id: string;
        reference: string;
        excerpt: string;
        public_notice: boolean;
        assessed: string;
      }[]
    >(
      `SELECT g.id, g.size, g.lead_statement_id, s.reference, left(s.text, 300) AS excerpt, g.public_notice,
              (SELECT count(*) FROM assessments a WHERE a.group_id = g.id AND a.result IS NOT NULL) AS assessed
       FROM statement_groups g JOIN statements s ON s.id = g.lead_statement_id
       WHERE g.procedure_id = $1 ORDER BY g.size DESC, s.received_at`,
      [procedureId],
    );
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
  async putGroup(
    actor: SessionUser,
    groupId: string,
    dto: PutGroupAssessmentDto,
  ): Promise<CountDto> {
    const response = responseFor(dto.result, dto.response);
    return this.dataSource.transaction(async (manager) => {
      await this.lockGroup(manager, groupId);
      const rows = rowsOf<{ statement_id: string }>(
        await manager.query(
          `UPDATE assessments SET result = $2, response = $3, version = version + 1, updated_by = $4, updated_at = now()
           WHERE group_id = $1 RETURNING statement_id`,
          [groupId, dto.result, response, actor.id],
        ),
      );
      await manager.query(
        `UPDATE statements SET processing_status = 'assessed'
         WHERE id IN (SELECT statement_id FROM assessments WHERE group_id = $1)`,
        [groupId],
      );
      await this.audit.record(manager, {
        actor,
        entityType: 'statement_group',
        entityId: groupId,
        action: 'assessment.put_group',
        after: { result: dto.result, response, statements: rows.length },
      });
      return { updated: rows.length };
    });
  }

  /** docs/domain.md#2-statements-two-independent-states: more than 50 essentially identical statements may be answered by a notice. */
  async setPublicNotice(
    actor: SessionUser,
    groupId: string,
    publicNotice: boolean,
  ): Promise<StatementGroupDto> {
    const procedureId = await this.dataSource.transaction(async (manager) => {
      const group = await this.lockGroup(manager, groupId);
      if (publicNotice && group.size < PUBLIC_NOTICE_MIN_GROUP) {
        throw AppError.field('GROUP_TOO_SMALL_FOR_NOTICE', 'publicNotice', 'groupTooSmall', {
          de: `Die Gruppe hat ${group.size} Stellungnahmen; nötig sind mehr als 50.`,
          en: `The group has ${group.size} statements; more than 50 are needed.`,
        });
      }
      await manager.query(`UPDATE statement_groups SET public_notice = $2 WHERE id = $1`, [
        groupId,
        publicNotice,
      ]);
      await this.audit.record(manager, {
        actor,
        entityType: 'statement_group',
        entityId: groupId,
        action: 'assessment.public_notice',
        after: { publicNotice, size: group.size },
      });
      return group.procedure_id;
    });
    const { items } = await this.groups(procedureId);
    return items.find((g) => g.id === groupId)!;
  }

  private async lockGroup(
    manager: EntityManager,
    groupId: string,
  ): Promise<{ size: number; procedure_id: string }> {
    const [group] = await manager.query<{ size: number; procedure_id: string }[]>(
      `SELECT size, procedure_id FROM statement_groups WHERE id = $1 FOR UPDATE`,
      [groupId],
    );
    if (!group) throw new AppError('STATEMENT_GROUP_NOT_FOUND');
    return group;
  }

  async templates(procedureId: string, topic: string | undefined): Promise<ResponseTemplateDto[]> {
    await this.procedure(procedureId);
    const rows = await this.dataSource.getRepository(ResponseTemplate).find({
      where: topic
        ? [
            { procedureId, topic },
            { procedureId, topic: IsNull() },
          ]
        : { procedureId },
      order: { title: 'ASC' },
    });
    return rows.map(templateDto);
  }

  async createTemplate(
    procedureId: string,
    dto: ResponseTemplateInputDto,
  ): Promise<ResponseTemplateDto> {
    const procedure = await this.procedure(procedureId);
    assertTopic(procedure, dto.topic);
    const repo = this.dataSource.getRepository(ResponseTemplate);
    const saved = await repo.save(
      repo.create({
        procedureId,
        title: dto.title,
        topic: dto.topic ?? null,
        result: dto.result,
        text: dto.text,
      }),
    );
    return templateDto(saved);
  }

  async updateTemplate(id: string, dto: ResponseTemplateInputDto): Promise<ResponseTemplateDto> {
    const repo = this.dataSource.getRepository(ResponseTemplate);
    const template = await repo.findOneBy({ id });
    if (!template) throw new AppError('RESPONSE_TEMPLATE_NOT_FOUND');
    assertTopic(await this.procedure(template.procedureId), dto.topic);
    Object.assign(template, {
      title: dto.title,
      topic: dto.topic ?? null,
      result: dto.result,
      text: dto.text,
    });
    return templateDto(await repo.save(template));
  }

  async deleteTemplate(id: string): Promise<void> {
    const result = await this.dataSource.getRepository(ResponseTemplate).delete({ id });
    if (!result.affected) throw new AppError('RESPONSE_TEMPLATE_NOT_FOUND');
  }
>>>>>>> aa60356 (docs(domain): the legal and data-protection rules the code implements live in docs/domain.md; code comments point to its sections)
}

function inArea(row: WorkspaceRow, area: AreaGeometry): boolean {
  return row.x !== null && row.y !== null && booleanPointInPolygon([row.x, row.y], area);
}

function toAssessmentDto(row: AssessmentRow, processingStatus: ProcessingStatus): AssessmentDto {
  return {
    statementId: row.statement_id,
    result: row.result,
    resultCode: row.result ? xBeteiligungResult(row.result) : null,
    response: row.response,
    assigneeId: row.assignee_id,
    groupId: row.group_id,
    version: row.version,
    updatedBy: row.updated_by,
    updatedAt: new Date(row.updated_at).toISOString(),
    processingStatus,
  };
}

function toWorkspaceItem(r: WorkspaceRow): WorkspaceStatementDto {
  return {
    id: r.id,
    reference: r.reference,
    phaseId: r.phase_id,
    text: r.text,
    publishedText: r.published_text,
    topic: r.topic,
    geometry: r.geometry,
    receivedAt: new Date(r.received_at).toISOString(),
    channel: r.channel,
    late: r.late,
    processingStatus: r.processing_status,
    publicationStatus: r.publication_status,
    rejectionReason: r.rejection_reason,
    submitterType: r.submitter_type,
    result: r.result,
    response: r.response ?? '',
    assigneeId: r.assignee_id,
    groupId: r.group_id,
    groupSize: r.group_size ?? 1,
    version: r.version ?? 0,
  };
}
