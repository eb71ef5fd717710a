import { Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { AppError } from '../../common/errors/app-error.js';
import { decodeCursor, keysetPage } from '../../common/keyset-cursor.js';
import { ProceduresService } from '../../procedures/procedures.service.js';
import type { ListStatementsQuery, PublicStatementListDto } from '../dto/statement.dto.js';
import { PublicStatementsRepository, type After } from './public-statements.repository.js';

const GEOJSON_BATCH = 1000;

/** What the public sees of a procedure's statements: the list, the map and the GeoJSON. */
@Injectable()
export class PublicStatementsService {
  constructor(
    private readonly repository: PublicStatementsRepository,
    private readonly procedures: ProceduresService,
  ) {}

  private async assertPublicProcedure(procedureId: string): Promise<void> {
    const procedure = await this.procedures.findById(procedureId);
    if (!procedure || (procedure.status !== 'published' && procedure.status !== 'archived')) {
      throw new AppError('PROCEDURE_NOT_FOUND');
    }
  }

  /** Published statements, oldest first, keyset-paginated. */
  async list(procedureId: string, query: ListStatementsQuery): Promise<PublicStatementListDto> {
    await this.assertPublicProcedure(procedureId);
    const limit = query.limit ?? 50;
    const rows = await this.repository.list(procedureId, {
      topic: query.topic,
      bbox: query.bbox,
      after: query.after ? decodeCursor(query.after) : undefined,
      limit,
    });
    const { page, nextCursor } = keysetPage(rows, limit);
    return {
      items: page.map((r) => ({
        id: r.id,
        reference: r.reference,
        hidden: r.hidden,
        text: r.text,
        topic: r.topic,
        geometry: r.geometry,
        receivedAt: new Date(r.received_at).toISOString(),
        phaseId: r.phase_id,
      })),
      nextCursor,
    };
  }

  /** RFC 7946 FeatureCollection of published statements, streamed in batches (constant memory). */
  async streamGeoJson(procedureId: string, response: Response): Promise<void> {
    await this.assertPublicProcedure(procedureId);
    response.setHeader('Content-Type', 'application/geo+json; charset=utf-8');
    response.setHeader('Content-Disposition', 'attachment; filename="stellungnahmen.geojson"');
    response.write('{"type":"FeatureCollection","features":[');
    // The position to the microsecond (CURSOR_AT_SQL): statements numbered in one batch share
    // their receipt time, and a millisecond cursor would send them again.
    let after: After | null = null;
    let first = true;
    for (;;) {
      const rows = await this.repository.geoJsonBatch(procedureId, after, GEOJSON_BATCH);
      if (rows.length === 0) break;
      const chunk = rows
        .map((r) => {
          const json = JSON.stringify({
            type: 'Feature',
            id: r.id,
            geometry: r.geometry,
            properties: {
              reference: r.reference,
              text: r.text,
              topic: r.topic,
              receivedAt: new Date(r.received_at).toISOString(),
            },
          });
          const out = first ? json : `,${json}`;
          first = false;
          return out;
        })
        .join('');
      if (!response.write(chunk)) await new Promise((resolve) => response.once('drain', resolve));
      const last = rows[rows.length - 1];
      after = { at: last.cursor_at, id: last.id };
      if (rows.length < GEOJSON_BATCH) break;
    }
    response.end(']}');
  }
}
