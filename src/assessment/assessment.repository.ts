import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CURSOR_AT_SQL } from '../common/keyset-cursor.js';
import { rowsOf } from '../database/rows-of.js';
import { boundingBox } from '../geo/geometry.js';
import type { ProcessingStatus } from '../statements/statement.types.js';
import type { AssessmentResult } from './assessment.types.js';
import type { WorkspaceQuery, WorkspaceStatementDto } from './dto/assessment.dto.js';

export interface AssessmentRow {
  statement_id: string;
  result: AssessmentResult | null;
  response: string;
  assignee_id: string | null;
  group_id: string | null;
  version: number;
  updated_by: string | null;
  updated_at: Date;
}

export interface WorkspaceRow {
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

/** The SQL of assessments (statements, users and groups are read, never written here). */
@Injectable()
export class AssessmentRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Locks the statement and reads its assessment (undefined: no such statement). */
  async lockForAssessment(manager: EntityManager, statementId: string) {
    const [current] = await manager.query<
      (Partial<AssessmentRow> & { procedure_id: string; version: number | null })[]
    >(
      `SELECT s.procedure_id, a.result, a.response, a.version
       FROM statements s LEFT JOIN assessments a ON a.statement_id = s.id
       WHERE s.id = $1 FOR UPDATE OF s`,
      [statementId],
    );
    return current;
  }

  async upsert(
    manager: EntityManager,
    a: {
      statementId: string;
      procedureId: string;
      result: AssessmentResult;
      response: string;
      actorId: string;
    },
  ): Promise<AssessmentRow> {
    const [row] = await manager.query<AssessmentRow[]>(
      `INSERT INTO assessments (statement_id, procedure_id, result, response, version, updated_by, updated_at)
       VALUES ($1, $2, $3, $4, 1, $5, now())
       ON CONFLICT (statement_id) DO UPDATE SET result = EXCLUDED.result, response = EXCLUDED.response,
         version = assessments.version + 1, updated_by = EXCLUDED.updated_by, updated_at = now()
       RETURNING *`,
      [a.statementId, a.procedureId, a.result, a.response, a.actorId],
    );
    return row;
  }

  /**
   * The workspace query with the filters of `query`; the returned function reads the next
   * `size` rows after a keyset position.
   */
  workspacePage(
    procedureId: string,
    query: WorkspaceQuery,
    size: number,
  ): (after: { at: string; id: string } | null) => Promise<WorkspaceRow[]> {
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
    params.push(null, null, size);
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
    return (after) => {
      params[atParam - 1] = after?.at ?? null;
      params[idParam - 1] = after?.id ?? null;
      return this.dataSource.query<WorkspaceRow[]>(sql, params);
    };
  }

  async progress(procedureId: string) {
    const byStatus = await this.dataSource.query<{ key: string; n: string }[]>(
      `SELECT processing_status AS key, count(*) AS n FROM statements WHERE procedure_id = $1 GROUP BY 1`,
      [procedureId],
    );
    const byResult = await this.dataSource.query<{ key: string; n: string }[]>(
      `SELECT a.result AS key, count(*) AS n FROM assessments a
       WHERE a.procedure_id = $1 AND a.result IS NOT NULL GROUP BY 1`,
      [procedureId],
    );
    return { byStatus, byResult };
  }

  async isActivePlanner(userId: string): Promise<boolean> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM users WHERE id = $1 AND active AND 'planner' = ANY(roles)`,
      [userId],
    );
    return rows.length > 0;
  }

  /** Sets the assignee of the procedure's statements among `statementIds`; returns those. */
  async assign(
    manager: EntityManager,
    a: { statementIds: string[]; procedureId: string; assigneeId: string | null; actorId: string },
  ): Promise<{ statement_id: string }[]> {
    return rowsOf<{ statement_id: string }>(
      await manager.query(
        `INSERT INTO assessments (statement_id, procedure_id, assignee_id, updated_by, updated_at)
         SELECT s.id, s.procedure_id, $3, $4, now() FROM statements s
         WHERE s.id = ANY($1::uuid[]) AND s.procedure_id = $2
         ON CONFLICT (statement_id) DO UPDATE SET assignee_id = EXCLUDED.assignee_id
         RETURNING statement_id`,
        [a.statementIds, a.procedureId, a.assigneeId, a.actorId],
      ),
    );
  }
}
