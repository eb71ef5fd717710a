import { ApiProperty } from '@nestjs/swagger';
import type { OutboxMessage } from '../entities/outbox-message.entity.js';
import { OUTBOX_STATUSES, type OutboxStatus } from '../notification.types.js';

/** A mail in the admins' list: who got what, and whether it went out. */
export class OutboxMessageSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'auth.verify-email' })
  template!: string;

  @ApiProperty({ example: 'anna.beispiel@example.org' })
  recipient!: string;

  @ApiProperty({ example: 'Bitte bestätigen Sie Ihre E-Mail-Adresse' })
  subject!: string;

  @ApiProperty({ enum: OUTBOX_STATUSES })
  status!: OutboxStatus;

  @ApiProperty({ description: 'Sending attempts so far', example: 1 })
  attempts!: number;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  sentAt!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Why the last attempt failed',
    example: 'ESOCKET: connect ECONNREFUSED 127.0.0.1:25',
  })
  lastError!: string | null;

  static from(m: OutboxMessage): OutboxMessageSummaryDto {
    return {
      id: m.id,
      template: m.template,
      recipient: m.recipient,
      subject: m.subject,
      status: m.status,
      attempts: m.attempts,
      createdAt: m.createdAt.toISOString(),
      sentAt: m.sentAt?.toISOString() ?? null,
      lastError: m.lastError,
    };
  }
}

export class OutboxMessageDto extends OutboxMessageSummaryDto {
  @ApiProperty({ description: 'Plain-text body as sent' })
  bodyText!: string;

  @ApiProperty({ type: String, nullable: true, description: 'HTML body, if the mail has one' })
  bodyHtml!: string | null;

  /**
   * With `hideSecrets`, the secret in links (`token=…`: sign-in verification, password reset,
   * private status links) is blanked, so an admin cannot take over an account or read another
   * person's status page. Only mails that really leave the server need that; in the local
   * file mode (no SMTP) admins read the links to run a demo.
   */
  static override from(m: OutboxMessage, hideSecrets = false): OutboxMessageDto {
    const hide = (text: string) =>
      hideSecrets ? text.replace(/([?&]token=)[^\s&"'<]+/g, '$1[verborgen]') : text;
    return {
      ...OutboxMessageSummaryDto.from(m),
      bodyText: hide(m.bodyText),
      bodyHtml: m.bodyHtml === null ? null : hide(m.bodyHtml),
    };
  }
}

export class OutboxMessageListDto {
  @ApiProperty({ type: [OutboxMessageSummaryDto] })
  items!: OutboxMessageSummaryDto[];

  @ApiProperty({ description: 'Number of messages matching the filter' })
  total!: number;
}
