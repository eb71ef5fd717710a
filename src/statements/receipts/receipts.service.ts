import { Injectable } from '@nestjs/common';
import { AppError } from '../../common/errors/app-error.js';
import type { StatementStatusDto } from '../dto/statement.dto.js';
import { sha256 } from '../intake/idempotency.js';
import { berlinDateTime, renderReceiptPdf } from './receipt-pdf.js';
import { ReceiptsRepository, type StatementWithTitles } from './receipts.repository.js';

/** The submitter's private views of a statement, opened with its reference and secret token. */
@Injectable()
export class ReceiptsService {
  constructor(private readonly repository: ReceiptsRepository) {}

  private async byToken(reference: string, token: string): Promise<StatementWithTitles> {
    const statement = await this.repository.byReference(reference);
    if (!statement || statement.statusTokenHash !== sha256(token)) {
      throw new AppError('STATEMENT_NOT_FOUND');
    }
    return statement;
  }

  /** The submitter's private view: both states of docs/domain.md#2-statements-two-independent-states. */
  async status(reference: string, token: string): Promise<StatementStatusDto> {
    const s = await this.byToken(reference, token);
    return {
      reference: s.reference,
      procedureTitle: s.procedureTitle,
      receivedAt: s.receivedAt.toISOString(),
      receivedAtBerlin: berlinDateTime(s.receivedAt),
      processingStatus: s.processingStatus,
      publicationStatus: s.publicationStatus,
      channel: s.channel,
      late: s.late,
      text: s.text,
      topic: s.topic,
      rejectionReason:
        s.publicationStatus === 'rejected'
          ? (s.rejectionReason as StatementStatusDto['rejectionReason'])
          : null,
    };
  }

  async receiptPdf(reference: string, token: string): Promise<Buffer> {
    const s = await this.byToken(reference, token);
    return renderReceiptPdf({
      reference: s.reference,
      procedureTitle: s.procedureTitle,
      phaseTitle: s.phaseTitle,
      phaseKind: s.phase?.kind ?? 'informal',
      late: s.late,
      receivedAt: s.receivedAt,
      text: s.text,
      topic: s.topic,
      hasLocation: s.geometry !== null,
    });
  }
}
