import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, QueryFailedError, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { SessionUser } from '../common/session-user.js';
import { AppError } from '../common/errors/app-error.js';
import { AppConfig } from '../config/app-config.js';
import { areaProblem, boundingBox, intersectsBox, type AreaGeometry } from '../geo/geometry.js';
import { PhasesService } from '../phases/phases.service.js';
import { DocumentsService } from './documents.service.js';
import type { CreateProcedureDto, UpdateProcedureDto } from './dto/edit-procedure.dto.js';
import { ListProceduresQuery, PlanningProceduresQuery } from './dto/list-procedures.query.js';
import {
  pickCurrentPhase,
  ProcedureDto,
  ProcedureListDto,
  ProcedureSummaryDto,
} from './dto/procedure.dto.js';
import { Procedure } from './entities/procedure.entity.js';
import {
  PUBLIC_PROCEDURE_STATUSES,
  type ProcedureStatus,
  type ProcedureType,
} from './procedure.types.js';
import { ProceduresRepository } from './procedures.repository.js';

export interface NewProcedure {
  topics?: string[];
  reference: string;
  title: string;
  type: ProcedureType;
  district: string;
  summary?: string;
  description?: string;
  area: AreaGeometry;
  status?: ProcedureStatus;
  /** When it went public; defaults to now (the demo seed dates it before its notices). */
  publishedAt?: Date;
}

/** Public procedures are few (hundreds per city), so a list answers all candidates at once. */
const MAX_CANDIDATES = 5000;

/** Allowed status changes: a published procedure never returns to draft. */
const TRANSITIONS: Record<ProcedureStatus, ProcedureStatus[]> = {
  draft: ['published'],
  published: ['archived'],
  archived: ['published'],
};

function auditSnapshot(p: Procedure): Record<string, unknown> {
  return {
    reference: p.reference,
    title: p.title,
    type: p.type,
    district: p.district,
    status: p.status,
    bbox: p.areaBox,
  };
}

@Injectable()
export class ProceduresService {
  constructor(
    @InjectRepository(Procedure) private readonly procedures: Repository<Procedure>,
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly phases: PhasesService,
    private readonly documents: DocumentsService,
    private readonly audit: AuditService,
    private readonly repository: ProceduresRepository,
  ) {}

  /**
   * Procedures matching the filters. The bounding-box test runs in PostgreSQL on the
   * GiST-indexed `area_box`; the exact intersection with the area then runs here with Turf.
   */
  private async search(
    query: Omit<ListProceduresQuery, 'status'>,
    statuses: ProcedureStatus[],
  ): Promise<ProcedureListDto> {
    let ids: string[] | undefined;
    if (query.phase) {
      ids = await this.phases.procedureIdsInState(query.phase);
      if (ids.length === 0) return { items: [], total: 0 };
    }
    const candidates = await this.repository.findCandidates({
      statuses,
      district: query.district,
      type: query.type,
      q: query.q,
      bbox: query.bbox,
      ids,
      max: MAX_CANDIDATES,
    });
    const bbox = query.bbox;
    const matching = bbox ? candidates.filter((p) => intersectsBox(p.area, bbox)) : candidates;
    const offset = query.offset ?? 0;
    const limit = query.limit ?? 200;
    const page = matching.slice(offset, offset + limit);
    const phases = await this.phases.listForProcedures(page.map((p) => p.id));
    return {
      items: page.map((p) => ProcedureSummaryDto.from(p, pickCurrentPhase(phases.get(p.id) ?? []))),
      total: matching.length,
    };
  }

  listPublic(query: ListProceduresQuery): Promise<ProcedureListDto> {
    return this.search(query, [query.status ?? 'published']);
  }

  /** The planning office sees every procedure, drafts included. */
  listForPlanning(query: PlanningProceduresQuery): Promise<ProcedureListDto> {
    return this.search(query, query.status ? [query.status] : ['draft', 'published', 'archived']);
  }

  private async detail(procedure: Procedure): Promise<ProcedureDto> {
    const [phases, documents] = await Promise.all([
      this.phases.listForProcedure(procedure.id),
      this.documents.listFor([procedure.id]),
    ]);
    return ProcedureDto.detail(procedure, phases, documents.get(procedure.id) ?? []);
  }

  async getPublic(id: string): Promise<ProcedureDto> {
    const procedure = await this.procedures.findOneBy({ id });
    if (
      !procedure ||
      !(PUBLIC_PROCEDURE_STATUSES as readonly string[]).includes(procedure.status)
    ) {
      throw new AppError('PROCEDURE_NOT_FOUND');
    }
    return this.detail(procedure);
  }

