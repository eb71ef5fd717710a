import { Injectable } from '@nestjs/common';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { SessionUser } from '../auth/session-user.js';
import { AppError } from '../common/errors/app-error.js';
import { CURSOR_AT_SQL, decodeCursor, keysetPage } from '../common/keyset-cursor.js';
import { rowsOf } from '../database/rows-of.js';
import { boundingBox, type AreaGeometry } from '../geo/geometry.js';
import type { Procedure } from '../procedures/entities/procedure.entity.js';
import { ProceduresService } from '../procedures/procedures.service.js';
import type { ProcessingStatus } from '../statements/statement.types.js';
import {
  ACKNOWLEDGED_TEXT,
  PUBLIC_NOTICE_MIN_GROUP,
  type AssessmentResult,
} from './assessment.types.js';
import type {
  AssessmentDto,
  AssignDto,
  CountDto,
  DetectGroupsDto,
  ProgressDto,
  PutAssessmentDto,
  PutGroupAssessmentDto,
  ResponseTemplateDto,
  ResponseTemplateInputDto,
  StatementGroupDto,
  StatementGroupListDto,
  WorkspaceListDto,
  WorkspaceQuery,
  WorkspaceStatementDto,
} from './dto/assessment.dto.js';
import { ResponseTemplate } from './entities/response-template.entity.js';
import { xBeteiligungResult } from './xbeteiligung.js';

interface AssessmentRow {
  statement_id: string;
  result: AssessmentResult | null;
  response: string;
  assignee_id: string | null;
  group_id: string | null;
  version: number;
  updated_by: string | null;
  updated_at: Date;
}

