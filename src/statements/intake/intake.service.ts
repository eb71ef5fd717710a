import { randomUUID } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { SessionUser } from '../../common/session-user.js';
import { AppError } from '../../common/errors/app-error.js';
import { AppConfig } from '../../config/app-config.js';
import { withinArea } from '../../geo/statement-geometry.js';
import { MailTemplates } from '../../notifications/mail-templates.js';
import { detectDocumentType } from '../../procedures/documents.service.js';
import { FileStorage } from '../../storage/file-storage.js';
import { fileStructureProblem } from '../../storage/file-structure.js';
import type { AttachmentDto, ReceiptDto } from '../dto/statement.dto.js';
import type { IntakeStatementDto, SubmitStatementDto } from '../dto/submit-statement.dto.js';
import { RECEIPT_MAIL, receiptMail } from '../receipts/receipt-mail.js';
import { idempotencyClaim, sha256, type SubmitResult } from './idempotency.js';
import { IntakeRepository } from './intake.repository.js';
import { StatementBatcher, type Submission } from './statement-batcher.js';

export type { SubmitResult } from './idempotency.js';

/**
 * Intake: a statement submitted on the platform or recorded by staff, and its attachments.
 * The checks that need no lock run here; numbering waits for the procedure's next batch
 * (StatementBatcher).
 */
@Injectable()
export class IntakeService implements OnModuleInit {
  constructor(
    private readonly config: AppConfig,
    private readonly repository: IntakeRepository,
    private readonly batcher: StatementBatcher,
    private readonly storage: FileStorage,
    private readonly mailTemplates: MailTemplates,
  ) {}

  onModuleInit(): void {
    this.mailTemplates.register(RECEIPT_MAIL, receiptMail);
  }

  /**
   * Submits a statement in one transaction (shared with the other submissions to the same
   * procedure that arrived meanwhile, see StatementBatcher): the idempotency key is claimed,
   * the next reference number taken, and the row inserted only if the phase is open by the
   * database clock at that moment (no check-then-insert race). A refusal rolls its part back,
   * so references stay gapless and a retry with the same key is answered exactly as before.
   */
  async submit(
    phaseId: string,
    dto: SubmitStatementDto,
    idempotencyKey: string | undefined,
    user: SessionUser | undefined,
    origin: string,
  ): Promise<SubmitResult> {
    return this.record(
      {
        phaseId,
        text: dto.text,
        geometry: dto.geometry,
        topic: dto.topic,
        submitter: dto.submitter,
        attachmentIds: dto.attachmentIds ?? [],
        userId: user?.id ?? null,
        channel: 'platform',
      },
      idempotencyKey ? idempotencyClaim(phaseId, idempotencyKey, dto) : undefined,
      origin,
    );
  }

  /** Staff record a statement that arrived otherwise; late ones are kept and marked, never refused. */
  async intake(
    actor: SessionUser,
    procedureId: string,
    dto: IntakeStatementDto,
    origin: string,
  ): Promise<ReceiptDto> {
    if ((await this.repository.procedureOfPhase(dto.phaseId)) !== procedureId) {
      throw AppError.field('PHASE_NOT_FOUND', 'phaseId', 'notInProcedure', {
        de: 'Diese Phase gehört nicht zu diesem Verfahren.',
        en: 'This phase does not belong to this procedure.',
      });
    }
    const result = await this.record(
      {
        phaseId: dto.phaseId,
        text: dto.text,
        geometry: dto.geometry,
        topic: dto.topic,
        submitter: dto.submitter,
        attachmentIds: dto.attachmentIds ?? [],
        userId: null,
        channel: dto.channel,
        receivedAt: new Date(dto.receivedAt),
        recordedBy: actor.id,
      },
      undefined,
      origin,
    );
    return result.body;
  }

  private async record(
    input: Submission,
    idempotency: { key: string; hash: string } | undefined,
    origin: string,
  ): Promise<SubmitResult> {
    const procedure = await this.prepare(input);
    // Everything that needs no lock is done; the numbering waits for this procedure's next batch.
    return this.batcher.submit({ input, idempotency, origin, procedure });
  }

