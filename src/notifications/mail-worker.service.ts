import { performance } from 'node:perf_hooks';
import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { AppConfig } from '../config/app-config.js';
import { MailTemplates, type RenderedMail } from './mail-templates.js';
import { MailTransport, type OutgoingMail } from './mail-transport.js';
import { OutboxRepository, type ClaimedRow, type OwnClaim } from './outbox.repository.js';

/** After this many failed attempts a message is `failed` and left for an admin to look at. */
export const MAX_ATTEMPTS = 8;
/** How long a claim is exclusive; afterwards any worker may take the message again. */
const LOCK_MS = 2 * 60_000;
/** A single send is aborted after this long, so that it cannot outlive its claim. */
const SEND_TIMEOUT_MS = 30_000;
/** A message is only started while its claim will outlast the send by at least this much. */
const LOCK_MARGIN_MS = 10_000;
const BATCH_SIZE = 20;

/** Wait before the next attempt: 30 s · 2^attempts, at most an hour (1 min, 2 min, … 1 h). */
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** attempts, 60 * 60_000);
}

/** Nodemailer codes that mean "the server cannot be reached", not "this message was refused". */
const UNREACHABLE = new Set(['ECONNECTION', 'ESOCKET', 'ETIMEDOUT', 'EDNS', 'EPROXY', 'EABORT']);

