import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AppError } from '../common/errors/app-error.js';
import { AppConfig } from '../config/app-config.js';
import {
  OutboxMessageDto,
  OutboxMessageListDto,
  OutboxMessageSummaryDto,
} from './dto/outbox-message.dto.js';
import { OutboxMessage } from './entities/outbox-message.entity.js';
import { MailTemplates } from './mail-templates.js';
import type { NewMail, OutboxStatus } from './notification.types.js';

/** Header values must stay on one line: a line break would let text become a header. */
const LINE_BREAK = /[\r\n]/;

@Injectable()
export class NotificationsService {
  constructor(
    @InjectRepository(OutboxMessage) private readonly messages: Repository<OutboxMessage>,
    private readonly config: AppConfig,
    private readonly templates: MailTemplates,
  ) {}

  /**
   * Queues a templated mail as a part of the caller's own SQL statement, for a caller that must
   * store its change and the mail in one round trip. The row keeps the template's name and
   * parameters; the MailWorkerService renders it (MailTemplates) when it sends it. `mail` is
   * checked as enqueue checks it (null: the statement queues none this time, and `from` yields
   * no row); `sql` gives the SQL expressions of the recipient and the parameters (a jsonb
   * expression that may add values only that statement knows, such as a number) and the FROM
   * clause that yields one row per mail to queue.
   */
  queueTemplateSql(
    mail: { template: string; to: string } | null,
    sql: { template: string; to: string; params: string; from: string },
  ): string {
    if (mail) assertAddress(mail);
    if (mail && !this.templates.has(mail.template)) {
      throw new Error(`Cannot enqueue mail: no template "${mail.template}"`);
    }
    return `INSERT INTO outbox_messages (template, recipient, subject, body_text, params, status, attempts)
            SELECT ${sql.template}, ${sql.to}, '', '', ${sql.params}, 'pending', 0 FROM ${sql.from}`;
  }

  /**
   * Puts a mail into the outbox with the caller's EntityManager, so it is committed or rolled
   * back with the change that causes it. The MailWorkerService sends it after the commit.
   */
  async enqueue(manager: EntityManager, mail: NewMail): Promise<OutboxMessage> {
    assertMail(mail);
    const repository = manager.getRepository(OutboxMessage);
    return repository.save(
      repository.create({
        template: mail.template,
        recipient: mail.to,
        subject: mail.subject,
        bodyText: mail.text,
        bodyHtml: mail.html ?? null,
        status: 'pending',
        attempts: 0,
      }),
    );
  }

  /** For admins: newest first. */
  async list(query: {
    status?: OutboxStatus;
    limit?: number;
    offset?: number;
  }): Promise<OutboxMessageListDto> {
    const [rows, total] = await this.messages.findAndCount({
      where: query.status ? { status: query.status } : {},
      order: { createdAt: 'DESC', id: 'DESC' },
      take: query.limit ?? 50,
      skip: query.offset ?? 0,
    });
    return { items: rows.map((m) => OutboxMessageSummaryDto.from(this.rendered(m))), total };
  }

  async get(id: string): Promise<OutboxMessageDto> {
    const message = await this.messages.findOneBy({ id });
    if (!message) throw new AppError('NOT_FOUND');
    return OutboxMessageDto.from(this.rendered(message), this.config.mail.smtpUrl !== null);
  }

  /** A templated mail that still waits is shown as it will be sent. */
  private rendered(message: OutboxMessage): OutboxMessage {
    if (message.params === null) return message;
    const mail = this.templates.render(message);
    return Object.assign(message, {
      subject: mail.subject,
      bodyText: mail.text,
      bodyHtml: mail.html,
    });
  }
}

/** A mail our own code builds wrongly is a bug: refuse it before it reaches the database. */
function assertMail(mail: NewMail): void {
  assertAddress(mail, [
    mail.subject.length > 300 || LINE_BREAK.test(mail.subject) ? 'subject: one line, ≤ 300' : '',
  ]);
}

function assertAddress(mail: { template: string; to: string }, more: string[] = []): void {
  const problems = [
    mail.template.length === 0 || mail.template.length > 60 ? 'template: 1–60 characters' : '',
    !/^[^\s@,;<>]+@[^\s@,;<>]+$/.test(mail.to) || mail.to.length > 320 ? 'to: one address' : '',
    ...more,
  ].filter(Boolean);
  if (problems.length > 0) throw new Error(`Cannot enqueue mail: ${problems.join('; ')}`);
}
