import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CURSOR_AT_SQL } from '../../common/keyset-cursor.js';
import type { BBox2D } from '../../geo/geometry.js';
import type { PublicStatementDto } from '../dto/statement.dto.js';

/** Public text: the redacted version where moderation made one. */
const PUBLIC_TEXT = 'coalesce(s.published_text, s.text)';

const box = (bbox: BBox2D) => `(${bbox[0]},${bbox[1]}),(${bbox[2]},${bbox[3]})`;

export interface PublicListRow {
  id: string;
  reference: string;
  hidden: boolean;
  text: string;
  topic: string | null;
  geometry: PublicStatementDto['geometry'];
  received_at: Date;
  cursor_at: string;
  phase_id: string;
}

export interface GeoJsonRow {
  id: string;
  reference: string;
  text: string;
  topic: string | null;
  geometry: unknown;
  received_at: Date;
  cursor_at: string;
}

/** A keyset position to the microsecond (CURSOR_AT_SQL). */
export interface After {
  at: string;
  id: string;
}

/** What the public may read of statements: published ones, and placeholders of rejected ones. */
@Injectable()
export class PublicStatementsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** A page of the list, oldest first; one row more than `limit` says that more follow. */
  list(
    procedureId: string,
    filter: { topic?: string; bbox?: BBox2D; after?: After; limit: number },
  ): Promise<PublicListRow[]> {
    const params: unknown[] = [procedureId];
    const param = (value: unknown) => `$${params.push(value)}`;
    // Rejected statements stay in the list as placeholders: the public sees that something was
    // said and withheld, never what (docs/domain.md#3-moderation).
    const where = [`s.procedure_id = $1`, `s.publication_status IN ('published', 'rejected')`];
    if (filter.topic) where.push(`s.topic = ${param(filter.topic)}`);
    if (filter.bbox) where.push(`s.point <@ ${param(box(filter.bbox))}::box`);
    if (filter.after) {
      where.push(
        `(s.received_at, s.id) > (${param(filter.after.at)}::timestamptz, ${param(filter.after.id)}::uuid)`,
      );
    }
    const limit = param(filter.limit + 1);
    return this.dataSource.query<PublicListRow[]>(
      `SELECT s.id, s.reference, s.publication_status = 'rejected' AS hidden, ${CURSOR_AT_SQL} AS cursor_at,
              CASE WHEN s.publication_status = 'rejected' THEN '' ELSE ${PUBLIC_TEXT} END AS text,
              s.topic, CASE WHEN s.publication_status = 'rejected' THEN NULL ELSE s.geometry END AS geometry,
              s.received_at, s.phase_id
       FROM statements s WHERE ${where.join(' AND ')}
       ORDER BY s.received_at, s.id LIMIT ${limit}`,
      params,
    );
  }

  /** The next `size` published statements after `after`, for the GeoJSON stream. */
  geoJsonBatch(procedureId: string, after: After | null, size: number): Promise<GeoJsonRow[]> {
    return this.dataSource.query<GeoJsonRow[]>(
      `SELECT s.id, s.reference, ${PUBLIC_TEXT} AS text, s.topic, s.geometry, s.received_at,
              ${CURSOR_AT_SQL} AS cursor_at
         FROM statements s
         WHERE s.procedure_id = $1 AND s.publication_status = 'published'
           AND ($2::timestamptz IS NULL OR (s.received_at, s.id) > ($2::timestamptz, $3::uuid))
         ORDER BY s.received_at, s.id LIMIT $4`,
      [procedureId, after?.at ?? null, after?.id ?? null, size],
    );
  }
}