/** Blanks every `token=` value of a rendered mail body (as PURGE_TOKENS_SQL does in SQL). */
const purgeTokens = (body: string) => body.replace(/([?&](amp;)?token=)[^&"<>\s]+/g, '$1entfernt');

/** SQL that blanks every `token=` value in a stored mail body once the mail is delivered. */
const PURGE_TOKENS_SQL = (column: string) =>
  `regexp_replace(${column}, '([?&](amp;)?token=)[^&"<>\\s]+', '\\1entfernt', 'g')`;

type SendOutcome = 'sent' | 'retry' | 'failed' | 'unreachable';

/**
 * Sends the outbox. Every instance of the server runs one; they share the work through
 * `FOR UPDATE SKIP LOCKED`, so each claim is exclusive. A claim is one short statement and
 * every send happens outside any transaction, so neither a slow SMTP server nor the embedded
 * database's single connection is ever held up by the other.
 *
 * Delivery is at least once: a crash after the SMTP server accepted a mail but before it was
 * marked `sent` sends it again once the claim has run out (with the same Message-ID).
 */
@Injectable()
export class MailWorkerService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('MailWorker');
  private timer: NodeJS.Timeout | null = null;
  private shuttingDown = false;
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(
    private readonly config: AppConfig,
    private readonly outbox: OutboxRepository,
    private readonly transport: MailTransport,
    private readonly templates: MailTemplates,
  ) {}

  onApplicationBootstrap(): void {
    this.logger.log(
      `sending mail through ${this.transport.description}, every ${this.config.mail.pollIntervalMs} ms`,
    );
    this.schedule();
  }

  /** Stops polling and waits for the batch in progress (its unsent rest is handed back). */
  async onModuleDestroy(): Promise<void> {
    this.shuttingDown = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await Promise.allSettled([...this.inFlight]);
    this.transport.close();
  }

  /**
   * Claims up to `limit` due messages and sends them. `sent` counts delivered mails, `failed`
   * the attempts that did not succeed (whether a retry is scheduled or the message gave up).
   */
  async processDue(limit = BATCH_SIZE): Promise<{ sent: number; failed: number }> {
    const { sent, failed } = await this.track(this.runBatch(limit));
    return { sent, failed };
  }

  private schedule(): void {
    if (this.shuttingDown) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.track(this.poll()).finally(() => this.schedule());
    }, this.config.mail.pollIntervalMs);
    this.timer.unref();
  }

  /** One poll: batch after batch while they come back full, so a backlog drains at once. */
  private async poll(): Promise<void> {
    try {
      while (!this.shuttingDown) {
        const { claimed, handedBack } = await this.runBatch(BATCH_SIZE);
        if (claimed < BATCH_SIZE || handedBack > 0) break;
      }
    } catch (error: unknown) {
      this.logger.error({ err: error }, 'mail worker poll failed; trying again next time');
    }
  }

  private track<T>(work: Promise<T>): Promise<T> {
    this.inFlight.add(work);
    const forget = () => this.inFlight.delete(work);
    work.then(forget, forget);
    return work;
  }

  private async runBatch(
    limit: number,
  ): Promise<{ sent: number; failed: number; claimed: number; handedBack: number }> {
    const claimedAt = performance.now();
    const rows = await this.claim(limit);
    let sent = 0;
    let failed = 0;
    for (const [index, row] of rows.entries()) {
      const lockLeft = LOCK_MS - (performance.now() - claimedAt);
      if (this.shuttingDown || lockLeft < SEND_TIMEOUT_MS + LOCK_MARGIN_MS) {
        await this.release(rows.slice(index));
        break;
      }
      const outcome = await this.send(row);
      if (outcome === 'sent') {
        sent += 1;
        continue;
      }
      failed += 1;
      if (outcome === 'unreachable') {
        // The server is down: try the rest in the next poll instead of waiting for each here.
        await this.release(rows.slice(index + 1));
        break;
      }
    }
    return { sent, failed, claimed: rows.length, handedBack: rows.length - sent - failed };
  }

  private claim(limit: number): Promise<ClaimedRow[]> {
    return this.outbox.claim(limit, LOCK_MS / 1000);
  }

  /**
   * Renders a templated mail (now, at sending), sends it outside any transaction, then books
   * the outcome on the claim it belongs to; the record of a sent mail keeps its rendered text.
   */
  private async send(row: ClaimedRow): Promise<SendOutcome> {
    let messageId: string;
    let mail: RenderedMail;
    try {
      mail = this.templates.render({
        template: row.template,
        subject: row.subject,
        bodyText: row.body_text,
        bodyHtml: row.body_html,
        params: row.params,
      });
      ({ messageId } = await this.transport.send(
        toOutgoing(row, mail),
        AbortSignal.timeout(SEND_TIMEOUT_MS),
      ));
    } catch (error: unknown) {
      return this.bookFailure(row, error);
    }
    const ours = await this.outbox.updateClaim(this.ownClaim(row), {
      status: 'sent',
      sentAt: () => 'now()',
      lockedUntil: null,
      transportMessageId: messageId,
      // Delivered: the stored copy keeps no usable link token (status, reset, result letter).
      ...(row.params === null
        ? {
            bodyText: () => PURGE_TOKENS_SQL('body_text'),
            bodyHtml: () => PURGE_TOKENS_SQL('body_html'),
          }
        : {
            subject: mail.subject.slice(0, 300),
            bodyText: purgeTokens(mail.text),
            bodyHtml:
              mail.html === null || mail.html === undefined ? mail.html : purgeTokens(mail.html),
          }),
    });
    if (!ours) this.warnTakenOver(row);
    return 'sent';
  }

  private async bookFailure(row: ClaimedRow, error: unknown): Promise<SendOutcome> {
    const lastError = describeError(error);
    const giveUp = row.attempts >= MAX_ATTEMPTS;
    const delayMs = retryDelayMs(row.attempts);
    const ours = await this.outbox.bookFailure(this.ownClaim(row), {
      giveUp,
      lastError,
      delaySeconds: delayMs / 1000,
    });
    if (!ours) this.warnTakenOver(row);
    this.logger.warn(
      `mail ${row.id} (${row.template}) attempt ${row.attempts} failed: ${lastError}; ` +
        (giveUp ? 'giving up' : `next attempt in ${delayMs / 1000} s`),
    );
    if (giveUp) return 'failed';
    return UNREACHABLE.has(errorCode(error) ?? '') ? 'unreachable' : 'retry';
  }

  /** Hands claimed but unsent messages back as if they had not been claimed. */
  private async release(rows: ClaimedRow[]): Promise<void> {
    for (const row of rows) {
      await this.outbox.updateClaim(this.ownClaim(row), {
        status: 'pending',
        lockedUntil: null,
        attempts: row.attempts - 1,
      });
    }
  }

  /** A claim is identified by its attempt number: a later claim of the same row has another. */
  private ownClaim(row: ClaimedRow): OwnClaim {
    return { id: row.id, status: 'sending', attempts: row.attempts };
  }

  private warnTakenOver(row: ClaimedRow): void {
    this.logger.warn(
      `mail ${row.id} was claimed again by another worker while this one sent it; it may arrive twice`,
    );
  }
}

function toOutgoing(row: ClaimedRow, mail: RenderedMail): OutgoingMail {
  return {
    id: row.id,
    to: row.recipient,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    createdAt: new Date(row.created_at),
  };
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code: unknown = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/** What an admin needs to see: nodemailer's code and message (never credentials). */
function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = errorCode(error);
  const text = code && !message.startsWith(code) ? `${code}: ${message}` : message;
  return text.slice(0, 2000);
}
