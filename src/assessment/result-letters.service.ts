import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { SessionUser } from '../common/session-user.js';
import { AppError } from '../common/errors/app-error.js';
import { decodeCursor, keysetPage } from '../common/keyset-cursor.js';
import { AppConfig } from '../config/app-config.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { StatementsService } from '../statements/statements.service.js';
import { PhasesService } from '../phases/phases.service.js';
import { AssessmentService } from './assessment.service.js';
import { RESULT_LABELS } from './assessment.types.js';
import type {
  PublicResultListDto,
  ResultLettersDto,
  ResultLettersPreviewDto,
  ResultsQuery,
} from './dto/assessment.dto.js';
import { renderResultLetter } from './result-letter.js';
import { ResultLettersRepository, type LetterRow } from './result-letters.repository.js';
import { xBeteiligungResult } from './xbeteiligung.js';

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/** Assessed statements handled per round trip inside the sending transaction. */
const BATCH = 200;

/**
 * Telling submitters the result (after the council's decision): a letter to every named
 * submitter, a public notice for groups of more than 50, and the public results page.
 */
@Injectable()
export class ResultLettersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly assessment: AssessmentService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly statements: StatementsService,
    private readonly repository: ResultLettersRepository,
    private readonly phases: PhasesService,
  ) {}

  /** Results go out after the decision: never while a phase of the procedure is to come or open. */
  private async assertPhasesEnded(procedureId: string): Promise<void> {
    const phases = await this.phases.listForProcedure(procedureId);
    if (phases.some((p) => p.state !== 'closed')) throw new AppError('RESULT_LETTERS_TOO_EARLY');
  }

  /** What sending would do, for the confirmation: letters, mails, notices – nothing is changed. */
  async preview(procedureId: string): Promise<ResultLettersPreviewDto> {
    await this.assessment.procedure(procedureId);
    const phases = await this.phases.listForProcedure(procedureId);
    const c = await this.repository.previewCounts(procedureId);
    return {
      letters: c.mails + c.post,
      mails: c.mails,
      lettersToPost: c.post,
      publicNotice: c.notice,
      anonymous: c.anonymous,
      notAssessed: c.open,
      phasesEnded: phases.every((p) => p.state === 'closed'),
    };
  }

  /**
   * One transaction: letters (PDF kept with the row), their mails in the outbox, and the
   * statements' move to result_sent commit together or not at all.
   */
  async send(actor: SessionUser, procedureId: string, origin: string): Promise<ResultLettersDto> {
    const procedure = await this.assessment.procedure(procedureId);
    await this.assertPhasesEnded(procedureId);
    const base = this.config.publicUrl ?? origin;
    return this.dataSource.transaction(async (manager) => {
      const counts: ResultLettersDto = {
        letters: 0,
        lettersToPost: 0,
        publicNotice: 0,
        anonymous: 0,
        notAssessed: 0,
      };
      for (;;) {
        // Each batch leaves `assessed`, so the next query starts where this one ended.
        const batch = await this.repository.nextBatch(manager, procedureId, BATCH);
        if (batch.length === 0) break;
        for (const row of batch) {
          if (row.public_notice) counts.publicNotice += 1;
          else if (row.submitter_type === 'anonymous' || row.name === null) counts.anonymous += 1;
          else if (await this.letter(manager, row, procedure, base)) counts.letters += 1;
          else counts.lettersToPost += 1;
        }
        await this.statements.markResultSent(
          manager,
          batch.map((r) => r.id),
        );
      }
      const n = await this.repository.countNotAssessed(manager, procedureId);
      counts.notAssessed = n;
      await this.audit.record(manager, {
        actor,
        entityType: 'procedure',
        entityId: procedureId,
        action: 'assessment.results_sent',
        after: { ...counts },
      });
      return counts;
    });
  }

  /** Writes the letter; mails it when there is an address. True when a mail was queued. */
  private async letter(
    manager: EntityManager,
    row: LetterRow,
    procedure: { title: string; reference: string },
    base: string,
  ): Promise<boolean> {
    const procedureTitle = procedure.title;
    const pdf = await renderResultLetter({
      sender: this.config.letterSender,
      date: new Date(),
      procedureReference: procedure.reference,
      phaseTitle: row.phase_title,
      phaseKind: row.phase_kind,
      recipient: {
        name: row.name ?? '',
        organisation: row.organisation ?? '',
        street: row.street ?? '',
        postcode: row.postcode ?? '',
        city: row.city ?? '',
      },
      reference: row.reference,
      procedureTitle,
      receivedAt: new Date(row.received_at),
      result: row.result,
      response: row.response,
      text: row.text,
    });
    const token = randomBytes(24).toString('base64url');
    const letter = await this.repository.insertLetter(manager, row.id, sha256(token), pdf);
    if (!row.email) return false;
    const label = RESULT_LABELS[row.result];
    await this.notifications.enqueue(manager, {
      to: row.email,
      template: 'assessment.result',
      subject: `Ergebnis zu Ihrer Stellungnahme ${row.reference} – ${procedureTitle}`.slice(0, 300),
      text:
        `Guten Tag${row.name ? ` ${row.name}` : ''},\n\nüber Ihre Stellungnahme ${row.reference} zum Verfahren „${procedureTitle}“ wurde entschieden.\n\nErgebnis: ${label.de}\n\n${row.response}\n\nDas Schreiben als PDF:\n${base}/api/result-letters/${letter.id}?token=${token}\n\n---\n\nThe result of your statement ${row.reference}: ${label.en}. The letter as PDF: ${base}/api/result-letters/${letter.id}?token=${token}` +
        '\n\n-- \nMitplanen – Online-Beteiligung',
    });
    return true;
  }

  async letterPdf(id: string, token: string): Promise<{ pdf: Buffer; reference: string }> {
    const row = await this.repository.letter(id);
    if (!row || row.token_hash !== sha256(token)) throw new AppError('RESULT_LETTER_NOT_FOUND');
    return { pdf: row.pdf, reference: row.reference };
  }

  /**
   * The public results page: each communicated result with the published text, never who
   * wrote it. A statement that was not published shows its result without its text.
   */
  async publicResults(procedureId: string, query: ResultsQuery): Promise<PublicResultListDto> {
    const procedure = await this.assessment.procedure(procedureId);
    if (procedure.status !== 'published' && procedure.status !== 'archived') {
      throw new AppError('PROCEDURE_NOT_FOUND');
    }
    const limit = query.limit ?? 50;
    const after = query.after ? decodeCursor(query.after) : null;
    const rows = await this.repository.publicResults(procedureId, after, limit + 1);
    const { page, nextCursor } = keysetPage(rows, limit);
    return {
      items: page.map((r) => ({
        reference: r.reference,
        topic: r.topic,
        text: r.text,
        result: r.result,
        resultCode: xBeteiligungResult(r.result),
        response: r.response,
        signatories: r.signatories,
        publicNotice: r.public_notice,
      })),
      nextCursor,
    };
  }
}
