import { Injectable } from '@nestjs/common';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { SessionUser } from '../common/session-user.js';
import { AppError } from '../common/errors/app-error.js';
import { decodeCursor, keysetPage } from '../common/keyset-cursor.js';
import type { AreaGeometry } from '../geo/geometry.js';
import type { Procedure } from '../procedures/entities/procedure.entity.js';
import { ProceduresService } from '../procedures/procedures.service.js';
import type { ProcessingStatus } from '../statements/statement.types.js';
import { ACKNOWLEDGED_TEXT, type AssessmentResult } from './assessment.types.js';
import type {
  AssessmentDto,
  AssignDto,
  CountDto,
  ProgressDto,
  PutAssessmentDto,
  WorkspaceListDto,
  WorkspaceQuery,
  WorkspaceStatementDto,
} from './dto/assessment.dto.js';
import { xBeteiligungResult } from './xbeteiligung.js';
import {
  AssessmentRepository,
  type AssessmentRow,
  type WorkspaceRow,
} from './assessment.repository.js';
import { StatementsService } from '../statements/statements.service.js';

/** Rows read per round trip when the exact area check has to throw some away. */
const AREA_BATCH = 500;

/** The response a result gets: the planner's text, or the standard one for `acknowledged`. */
export function responseFor(result: AssessmentResult, response: string | undefined): string {
  const text = response?.trim() ?? '';
  if (text.length > 0) return text;
  if (result === 'acknowledged') return ACKNOWLEDGED_TEXT;
  throw AppError.field('VALIDATION_FAILED', 'response', 'isNotEmpty', {
    de: 'Bitte begründen Sie das Ergebnis der Abwägung.',
    en: 'Please give the reasons for the result.',
  });
}

/**
 * The Abwägung: every statement of a procedure (published or not, late, recorded by staff) is
 * assessed by the planning office. Moderation's decisions never hide a statement here.
 */
