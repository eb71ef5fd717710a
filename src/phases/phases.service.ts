import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { SessionUser } from '../common/session-user.js';
import { AppError } from '../common/errors/app-error.js';
import {
  berlinDate,
  checkAnnouncedEnd,
  compareIsoDates,
  endOfDayBerlin,
  minimumEnd,
  proposedEnd,
  startOfDayBerlin,
  type PhaseKind,
} from './deadlines/index.js';
import type {
  CreatePhaseDto,
  DeadlineProposalDto,
  ExtendPhaseDto,
  PhaseChangeDto,
  PhaseDto,
  UpdatePhaseDto,
} from './dto/phase.dto.js';
import { Phase } from './entities/phase.entity.js';
import { defaultModerationMode, type PhaseState } from './phase.types.js';
import { PhasesRepository, type PhaseWithState } from './phases.repository.js';

const PUBLIC_CHANGES = ['phase.opened', 'phase.extended', 'phase.closed'];

function snapshot(p: Phase): Record<string, unknown> {
  return {
    kind: p.kind,
    title: p.title,
    startDate: p.startDate,
    endDate: p.endDate,
    opensAt: p.opensAt.toISOString(),
    closesAt: p.closesAt.toISOString(),
    moderationMode: p.moderationMode,
    noticePublishedOn: p.noticePublishedOn,
    shortenedReason: p.shortenedReason,
  };
}

@Injectable()
export class PhasesService {
  constructor(
    @InjectRepository(Phase) private readonly phases: Repository<Phase>,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly repository: PhasesRepository,
  ) {}

  proposeDeadline(kind: PhaseKind, startDate: string): DeadlineProposalDto {
    return {
      kind,
      startDate,
      minimumEnd: minimumEnd(kind, startDate),
      proposedEnd: proposedEnd(kind, startDate),
    };
  }

  /** Period rules shared by create and update: order, legal minimum, notice before start. */
  private checkPeriod(
    p: Pick<Phase, 'kind' | 'startDate' | 'endDate' | 'noticePublishedOn' | 'shortenedReason'>,
  ): void {
    if (compareIsoDates(p.endDate, p.startDate) < 0) {
      throw AppError.field('PERIOD_INVALID', 'endDate', 'beforeStart', {
        de: 'Das Ende liegt vor dem Beginn.',
        en: 'The end is before the start.',
      });
    }
    const check = checkAnnouncedEnd(p.kind, p.startDate, p.endDate);
    if (check.shorterThanMinimum && !p.shortenedReason) {
      throw new AppError('PHASE_TOO_SHORT', {
        errors: [
          {
            field: 'endDate',
            code: 'belowLegalMinimum',
            messages: {
              de: `Gesetzliches Mindestende ist der ${check.minimumEnd}. Für ein früheres Ende geben Sie bitte eine Begründung an.`,
              en: `The legal minimum end is ${check.minimumEnd}. An earlier end needs a reason.`,
            },
          },
        ],
        extra: { legalMinimumEnd: check.minimumEnd },
      });
    }
    if (
      p.kind === 'publication' &&
      (!p.noticePublishedOn || compareIsoDates(p.noticePublishedOn, p.startDate) >= 0)
    ) {
      throw AppError.field('NOTICE_REQUIRED', 'noticePublishedOn', 'beforeStart', {
        de: 'Das Datum der Bekanntmachung muss vor dem ersten Tag der Auslegung liegen.',
        en: 'The notice date must be before the first day of the publication.',
      });
    }
  }