  async getForPlanning(id: string): Promise<ProcedureDto> {
    const procedure = await this.procedures.findOneBy({ id });
    if (!procedure) throw new AppError('PROCEDURE_NOT_FOUND');
    return this.detail(procedure);
  }

  /** The area must be a valid (Multi)Polygon inside the city's box; checked here, nowhere else. */
  private checkArea(area: unknown): asserts area is AreaGeometry {
    const problem = areaProblem(area);
    if (problem) {
      throw AppError.field('GEOMETRY_INVALID', 'area', problem, {
        de: 'Die Fläche ist kein gültiges Polygon oder Multipolygon (WGS84).',
        en: 'The area is not a valid Polygon or MultiPolygon (WGS84).',
      });
    }
    const [minLon, minLat, maxLon, maxLat] = boundingBox(area as AreaGeometry);
    const [cMinLon, cMinLat, cMaxLon, cMaxLat] = this.config.cityBbox;
    if (minLon < cMinLon || minLat < cMinLat || maxLon > cMaxLon || maxLat > cMaxLat) {
      throw AppError.field('GEOMETRY_OUTSIDE_CITY', 'area', 'outsideCity', {
        de: 'Die Fläche muss vollständig im Stadtgebiet liegen.',
        en: 'The area must lie entirely within the city.',
      });
    }
  }

  /** Creates a procedure (seed, tests, planners); the bounding box is derived from the area. */
  async create(input: NewProcedure, actor: SessionUser | null = null): Promise<Procedure> {
    this.checkArea(input.area);
    const status = input.status ?? 'draft';
    return this.dataSource
      .transaction(async (manager) => {
        const repo = manager.getRepository(Procedure);
        const saved = await repo.save(
          repo.create({
            ...input,
            summary: input.summary ?? '',
            topics: input.topics ?? [],
            description: input.description ?? '',
            areaBox: boundingBox(input.area),
            status,
            publishedAt: status === 'draft' ? null : (input.publishedAt ?? new Date()),
          }),
        );
        await this.audit.record(manager, {
          actor,
          entityType: 'procedure',
          entityId: saved.id,
          action: 'procedure.created',
          after: auditSnapshot(saved),
        });
        return saved;
      })
      .catch((error: unknown) => {
        if (
          error instanceof QueryFailedError &&
          (error.driverError as { code?: string }).code === '23505'
        ) {
          throw AppError.field('CONFLICT', 'reference', 'unique', {
            de: 'Ein Verfahren mit diesem Aktenzeichen gibt es schon.',
            en: 'A procedure with this reference already exists.',
          });
        }
        throw error;
      });
  }

  async createForPlanner(actor: SessionUser, dto: CreateProcedureDto): Promise<ProcedureDto> {
    const saved = await this.create({ ...dto, status: 'draft' }, actor);
    return this.detail(saved);
  }

  async update(actor: SessionUser, id: string, dto: UpdateProcedureDto): Promise<ProcedureDto> {
    const saved = await this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(Procedure);
      const procedure = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!procedure) throw new AppError('PROCEDURE_NOT_FOUND');
      const before = auditSnapshot(procedure);
      if (dto.status && dto.status !== procedure.status) {
        if (!TRANSITIONS[procedure.status].includes(dto.status)) {
          throw AppError.field('STATUS_TRANSITION_INVALID', 'status', 'transition', {
            de: `Von „${procedure.status}“ nach „${dto.status}“ ist kein Wechsel möglich.`,
            en: `Cannot change from "${procedure.status}" to "${dto.status}".`,
          });
        }
        if (dto.status === 'published') procedure.publishedAt ??= new Date();
      }
      if (dto.area) {
        this.checkArea(dto.area);
        procedure.areaBox = boundingBox(dto.area);
      }
      Object.assign(
        procedure,
        Object.fromEntries(Object.entries(dto).filter(([, v]) => v !== undefined)),
      );
      const result = await repo.save(procedure);
      await this.audit.record(manager, {
        actor,
        entityType: 'procedure',
        entityId: id,
        action:
          dto.status && dto.status !== before.status
            ? `procedure.${dto.status}`
            : 'procedure.updated',
        before,
        after: auditSnapshot(result),
      });
      return result;
    });
    return this.detail(saved);
  }

  count(): Promise<number> {
    return this.procedures.count();
  }

  /** The procedure record, for modules that check statements against its area and topics. */
  findById(id: string): Promise<Procedure | null> {
    return this.procedures.findOneBy({ id });
  }
}
