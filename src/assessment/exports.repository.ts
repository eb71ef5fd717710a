import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CURSOR_AT_SQL } from '../common/keyset-cursor.js';
import type { ExportRow } from './export-columns.js';

/** The SQL of the exports: statements, submitters and groups are only read here. */
@Injectable()
export class ExportsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async countStatements(procedureId: string): Promise<number> {
    const [{ total }] = await this.dataSource.query<{ total: number }[]>(
      `SELECT count(*)::int AS total FROM statements WHERE procedure_id = $1`,
      [procedureId],
    );
    return total;
  }

  /** One keyset batch of the export's rows in (received_at, id) order, after `after`. */
  batch(
    procedureId: string,
    options: { named: boolean; withGeometry: boolean; limit: number },
    after: { at: string; id: string } | null,
  ): Promise<(ExportRow & { cursor_at: string })[]> {
    const { named, withGeometry, limit } = options;
    return this.dataSource.query(
      `SELECT s.id, s.reference, ph.title AS phase_title, s.received_at, ${CURSOR_AT_SQL} AS cursor_at, s.channel, s.late, s.topic,
                s.text, ${named ? '' : 's.published_text,'}
                s.point[0] AS x, s.point[1] AS y, ${withGeometry ? 's.geometry' : 'NULL AS geometry'},
                s.publication_status, s.processing_status, a.result, a.response, a.group_id,
                coalesce(g.size, 1) AS signatories
                ${named ? ', s.submitter_type, sub.name, sub.organisation, sub.street, sub.postcode, sub.city, sub.email' : ''}
         FROM statements s
         JOIN phases ph ON ph.id = s.phase_id
         LEFT JOIN assessments a ON a.statement_id = s.id
         LEFT JOIN statement_groups g ON g.id = a.group_id
         ${named ? 'LEFT JOIN statement_submitters sub ON sub.statement_id = s.id' : ''}
         WHERE s.procedure_id = $1
           AND ($2::timestamptz IS NULL OR (s.received_at, s.id) > ($2::timestamptz, $3::uuid))
         ORDER BY s.received_at, s.id LIMIT ${limit}`,
      [procedureId, after?.at ?? null, after?.id ?? null],
    );
  }

  /** Located statements summed on a grid of `cell` degrees, for the report's map. */
  gridPoints(procedureId: string, cell: number): Promise<{ x: number; y: number; n: number }[]> {
    return this.dataSource.query(
      `SELECT avg(point[0]) AS x, avg(point[1]) AS y, count(*)::int AS n FROM statements
       WHERE procedure_id = $1 AND point IS NOT NULL
       GROUP BY floor(point[0] / $2::float8), floor(point[1] / $2::float8)`,
      [procedureId, cell],
    );
  }

  /** The table numbers and places of the first `limit` located statements. */
  numberedPoints(
    procedureId: string,
    limit: number,
  ): Promise<{ n: number; x: number; y: number }[]> {
    return this.dataSource.query(
      `SELECT n, x, y FROM (
         SELECT row_number() OVER (ORDER BY received_at, id)::int AS n, point[0] AS x, point[1] AS y
         FROM statements WHERE procedure_id = $1) q
       WHERE x IS NOT NULL ORDER BY n LIMIT ${limit}`,
      [procedureId],
    );
  }

  countByResult(procedureId: string): Promise<{ key: string | null; n: number }[]> {
    return this.dataSource.query(
      `SELECT a.result AS key, count(*)::int AS n FROM statements s
       LEFT JOIN assessments a ON a.statement_id = s.id WHERE s.procedure_id = $1 GROUP BY 1`,
      [procedureId],
    );
  }

  largestGroups(procedureId: string): Promise<{ reference: string; size: number }[]> {
    return this.dataSource.query(
      `SELECT s.reference, g.size FROM statement_groups g JOIN statements s ON s.id = g.lead_statement_id
       WHERE g.procedure_id = $1 ORDER BY g.size DESC LIMIT 20`,
      [procedureId],
    );
  }
}