  /** The phase and its procedure, with the checks that need no lock: text, topic, geometry. */
  private async prepare(input: Submission) {
    if (input.text.trim().length === 0) {
      throw AppError.field('VALIDATION_FAILED', 'text', 'isNotEmpty', {
        de: 'Bitte schreiben Sie Ihre Stellungnahme.',
        en: 'Please write your statement.',
      });
    }
    const max = this.config.statements.maxChars;
    if (input.text.length > max) {
      throw AppError.field('VALIDATION_FAILED', 'text', 'maxLength', {
        de: `Höchstens ${max} Zeichen; Ihr Text hat ${input.text.length}. Längere Ausführungen können Sie als PDF anhängen.`,
        en: `At most ${max} characters; your text has ${input.text.length}. Attach longer texts as a PDF.`,
      });
    }
    if (input.attachmentIds.length > this.config.statements.attachmentMaxCount) {
      throw AppError.field('VALIDATION_FAILED', 'attachmentIds', 'arrayMaxSize', {
        de: `Höchstens ${this.config.statements.attachmentMaxCount} Anhänge.`,
        en: `At most ${this.config.statements.attachmentMaxCount} attachments.`,
      });
    }
    const procedure = await this.repository.phaseTarget(input.phaseId);
    if (!procedure) throw new AppError('PHASE_NOT_FOUND');
    if (input.topic && !procedure.topics.includes(input.topic)) {
      throw AppError.field('VALIDATION_FAILED', 'topic', 'isIn', {
        de: `Erlaubt sind: ${procedure.topics.join(', ') || '(keine Themen)'}.`,
        en: `Allowed values: ${procedure.topics.join(', ') || '(no topics)'}.`,
      });
    }
    const buffer = this.config.statements.areaBufferM;
    if (input.geometry && !withinArea(input.geometry, procedure.area, buffer)) {
      throw AppError.field('GEOMETRY_OUTSIDE_AREA', 'geometry', 'outsideArea', {
        de: `Der markierte Ort liegt mehr als ${buffer} m außerhalb des Plangebiets.`,
        en: `The marked location lies more than ${buffer} m outside the plan area.`,
      });
    }
    return procedure;
  }

  /** Uploads a file for a statement not yet submitted; it is bound when the statement names it. */
  async uploadAttachment(
    phaseId: string,
    file: { originalname: string; buffer: Buffer; size: number } | undefined,
    /** Planners record letters that arrive after the end too (docs/domain.md#1-phases-and-deadlines, late statements). */
    staff = false,
    /** The client's IP: visitors may hold at most ATTACHMENT_MAX_COUNT × 4 unclaimed uploads per phase. */
    clientIp = 'unknown',
  ): Promise<AttachmentDto> {
    if (!file || file.size === 0) {
      throw AppError.field('VALIDATION_FAILED', 'file', 'isNotEmpty', {
        de: 'Bitte wählen Sie eine Datei aus.',
        en: 'Please choose a file.',
      });
    }
    const open = await this.repository.phaseOpen(phaseId);
    if (open === undefined) throw new AppError('PHASE_NOT_FOUND');
    // Visitors upload only to open phases of published procedures; staff also after the end.
    if (!staff && !open.published) throw new AppError('PHASE_NOT_OPEN');
    if (!open.open && !staff) throw new AppError('PHASE_CLOSED');
    const clientKey = staff ? null : sha256(Buffer.from(`${phaseId}:${clientIp}`));
    const quota = this.config.statements.attachmentMaxCount * 4;
    if (clientKey && (await this.repository.unclaimedUploads(phaseId, clientKey)) >= quota) {
      throw AppError.field('ATTACHMENT_QUOTA_EXCEEDED', 'file', 'quota', {
        de: `Sie haben schon ${quota} Dateien hochgeladen, die noch zu keiner Stellungnahme gehören. Bitte reichen Sie zuerst Ihre Stellungnahme ein.`,
        en: `You have already uploaded ${quota} files that belong to no statement yet. Please submit your statement first.`,
      });
    }
    const mediaType = await detectDocumentType(file.buffer);
    if (fileStructureProblem(mediaType, file.buffer)) {
      throw AppError.field('FILE_MALFORMED', 'file', 'structure', {
        de: 'Die Datei ist beschädigt, unvollständig oder enthält angehängte fremde Daten. Bitte speichern Sie sie neu als PDF, PNG oder JPEG.',
        en: 'The file is damaged, incomplete or has foreign data appended. Please save it again as PDF, PNG or JPEG.',
      });
    }
    const id = randomUUID();
    const attachment = {
      id,
      phaseId,
      filename: file.originalname.replace(/[\\/\r\n"]/g, '_').slice(0, 255) || 'anhang',
      mediaType,
      size: file.size,
      sha256: sha256(file.buffer),
      storageKey: `attachments/${phaseId}/${id}`,
      statementId: null,
      clientKey,
    };
    await this.storage.put(attachment.storageKey, file.buffer);
    await this.repository.insertAttachment(attachment);
    return { id, filename: attachment.filename, mediaType, size: file.size };
  }
}
