import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer, { type SendMailOptions } from 'nodemailer';
import type { AppConfig } from '../config/app-config.js';

/** One outbox message, ready to go out. */
export interface OutgoingMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  createdAt: Date;
}

/**
 * Where mails go. The worker hands each message to `send` outside any transaction; `signal`
 * aborts a send that takes too long, so that it cannot outlive the message's lock.
 */
export abstract class MailTransport {
  /** For the log line at startup; never contains credentials. */
  abstract readonly description: string;
  abstract send(mail: OutgoingMail, signal?: AbortSignal): Promise<{ messageId: string }>;
  close(): void {}
}

/** SMTP timeouts well below the worker's lock, so a hanging server cannot stall a batch. */
const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 };

/**
 * The message as nodemailer renders it (UTF-8, MIME encoded words for headers). The Message-ID
 * derives from the outbox id, so a mail delivered twice (a crash between the server's
 * acceptance and our bookkeeping) carries the same id both times and clients can drop it.
 */
function mailOptions(mail: OutgoingMail, from: string, signal?: AbortSignal): SendMailOptions {
  return {
    from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    ...(mail.html === null ? {} : { html: mail.html }),
    messageId: `<${mail.id}@${domainOf(from)}>`,
    // RFC 3834: keeps out-of-office replies from answering our notifications.
    headers: { 'Auto-Submitted': 'auto-generated' },
    ...(signal ? { signal } : {}),
  };
}

function domainOf(from: string): string {
  return /@([^@\s<>]+)>?\s*$/.exec(from)?.[1] ?? 'mitplanen.local';
}

export class SmtpMailTransport extends MailTransport {
  readonly description: string;
  private readonly transporter: ReturnType<typeof nodemailer.createTransport>;

  constructor(
    url: string,
    private readonly from: string,
  ) {
    super();
    const parsed = new URL(url);
    this.description = `SMTP ${parsed.protocol}//${parsed.host}`;
    this.transporter = nodemailer.createTransport({ url, ...SMTP_TIMEOUTS });
  }

  async send(mail: OutgoingMail, signal?: AbortSignal): Promise<{ messageId: string }> {
    const info = (await this.transporter.sendMail(mailOptions(mail, this.from, signal))) as {
      messageId: string;
    };
    return { messageId: info.messageId };
  }

  override close(): void {
    this.transporter.close();
  }
}

/**
 * Without SMTP settings every mail becomes a complete RFC 5322 file (`.eml`, CRLF line ends)
 * in `dir`, named after the message's creation time and id: a repeated send overwrites its own
 * file instead of adding a second one.
 */
export class FileMailTransport extends MailTransport {
  readonly description: string;
  private readonly renderer = nodemailer.createTransport({
    streamTransport: true,
    buffer: true,
    newline: 'windows',
  });

  constructor(
    private readonly dir: string,
    private readonly from: string,
  ) {
    super();
    this.description = `files in ${dir}`;
  }

  async send(mail: OutgoingMail): Promise<{ messageId: string }> {
    const info = await this.renderer.sendMail(mailOptions(mail, this.from));
    if (!Buffer.isBuffer(info.message)) throw new Error('nodemailer did not render a buffer');
    await mkdir(this.dir, { recursive: true });
    // ISO 8601 time without colons, which some file systems (NTFS) do not allow in names.
    const name = `${mail.createdAt.toISOString().replace(/:/g, '-')}-${mail.id}.eml`;
    const path = join(this.dir, name);
    // Written aside and renamed, so a reader never sees half a message.
    await writeFile(`${path}.tmp`, info.message);
    await rename(`${path}.tmp`, path);
    return { messageId: info.messageId };
  }
}

export function createMailTransport(config: AppConfig): MailTransport {
  const { smtpUrl, from, dir } = config.mail;
  return smtpUrl ? new SmtpMailTransport(smtpUrl, from) : new FileMailTransport(dir, from);
}
