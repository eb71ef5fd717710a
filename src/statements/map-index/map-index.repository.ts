import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** A published statement's place on the map: its id and representative point. */
export interface MapPointRow {
  id: string;
  x: number;
  y: number;
}

/** What a click on a single point shows. */
export interface MapExcerptRow {
  id: string;
  reference: string;
  topic: string | null;
  excerpt: string;
  received_at: Date;
}

/** Length of the excerpt a point click shows. */
export const EXCERPT_LENGTH = 200;

/**
 * The map index's reads of the statements module's tables (ADR 0006). The publication version is
 * kept by triggers on `statements` (migration AddStatementMapVersions).
 */
@Injectable()
export class MapIndexRepository {
  constructor(private readonly dataSource: DataSource) {}

  async version(procedureId: string): Promise<number> {
    const [row] = await this.dataSource.query<{ version: string }[]>(
      `SELECT version FROM statement_map_versions WHERE procedure_id = $1`,
      [procedureId],
    );
    return row ? Number(row.version) : 0;
  }

  /**
   * The version and the published points it stands for, read in one snapshot: a point list is
   * never labelled with a version it does not belong to.
   */
  points(
    procedureId: string,
    topic: string | undefined,
  ): Promise<{ version: number; rows: MapPointRow[] }> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const [row] = await manager.query<{ version: string }[]>(
        `SELECT version FROM statement_map_versions WHERE procedure_id = $1`,
        [procedureId],
      );
      const rows = await manager.query<MapPointRow[]>(
        `SELECT s.id, s.point[0] AS x, s.point[1] AS y FROM statements s
         WHERE s.procedure_id = $1 AND s.publication_status = 'published' AND s.point IS NOT NULL
           AND ($2::text IS NULL OR s.topic = $2)
         ORDER BY s.id`,
        [procedureId, topic ?? null],
      );
      return { version: row ? Number(row.version) : 0, rows };
    });
  }

  /** A published statement's excerpt (the redacted text where moderation made one). */
  async excerpt(procedureId: string, statementId: string): Promise<MapExcerptRow | undefined> {
    const [row] = await this.dataSource.query<MapExcerptRow[]>(
      `SELECT s.id, s.reference, s.topic, s.received_at,
              left(coalesce(s.published_text, s.text), ${EXCERPT_LENGTH}) AS excerpt
       FROM statements s
       WHERE s.id = $1 AND s.procedure_id = $2 AND s.publication_status = 'published'`,
      [statementId, procedureId],
    );
    return row;
  }
}