@Injectable()
export class AssessmentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly procedures: ProceduresService,
    private readonly audit: AuditService,
    private readonly repository: AssessmentRepository,
    private readonly statements: StatementsService,
  ) {}

  async procedure(procedureId: string): Promise<Procedure> {
    const procedure = await this.procedures.findById(procedureId);
    if (!procedure) throw new AppError('PROCEDURE_NOT_FOUND');
    return procedure;
  }

  async put(
    actor: SessionUser,
    statementId: string,
    dto: PutAssessmentDto,
  ): Promise<AssessmentDto> {
    const response = responseFor(dto.result, dto.response);
    return this.dataSource.transaction(async (manager) => {
      const current = await this.repository.lockForAssessment(manager, statementId);
      if (!current) throw new AppError('STATEMENT_NOT_FOUND');
      const version = current.version ?? 0;
      if (version !== dto.expectedVersion) {
        throw new AppError('CONFLICT', {
          detail: {
            de: 'Eine andere Person hat diese Abwägung inzwischen geändert.',
            en: 'Someone else has changed this assessment in the meantime.',
          },
          extra: {
            current: { result: current.result ?? null, response: current.response ?? '', version },
          },
        });
      }
      const row = await this.repository.upsert(manager, {
        statementId,
        procedureId: current.procedure_id,
        result: dto.result,
        response,
        actorId: actor.id,
      });
      // A changed result is communicated again: the statement goes back to `assessed`.
      await this.statements.markProcessing(manager, [statementId], 'assessed');
      await this.audit.record(manager, {
        actor,
        entityType: 'statement',
        entityId: statementId,
        action: 'assessment.put',
        before: current.result ? { result: current.result, response: current.response } : null,
        after: { result: row.result, response: row.response },
      });
      return toAssessmentDto(row, 'assessed');
    });
  }

  async workspace(procedureId: string, query: WorkspaceQuery): Promise<WorkspaceListDto> {
    await this.procedure(procedureId);
    const limit = query.limit ?? 50;
    const page = this.repository.workspacePage(
      procedureId,
      query,
      query.area ? AREA_BATCH : limit + 1,
    );
    let after = query.after ? decodeCursor(query.after) : null;
    const matches: WorkspaceRow[] = [];
    // With an area the box query over-selects; the exact check (Turf) may need more batches.
    for (;;) {
      const rows = await page(after);
      matches.push(...(query.area ? rows.filter((r) => inArea(r, query.area!)) : rows));
      const last = rows[rows.length - 1];
      if (!query.area || rows.length < AREA_BATCH || matches.length > limit || !last) break;
      after = { at: last.cursor_at, id: last.id };
    }
    const { page: items, nextCursor } = keysetPage(matches, limit);
    return {
      items: items.map(toWorkspaceItem),
      nextCursor,
    };
  }

  async progress(procedureId: string): Promise<ProgressDto> {
    await this.procedure(procedureId);
    const { byStatus, byResult } = await this.repository.progress(procedureId);
    const record = (rows: { key: string; n: string }[]) =>
      Object.fromEntries(rows.map((r) => [r.key, Number(r.n)]));
    const statuses = record(byStatus);
    return {
      assessed: (statuses.assessed ?? 0) + (statuses.result_sent ?? 0),
      total: Object.values(statuses).reduce((n, v) => n + v, 0),
      byProcessingStatus: statuses,
      byResult: record(byResult),
    };
  }

  /** Assigns statements to a planner (or nobody); a received statement moves to in_review. */
  async assign(actor: SessionUser, procedureId: string, dto: AssignDto): Promise<CountDto> {
    await this.procedure(procedureId);
    if (dto.assigneeId) {
      if (!(await this.repository.isActivePlanner(dto.assigneeId))) {
        throw AppError.field('ASSIGNEE_INVALID', 'assigneeId', 'notPlanner', {
          de: 'Diese Person hat keine Planungsrolle.',
          en: 'This user does not hold the planner role.',
        });
      }
    }
    return this.dataSource.transaction(async (manager) => {
      const rows = await this.repository.assign(manager, {
        statementIds: dto.statementIds,
        procedureId,
        assigneeId: dto.assigneeId,
        actorId: actor.id,
      });
      if (rows.length !== new Set(dto.statementIds).size) {
        throw AppError.field('STATEMENT_NOT_FOUND', 'statementIds', 'notInProcedure', {
          de: 'Mindestens eine Stellungnahme gehört nicht zu diesem Verfahren.',
          en: 'At least one statement does not belong to this procedure.',
        });
      }
      if (dto.assigneeId) {
        await this.statements.markProcessing(manager, dto.statementIds, 'in_review', ['received']);
      }
      return { updated: rows.length };
    });
  }
}

function inArea(row: WorkspaceRow, area: AreaGeometry): boolean {
  return row.x !== null && row.y !== null && booleanPointInPolygon([row.x, row.y], area);
}

function toAssessmentDto(row: AssessmentRow, processingStatus: ProcessingStatus): AssessmentDto {
  return {
    statementId: row.statement_id,
    result: row.result,
    resultCode: row.result ? xBeteiligungResult(row.result) : null,
    response: row.response,
    assigneeId: row.assignee_id,
    groupId: row.group_id,
    version: row.version,
    updatedBy: row.updated_by,
    updatedAt: new Date(row.updated_at).toISOString(),
    processingStatus,
  };
}

function toWorkspaceItem(r: WorkspaceRow): WorkspaceStatementDto {
  return {
    id: r.id,
    reference: r.reference,
    phaseId: r.phase_id,
    text: r.text,
    publishedText: r.published_text,
    topic: r.topic,
    geometry: r.geometry,
    receivedAt: new Date(r.received_at).toISOString(),
    channel: r.channel,
    late: r.late,
    processingStatus: r.processing_status,
    publicationStatus: r.publication_status,
    rejectionReason: r.rejection_reason,
    submitterType: r.submitter_type,
    result: r.result,
    response: r.response ?? '',
    assigneeId: r.assignee_id,
    groupId: r.group_id,
    groupSize: r.group_size ?? 1,
    version: r.version ?? 0,
  };
}
