import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { BBox2D } from '../geo/geometry.js';
import { Procedure } from './entities/procedure.entity.js';
import type { ProcedureStatus, ProcedureType } from './procedure.types.js';

/** The filters of a procedure search that PostgreSQL answers. */
export interface ProcedureCandidateFilter {
  statuses: ProcedureStatus[];
  district?: string;
  type?: ProcedureType;
  q?: string;
  bbox?: BBox2D;
  /** Only these procedures (those with a phase in the asked state); none when undefined. */
  ids?: string[];
  max: number;
}

/** The SQL of the `procedures` table (ADR 0005). */
@Injectable()
export class ProceduresRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Candidates of a search, newest first. The bounding-box test runs on the GiST-indexed
   * `area_box`; the caller checks the exact intersection.
   */
  findCandidates(filter: ProcedureCandidateFilter): Promise<Procedure[]> {
    const qb = this.dataSource
      .getRepository(Procedure)
      .createQueryBuilder('p')
      .where('p.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.district) qb.andWhere('p.district = :district', { district: filter.district });
    if (filter.type) qb.andWhere('p.type = :type', { type: filter.type });
    if (filter.q) {
      // The same expression as the GIN index procedures_search_idx, so the index answers it.
      qb.andWhere(
        `to_tsvector('german', p.title || ' ' || p.summary || ' ' || p.description) @@ websearch_to_tsquery('german', :q)`,
        { q: filter.q },
      );
    }
    if (filter.bbox) {
      const [minLon, minLat, maxLon, maxLat] = filter.bbox;
      qb.andWhere('p.area_box && box(point(:minLon, :minLat), point(:maxLon, :maxLat))', {
        minLon,
        minLat,
        maxLon,
        maxLat,
      });
    }
    if (filter.ids) qb.andWhere('p.id IN (:...ids)', { ids: filter.ids });
    qb.orderBy('p.published_at', 'DESC', 'NULLS LAST')
      .addOrderBy('p.title', 'ASC')
      .take(filter.max);
    return qb.getMany();
  }
}