  async create(
    actor: SessionUser | null,
    procedureId: string,
    dto: CreatePhaseDto,
  ): Promise<PhaseDto> {
    const draft = this.phases.create({
      procedureId,
      kind: dto.kind,
      title: dto.title ?? '',
      startDate: dto.startDate,
      endDate: dto.endDate,
      opensAt: startOfDayBerlin(dto.startDate),
      closesAt: endOfDayBerlin(dto.endDate),
      moderationMode: dto.moderationMode ?? defaultModerationMode(dto.kind),
      noticePublishedOn: dto.noticePublishedOn ?? null,
      environmentalInformation: dto.environmentalInformation ?? '',
      areaDescription: dto.areaDescription ?? '',
      shortenedReason: dto.shortenedReason ?? null,
      round: null,
    });
    this.checkPeriod(draft);
    const id = await this.dataSource
      .transaction(async (manager) => {
        if (draft.kind === 'republication') {
          draft.round =
            dto.round ?? (await this.repository.countRepublications(manager, procedureId)) + 1;
        }
        const saved = await manager.getRepository(Phase).save(draft);
        await this.audit.record(manager, {
          actor,
          entityType: 'phase',
          entityId: saved.id,
          action: 'phase.created',
          after: snapshot(saved),
          reason: saved.shortenedReason,
        });
        return saved.id;
      })
      .catch((error: unknown) => {
        if (
          error instanceof QueryFailedError &&
          (error.driverError as { code?: string }).code === '23503'
        ) {
          throw new AppError('PROCEDURE_NOT_FOUND');
        }
        throw error;
      });
    return this.get(id);
  }

  private async load(manager: EntityManager, id: string, lock = false): Promise<PhaseWithState> {
    const loaded = await this.repository.load(manager, id, lock);
    if (!loaded) throw new AppError('PHASE_NOT_FOUND');
    return loaded;
  }

  async update(actor: SessionUser, id: string, dto: UpdatePhaseDto): Promise<PhaseDto> {
    await this.dataSource.transaction(async (manager) => {
      const { phase, state } = await this.load(manager, id, true);
      const before = snapshot(phase);
      const changesPeriod =
        dto.startDate !== undefined ||
        dto.endDate !== undefined ||
        dto.noticePublishedOn !== undefined;
      if (changesPeriod && state !== 'upcoming') throw new AppError('PHASE_NOT_UPCOMING');
      Object.assign(
        phase,
        Object.fromEntries(Object.entries(dto).filter(([, v]) => v !== undefined)),
      );
      phase.opensAt = startOfDayBerlin(phase.startDate);
      if (changesPeriod) phase.closesAt = endOfDayBerlin(phase.endDate);
      if (changesPeriod) this.checkPeriod(phase);
      await manager.getRepository(Phase).save(phase);
      await this.audit.record(manager, {
        actor,
        entityType: 'phase',
        entityId: id,
        action: 'phase.updated',
        before,
        after: snapshot(phase),
        reason: dto.shortenedReason ?? null,
      });
    });
    return this.get(id);
  }

  /** Opens an upcoming phase now (database clock); a publication phase still needs its notice first. */
  async open(actor: SessionUser, id: string, reason: string | undefined): Promise<PhaseDto> {
    await this.dataSource.transaction(async (manager) => {
      const { phase, state, now } = await this.load(manager, id, true);
      if (state !== 'upcoming') throw new AppError('PHASE_NOT_UPCOMING');
      const today = berlinDate(now);
      if (
        phase.kind === 'publication' &&
        (!phase.noticePublishedOn || compareIsoDates(phase.noticePublishedOn, today) >= 0)
      ) {
        throw AppError.field('NOTICE_REQUIRED', 'noticePublishedOn', 'beforeStart', {
          de: 'Die Bekanntmachung muss vor dem heutigen Tag erfolgt sein.',
          en: 'The public notice must have been made before today.',
        });
      }
      const before = snapshot(phase);
      await this.repository.openNow(manager, id, today);
      const after = (await this.load(manager, id)).phase;
      await this.audit.record(manager, {
        actor,
        entityType: 'phase',
        entityId: id,
        action: 'phase.opened',
        before,
        after: snapshot(after),
        reason: reason ?? null,
      });
    });
    return this.get(id);
  }

