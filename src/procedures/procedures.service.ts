import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AppError } from '../common/errors/app-error.js';
import { areaProblem, boundingBox, intersectsBox, type AreaGeometry } from '../geo/geometry.js';
import { ProcedureDto, ProcedureListDto, ProcedureSummaryDto } from './dto/procedure.dto.js';
import { ListProceduresQuery } from './dto/list-procedures.query.js';
import { Procedure } from './entities/procedure.entity.js';
import {
  PUBLIC_PROCEDURE_STATUSES,
  type ProcedureStatus,
  type ProcedureType,
} from './procedure.types.js';

export interface NewProcedure {
  reference: string;
  title: string;
  type: ProcedureType;
  district: string;
  summary?: string;
  description?: string;
  area: AreaGeometry;
  status?: ProcedureStatus;
}

/** Public procedures are few (hundreds per city), so a list answers all candidates at once. */
const MAX_CANDIDATES = 5000;

@Injectable()
export class ProceduresService {
  constructor(@InjectRepository(Procedure) private readonly procedures: Repository<Procedure>) {}

  /**
   * Published procedures matching the filters. The bounding-box test runs in PostgreSQL on the
   * GiST-indexed `area_box`; the exact intersection with the area then runs here with Turf.
   */
  async listPublic(query: ListProceduresQuery): Promise<ProcedureListDto> {
    const qb = this.procedures
      .createQueryBuilder('p')
      .where('p.status = :status', { status: query.status ?? 'published' });
    if (query.district) qb.andWhere('p.district = :district', { district: query.district });
    if (query.type) qb.andWhere('p.type = :type', { type: query.type });
    if (query.q) {
      qb.andWhere(
        `to_tsvector('german', p.title || ' ' || p.summary || ' ' || p.description) @@ websearch_to_tsquery('german', :q)`,
        { q: query.q },
      );
    }
    if (query.bbox) {
      const [minLon, minLat, maxLon, maxLat] = query.bbox;
      qb.andWhere('p.area_box && box(point(:minLon, :minLat), point(:maxLon, :maxLat))', {
        minLon,
        minLat,
        maxLon,
        maxLat,
      });
    }
    qb.orderBy('p.published_at', 'DESC', 'NULLS LAST')
      .addOrderBy('p.title', 'ASC')
      .take(MAX_CANDIDATES);
    const candidates = await qb.getMany();
    const bbox = query.bbox;
    const matching = bbox ? candidates.filter((p) => intersectsBox(p.area, bbox)) : candidates;
    const offset = query.offset ?? 0;
    const limit = query.limit ?? 200;
    return {
      items: matching.slice(offset, offset + limit).map((p) => ProcedureSummaryDto.from(p)),
      total: matching.length,
    };
  }

  async getPublic(id: string): Promise<ProcedureDto> {
    const procedure = await this.procedures.findOneBy({ id });
    if (
      !procedure ||
      !(PUBLIC_PROCEDURE_STATUSES as readonly string[]).includes(procedure.status)
    ) {
      throw new AppError('PROCEDURE_NOT_FOUND');
    }
    return ProcedureDto.from(procedure);
  }

  /** Creates a procedure; the area is validated and its bounding box derived here, nowhere else. */
  async create(input: NewProcedure): Promise<Procedure> {
    const problem = areaProblem(input.area);
    if (problem) {
      throw AppError.field('GEOMETRY_INVALID', 'area', problem, {
        de: 'Die Fläche ist kein gültiges Polygon oder Multipolygon (WGS84).',
        en: 'The area is not a valid Polygon or MultiPolygon (WGS84).',
      });
    }
    const status = input.status ?? 'draft';
    return this.procedures.save(
      this.procedures.create({
        ...input,
        summary: input.summary ?? '',
        description: input.description ?? '',
        areaBox: boundingBox(input.area),
        status,
        publishedAt: status === 'draft' ? null : new Date(),
      }),
    );
  }

  count(): Promise<number> {
    return this.procedures.count();
  }
}