interface WorkspaceRow {
  id: string;
  reference: string;
  phase_id: string;
  text: string;
  published_text: string | null;
  topic: string | null;
  geometry: WorkspaceStatementDto['geometry'];
  x: number | null;
  y: number | null;
  received_at: Date;
  cursor_at: string;
  channel: WorkspaceStatementDto['channel'];
  late: boolean;
  processing_status: ProcessingStatus;
  publication_status: WorkspaceStatementDto['publicationStatus'];
  rejection_reason: string | null;
  submitter_type: 'anonymous' | 'named';
  result: AssessmentResult | null;
  response: string | null;
  assignee_id: string | null;
  group_id: string | null;
  group_size: number | null;
  version: number | null;
}

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
      const [current] = await manager.query<
        (Partial<AssessmentRow> & { procedure_id: string; version: number | null })[]
      >(
        `SELECT s.procedure_id, a.result, a.response, a.version
         FROM statements s LEFT JOIN assessments a ON a.statement_id = s.id
         WHERE s.id = $1 FOR UPDATE OF s`,
        [statementId],
      );
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
      const [row] = await manager.query<AssessmentRow[]>(
        `INSERT INTO assessments (statement_id, procedure_id, result, response, version, updated_by, updated_at)
         VALUES ($1, $2, $3, $4, 1, $5, now())
         ON CONFLICT (statement_id) DO UPDATE SET result = EXCLUDED.result, response = EXCLUDED.response,
           version = assessments.version + 1, updated_by = EXCLUDED.updated_by, updated_at = now()
         RETURNING *`,
        [statementId, current.procedure_id, dto.result, response, actor.id],
      );
      // A changed result is communicated again: the statement goes back to `assessed`.
      await manager.query(`UPDATE statements SET processing_status = 'assessed' WHERE id = $1`, [
        statementId,
      ]);
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
    const params: unknown[] = [procedureId];
    const where = ['s.procedure_id = $1'];
    const add = (sql: (p: string) => string, value: unknown) => {
      params.push(value);
      where.push(sql(`$${params.length}`));
    };
    if (query.phaseId) add((p) => `s.phase_id = ${p}`, query.phaseId);
    if (query.topic) add((p) => `s.topic = ${p}`, query.topic);
    if (query.processingStatus) add((p) => `s.processing_status = ${p}`, query.processingStatus);
    if (query.publicationStatus) add((p) => `s.publication_status = ${p}`, query.publicationStatus);
    if (query.late !== undefined) add((p) => `s.late = ${p}`, query.late);
    if (query.groupId) add((p) => `a.group_id = ${p}`, query.groupId);
    if (query.assignee === 'none') where.push('a.assignee_id IS NULL');
    else if (query.assignee) add((p) => `a.assignee_id = ${p}`, query.assignee);
    const boxes = [query.bbox, query.area ? boundingBox(query.area) : undefined];
    for (const box of boxes) {
      if (box) add((p) => `s.point <@ ${p}::box`, `(${box[0]},${box[1]}),(${box[2]},${box[3]})`);
    }
    let after = query.after ? decodeCursor(query.after) : null;
    params.push(null, null, query.area ? AREA_BATCH : limit + 1);
    const [atParam, idParam, limitParam] = [params.length - 2, params.length - 1, params.length];
    where.push(
      `($${atParam}::timestamptz IS NULL OR (s.received_at, s.id) > ($${atParam}::timestamptz, $${idParam}::uuid))`,
    );
    const sql = `SELECT s.id, s.reference, s.phase_id, s.text, s.published_text, s.topic, s.geometry,
              s.point[0] AS x, s.point[1] AS y, s.received_at, ${CURSOR_AT_SQL} AS cursor_at, s.channel, s.late, s.processing_status,
              s.publication_status, s.rejection_reason, s.submitter_type,
              a.result, a.response, a.assignee_id, a.group_id, g.size AS group_size, a.version
       FROM statements s
       LEFT JOIN assessments a ON a.statement_id = s.id
       LEFT JOIN statement_groups g ON g.id = a.group_id
       WHERE ${where.join(' AND ')}
       ORDER BY s.received_at, s.id LIMIT $${limitParam}`;
    const matches: WorkspaceRow[] = [];
    // With an area the box query over-selects; the exact check (Turf) may need more batches.
    for (;;) {
      params[atParam - 1] = after?.at ?? null;
      params[idParam - 1] = after?.id ?? null;
      const rows = await this.dataSource.query<WorkspaceRow[]>(sql, params);
      matches.push(...(query.area ? rows.filter((r) => inArea(r, query.area!)) : rows));
      const last = rows[rows.length - 1];
      if (!query.area || rows.length < AREA_BATCH || matches.length > limit || !last) break;
      after = { at: last.cursor_at, id: last.id };
    }
    const { page, nextCursor } = keysetPage(matches, limit);
    return {
      items: page.map(toWorkspaceItem),
      nextCursor,
    };
  }

  async progress(procedureId: string): Promise<ProgressDto> {
    await this.procedure(procedureId);
    const byStatus = await this.dataSource.query<{ key: string; n: string }[]>(
      `SELECT processing_status AS key, count(*) AS n FROM statements WHERE procedure_id = $1 GROUP BY 1`,
      [procedureId],
    );
    const byResult = await this.dataSource.query<{ key: string; n: string }[]>(
      `SELECT a.result AS key, count(*) AS n FROM assessments a
       WHERE a.procedure_id = $1 AND a.result IS NOT NULL GROUP BY 1`,
      [procedureId],
    );
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
      const [planner] = await this.dataSource.query<{ id: string }[]>(
        `SELECT id FROM users WHERE id = $1 AND active AND 'planner' = ANY(roles)`,
        [dto.assigneeId],
      );
      if (!planner) {
        throw AppError.field('ASSIGNEE_INVALID', 'assigneeId', 'notPlanner', {
          de: 'Diese Person hat keine Planungsrolle.',
          en: 'This user does not hold the planner role.',
        });
      }
    }
    return this.dataSource.transaction(async (manager) => {
      const rows = rowsOf<{ statement_id: string }>(
        await manager.query(
          `INSERT INTO assessments (statement_id, procedure_id, assignee_id, updated_by, updated_at)
           SELECT s.id, s.procedure_id, $3, $4, now() FROM statements s
           WHERE s.id = ANY($1::uuid[]) AND s.procedure_id = $2
           ON CONFLICT (statement_id) DO UPDATE SET assignee_id = EXCLUDED.assignee_id
           RETURNING statement_id`,
          [dto.statementIds, procedureId, dto.assigneeId, actor.id],
        ),
      );
      if (rows.length !== new Set(dto.statementIds).size) {
        throw AppError.field('STATEMENT_NOT_FOUND', 'statementIds', 'notInProcedure', {
          de: 'Mindestens eine Stellungnahme gehört nicht zu diesem Verfahren.',
          en: 'At least one statement does not belong to this procedure.',
        });
      }
      if (dto.assigneeId) {
        await manager.query(
          `UPDATE statements SET processing_status = 'in_review'
           WHERE id = ANY($1::uuid[]) AND processing_status = 'received'`,
          [dto.statementIds],
        );
      }
      return { updated: rows.length };
    });
  }

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

  /** DOMAIN.md §2: more than 50 essentially identical statements may be answered by a notice. */
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
}

function assertTopic(procedure: Procedure, topic: string | null | undefined): void {
  if (topic && !procedure.topics.includes(topic)) {
    throw AppError.field('VALIDATION_FAILED', 'topic', 'isIn', {
      de: `Erlaubt sind: ${procedure.topics.join(', ') || '(keine Themen)'}.`,
      en: `Allowed values: ${procedure.topics.join(', ') || '(no topics)'}.`,
    });
  }
}

const templateDto = (t: ResponseTemplate): ResponseTemplateDto => ({
  id: t.id,
  procedureId: t.procedureId,
  title: t.title,
  topic: t.topic,
  result: t.result,
  text: t.text,
  updatedAt: t.updatedAt.toISOString(),
});

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