  /** Moves the announced end later; the new end is shown publicly with the reason. */
  async extend(actor: SessionUser, id: string, dto: ExtendPhaseDto): Promise<PhaseDto> {
    await this.dataSource.transaction(async (manager) => {
      const { phase, state } = await this.load(manager, id, true);
      if (state === 'closed') throw new AppError('PHASE_CLOSED');
      if (compareIsoDates(dto.endDate, phase.endDate) <= 0) {
        throw AppError.field('PERIOD_INVALID', 'endDate', 'notLater', {
          de: `Das neue Ende muss nach dem bisherigen Ende (${phase.endDate}) liegen.`,
          en: `The new end must be after the current end (${phase.endDate}).`,
        });
      }
      const before = snapshot(phase);
      phase.endDate = dto.endDate;
      phase.closesAt = endOfDayBerlin(dto.endDate);
      await manager.getRepository(Phase).save(phase);
      await this.audit.record(manager, {
        actor,
        entityType: 'phase',
        entityId: id,
        action: 'phase.extended',
        before,
        after: snapshot(phase),
        reason: dto.reason,
      });
    });
    return this.get(id);
  }

  /** Ends an open phase now (database clock); the reason is shown publicly. */
  async close(actor: SessionUser, id: string, reason: string): Promise<PhaseDto> {
    await this.dataSource.transaction(async (manager) => {
      const { phase, state, now } = await this.load(manager, id, true);
      if (state !== 'open') throw new AppError('PHASE_NOT_OPEN');
      const before = snapshot(phase);
      await this.repository.closeNow(manager, id, berlinDate(now));
      const after = (await this.load(manager, id)).phase;
      await this.audit.record(manager, {
        actor,
        entityType: 'phase',
        entityId: id,
        action: 'phase.closed',
        before,
        after: snapshot(after),
        reason,
      });
    });
    return this.get(id);
  }

  async get(id: string): Promise<PhaseDto> {
    const loaded = await this.load(this.dataSource.manager, id);
    const [dto] = await this.toDtos([loaded]);
    return dto;
  }

  /** All phases of a procedure, oldest first, with state and public change history. */
  async listForProcedure(procedureId: string): Promise<PhaseDto[]> {
    return (await this.listForProcedures([procedureId])).get(procedureId) ?? [];
  }

  /** Phases of several procedures in one query, grouped by procedure. */
  async listForProcedures(procedureIds: string[]): Promise<Map<string, PhaseDto[]>> {
    const grouped = new Map<string, PhaseDto[]>();
    if (procedureIds.length === 0) return grouped;
    const dtos = await this.toDtos(await this.repository.listForProcedures(procedureIds));
    for (const dto of dtos)
      grouped.set(dto.procedureId, [...(grouped.get(dto.procedureId) ?? []), dto]);
    return grouped;
  }

  /** Procedures that have a phase in this state now (database clock). */
  async procedureIdsInState(state: PhaseState): Promise<string[]> {
    return this.repository.procedureIdsInState(state);
  }

  private async toDtos(rows: PhaseWithState[]): Promise<PhaseDto[]> {
    const changes = await this.audit.listFor(
      'phase',
      rows.map((r) => r.phase.id),
      PUBLIC_CHANGES,
    );
    return rows.map(({ phase, state, now }) => {
      const check = checkAnnouncedEnd(phase.kind, phase.startDate, phase.endDate);
      return {
        id: phase.id,
        procedureId: phase.procedureId,
        kind: phase.kind,
        round: phase.round,
        title: phase.title,
        startDate: phase.startDate,
        endDate: phase.endDate,
        opensAt: phase.opensAt.toISOString(),
        closesAt: phase.closesAt.toISOString(),
        state,
        moderationMode: phase.moderationMode,
        notice: {
          publishedOn: phase.noticePublishedOn,
          environmentalInformation: phase.environmentalInformation,
          areaDescription: phase.areaDescription,
        },
        legalMinimumEnd: check.minimumEnd,
        shorterThanMinimum: check.shorterThanMinimum,
        shortenedReason: phase.shortenedReason,
        changes: changes
          .filter((c) => c.entityId === phase.id)
          .map((c): PhaseChangeDto => ({
            at: c.at.toISOString(),
            action: c.action,
            reason: c.reason,
            previousEndDate: (c.before?.endDate as string | undefined) ?? null,
            newEndDate: (c.after?.endDate as string | undefined) ?? null,
          })),
        serverTime: now.toISOString(),
      };
    });
  }
}
