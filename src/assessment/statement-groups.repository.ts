import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { rowsOf } from '../database/rows-of.js';
import type { AssessmentResult } from './assessment.types.js';

export interface GroupRow {
  id: string;
  size: number;
  lead_statement_id: string;
  reference: string;
  excerpt: string;
  public_notice: boolean;
  assessed: string;
}

/** The SQL of groups of near-identical statements (statement_groups, their assessments). */
@Injectable()
export class StatementGroupsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Pairs of the procedure's statements whose pg_trgm similarity reaches the threshold. `%`
   * uses the trigram index; the threshold it applies is this transaction's setting.
   */
  async similarPairs(
    manager: EntityManager,
    procedureId: string,
    threshold: number,
  ): Promise<[string, string][]> {
    await manager.query(`SELECT set_config('pg_trgm.similarity_threshold', $1, true)`, [
      String(threshold),
    ]);
    const pairs = await manager.query<{ a: string; b: string }[]>(
      `SELECT a.id AS a, b.id AS b FROM statements a
       JOIN statements b ON b.procedure_id = a.procedure_id AND a.id < b.id AND a.text % b.text
       WHERE a.procedure_id = $1 AND similarity(a.text, b.text) >= $2`,
      [procedureId, threshold],
    );
    return pairs.map((p) => [p.a, p.b]);
  }

  /** Forgets the procedure's grouping. */
  async clear(manager: EntityManager, procedureId: string): Promise<void> {
    await manager.query(`UPDATE assessments SET group_id = NULL WHERE procedure_id = $1`, [
      procedureId,
    ]);
    await manager.query(`DELETE FROM statement_groups WHERE procedure_id = $1`, [procedureId]);
  }

  /** A group led by its earliest statement; its members' assessments name it. */
  async insert(manager: EntityManager, procedureId: string, members: string[]): Promise<void> {
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

  list(procedureId: string): Promise<GroupRow[]> {
    return this.dataSource.query<GroupRow[]>(
      `SELECT g.id, g.size, g.lead_statement_id, s.reference, left(s.text, 300) AS excerpt, g.public_notice,
              (SELECT count(*) FROM assessments a WHERE a.group_id = g.id AND a.result IS NOT NULL) AS assessed
       FROM statement_groups g JOIN statements s ON s.id = g.lead_statement_id
       WHERE g.procedure_id = $1 ORDER BY g.size DESC, s.received_at`,
      [procedureId],
    );
  }

  async lock(
    manager: EntityManager,
    groupId: string,
  ): Promise<{ size: number; procedure_id: string } | undefined> {
    const [group] = await manager.query<{ size: number; procedure_id: string }[]>(
      `SELECT size, procedure_id FROM statement_groups WHERE id = $1 FOR UPDATE`,
      [groupId],
    );
    return group;
  }

  /** One result and response for every member; returns the members' statement ids. */
  async assessMembers(
    manager: EntityManager,
    groupId: string,
    change: { result: AssessmentResult; response: string; actorId: string },
  ): Promise<string[]> {
    const rows = rowsOf<{ statement_id: string }>(
      await manager.query(
        `UPDATE assessments SET result = $2, response = $3, version = version + 1, updated_by = $4, updated_at = now()
         WHERE group_id = $1 RETURNING statement_id`,
        [groupId, change.result, change.response, change.actorId],
      ),
    );
    return rows.map((r) => r.statement_id);
  }

  async setPublicNotice(
    manager: EntityManager,
    groupId: string,
    publicNotice: boolean,
  ): Promise<void> {
    await manager.query(`UPDATE statement_groups SET public_notice = $2 WHERE id = $1`, [
      groupId,
      publicNotice,
    ]);
  }
}
