import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PersonalDataHint } from './personal-data-hints.js';

/** The SQL of the stored personal-data hints (table `personal_data_hints`, moderation's own). */
@Injectable()
export class PersonalDataHintsRepository {
  /**
   * Claims up to `limit` statements that have no hints yet, oldest first, skipping those another
   * worker holds (`FOR NO KEY UPDATE SKIP LOCKED`): the statements are only read here.
   */
  claimWithoutHints(
    manager: EntityManager,
    limit: number,
  ): Promise<{ id: string; text: string }[]> {
    return manager.query<{ id: string; text: string }[]>(
      `SELECT s.id, s.text FROM statements s
       WHERE NOT EXISTS (SELECT 1 FROM personal_data_hints h WHERE h.statement_id = s.id)
       ORDER BY s.received_at, s.id
       LIMIT $1
       FOR NO KEY UPDATE OF s SKIP LOCKED`,
      [limit],
    );
  }

  async store(
    manager: EntityManager,
    rows: { statementId: string; hints: PersonalDataHint[] }[],
  ): Promise<void> {
    await manager.query(
      `INSERT INTO personal_data_hints (statement_id, hints)
       SELECT * FROM unnest($1::uuid[], $2::jsonb[])
       ON CONFLICT (statement_id) DO NOTHING`,
      [rows.map((r) => r.statementId), rows.map((r) => JSON.stringify(r.hints))],
    );
  }
}
