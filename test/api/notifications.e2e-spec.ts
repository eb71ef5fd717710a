import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { AppError } from '../../src/common/errors/app-error.js';
import { OutboxMessage } from '../../src/notifications/entities/outbox-message.entity.js';
import { MailTemplates } from '../../src/notifications/mail-templates.js';
import { MailWorkerService } from '../../src/notifications/mail-worker.service.js';
import type { NewMail } from '../../src/notifications/notification.types.js';
import { NotificationsService } from '../../src/notifications/notifications.service.js';
import { createTestApp, TestApp } from '../support/test-app.js';

interface Received {
  rcptTo: string[];
  mail: ParsedMail;
  raw: string;
}

interface SmtpSink {
  port: number;
  received: Received[];
  close(): Promise<void>;
}

/**
 * A real SMTP server on 127.0.0.1 that keeps what it receives. `onData` is told when a message
 * starts to arrive; `delayMs` holds the server's final answer back, like a slow relay.
 */
async function startSmtp(
  port = 0,
  options: { delayMs?: number; onData?: () => void; onAnswered?: () => void } = {},
): Promise<SmtpSink> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    closeTimeout: 1000,
    onData(stream, session, callback) {
      options.onData?.();
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        simpleParser(raw).then(
          (mail) => {
            received.push({
              rcptTo: session.envelope.rcptTo.map((r) => r.address),
              mail,
              raw: raw.toString('utf8'),
            });
            setTimeout(() => {
              callback();
              options.onAnswered?.();
            }, options.delayMs ?? 0);
          },
          (error: Error) => callback(error),
        );
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    port: (server.server.address() as AddressInfo).port,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A port that nothing listens on (for now). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const receipt = (to: string, extra: Partial<NewMail> = {}): NewMail => ({
  template: 'statements.receipt',
  to,
  subject: 'Bestätigung: Ihre Stellungnahme ist eingegangen',
  text: 'Guten Tag,\n\nwir haben Ihre Stellungnahme zum Bebauungsplan „Rüttenscheider Straße“ erhalten.\nAktenzeichen: BP-12-21/0042\n\nMit freundlichen Grüßen\nStadt Essen',
  ...extra,
});

async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('mail outbox over SMTP', () => {
  let t: TestApp;
  let port: number;
  let smtp: SmtpSink | null = null;
  let notifications: NotificationsService;
  let worker: MailWorkerService;
  let closed = false;

  const load = (id: string) => t.dataSource.getRepository(OutboxMessage).findOneByOrFail({ id });
  const enqueue = (mail: NewMail) => notifications.enqueue(t.dataSource.manager, mail);

  beforeAll(async () => {
    port = await freePort();
    t = await createTestApp({ SMTP_URL: `smtp://127.0.0.1:${port}` });
    notifications = t.app.get(NotificationsService);
    worker = t.app.get(MailWorkerService);
  });
  beforeEach(() => t.dataSource.query('DELETE FROM outbox_messages'));
  afterEach(async () => {
    await smtp?.close();
    smtp = null;
  });
  afterAll(async () => {
    if (!closed) await t.close();
  });

  it('writes the mail with the caller’s transaction: nothing on rollback, one row on commit', async () => {
    await expect(
      t.dataSource.transaction(async (manager) => {
        await notifications.enqueue(manager, receipt('rollback@example.org'));
        throw new Error('the statement could not be stored');
      }),
    ).rejects.toThrow('the statement could not be stored');
    expect(await t.dataSource.getRepository(OutboxMessage).count()).toBe(0);

    const committed = await t.dataSource.transaction((manager) =>
      notifications.enqueue(manager, receipt('commit@example.org')),
    );
    const rows = await t.dataSource.getRepository(OutboxMessage).find();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id: committed.id,
      recipient: 'commit@example.org',
      template: 'statements.receipt',
      status: 'pending',
      attempts: 0,
      bodyHtml: null,
      sentAt: null,
      lockedUntil: null,
    });
    expect(rows[0].nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
  });

  it('refuses a mail that would break its headers', async () => {
    await expect(enqueue(receipt('a@example.org, b@example.org'))).rejects.toThrow(/to:/);
    await expect(
      enqueue(receipt('a@example.org', { subject: 'Hallo\r\nBcc: everyone@example.org' })),
    ).rejects.toThrow(/subject:/);
    expect(await t.dataSource.getRepository(OutboxMessage).count()).toBe(0);
  });

  it('sends through SMTP in UTF-8 and marks the message sent', async () => {
    smtp = await startSmtp(port);
    const message = await enqueue(
      receipt('anna.beispiel@example.org', {
        subject: 'Bestätigung',
        html: '<p>Grüße aus Essen-Rüttenscheid</p>',
      }),
    );

    await expect(worker.processDue()).resolves.toEqual({ sent: 1, failed: 0 });

    expect(smtp.received).toHaveLength(1);
    const { rcptTo, mail } = smtp.received[0];
    expect(rcptTo).toEqual(['anna.beispiel@example.org']);
    expect(mail.subject).toBe('Bestätigung');
    expect(mail.text?.trim()).toBe(receipt('').text);
    expect(mail.html).toContain('Grüße aus Essen-Rüttenscheid');
    expect(mail.from?.value[0].address).toBe('noreply@mitplanen.local');
    expect(mail.messageId).toBe(`<${message.id}@mitplanen.local>`);
    expect(mail.headers.get('auto-submitted')).toBe('auto-generated');

    const row = await load(message.id);
    expect(row).toMatchObject({
      status: 'sent',
      attempts: 1,
      lockedUntil: null,
      lastError: null,
      transportMessageId: `<${message.id}@mitplanen.local>`,
    });
    expect(row.sentAt).toBeInstanceOf(Date);
    await expect(worker.processDue()).resolves.toEqual({ sent: 0, failed: 0 });
    expect(smtp.received).toHaveLength(1);
  });

  it('renders a templated mail when it sends it, with the template as it is then', async () => {
    smtp = await startSmtp(port);
    const templates = t.app.get(MailTemplates);
    templates.register('test.greeting', (p) => ({
      subject: `Hallo ${String(p.name)}`,
      text: `Erste Fassung für ${String(p.name)}`,
    }));
    await t.dataSource.query(
      notifications.queueTemplateSql(
        { template: 'test.greeting', to: 'carla@example.org' },
        {
          template: '$1::varchar',
          to: '$2::varchar',
          params: '$3::jsonb',
          from: '(SELECT 1) AS one',
        },
      ),
      ['test.greeting', 'carla@example.org', JSON.stringify({ name: 'Carla' })],
    );
    const [{ id }] = await t.dataSource.query<{ id: string }[]>(`SELECT id FROM outbox_messages`);
    // Queued with parameters only; a change of wording reaches the mail that still waits.
    expect(await load(id)).toMatchObject({ subject: '', bodyText: '', params: { name: 'Carla' } });
    templates.register('test.greeting', (p) => ({
      subject: `Hallo ${String(p.name)}`,
      text: `Neue Fassung für ${String(p.name)}`,
    }));
    expect(await notifications.get(id)).toMatchObject({
      subject: 'Hallo Carla',
      bodyText: 'Neue Fassung für Carla',
    });

    await expect(worker.processDue()).resolves.toEqual({ sent: 1, failed: 0 });
    expect(smtp.received.map((r) => [r.mail.subject, r.mail.text?.trim()])).toEqual([
      ['Hallo Carla', 'Neue Fassung für Carla'],
    ]);
    // The record of the sent mail keeps what went out.
    expect(await load(id)).toMatchObject({
      status: 'sent',
      subject: 'Hallo Carla',
      bodyText: 'Neue Fassung für Carla',
    });
  });

  it('refuses to queue a mail whose template nobody registered', () => {
    expect(() =>
      notifications.queueTemplateSql(
        { template: 'test.unknown', to: 'carla@example.org' },
        { template: '$1', to: '$2', params: '$3', from: '(SELECT 1) AS one' },
      ),
    ).toThrow(/no template "test.unknown"/);
  });

  it('keeps the mail through an SMTP outage and sends it exactly once afterwards', async () => {
    const message = await enqueue(receipt('bernd@example.org'));

    await expect(worker.processDue()).resolves.toEqual({ sent: 0, failed: 1 });
    const waiting = await load(message.id);
    expect(waiting).toMatchObject({ status: 'pending', attempts: 1, lockedUntil: null });
    expect(waiting.lastError).toMatch(/ECONNREFUSED/);
    expect(waiting.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 30_000);

    // The server is back, but the message waits for its next attempt.
    smtp = await startSmtp(port);
    await expect(worker.processDue()).resolves.toEqual({ sent: 0, failed: 0 });
    expect(smtp.received).toHaveLength(0);

    await t.dataSource.query(
      `UPDATE outbox_messages SET next_attempt_at = now() - interval '1 second' WHERE id = $1`,
      [message.id],
    );
    await expect(worker.processDue()).resolves.toEqual({ sent: 1, failed: 0 });
    await expect(worker.processDue()).resolves.toEqual({ sent: 0, failed: 0 });
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0].rcptTo).toEqual(['bernd@example.org']);
    expect(await load(message.id)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('stops a batch at an unreachable server and hands the untried rest back', async () => {
    const first = await enqueue(receipt('erste@example.org'));
    const second = await enqueue(receipt('zweite@example.org'));
    await expect(worker.processDue()).resolves.toEqual({ sent: 0, failed: 1 });
    const rows = await Promise.all([load(first.id), load(second.id)]);
    expect(rows.map((r) => [r.status, r.attempts, r.lockedUntil])).toEqual([
      ['pending', 1, null],
      ['pending', 0, null],
    ]);
    expect(rows[1].lastError).toBeNull();
  });

  it('gives up after the last attempt and keeps the error', async () => {
    const message = await enqueue(receipt('carla@example.org'));
    await t.dataSource.query(`UPDATE outbox_messages SET attempts = 7 WHERE id = $1`, [message.id]);
    await expect(worker.processDue()).resolves.toEqual({ sent: 0, failed: 1 });
    const row = await load(message.id);
    expect(row).toMatchObject({ status: 'failed', attempts: 8, lockedUntil: null });
    expect(row.lastError).toMatch(/ECONNREFUSED/);
    await expect(worker.processDue()).resolves.toEqual({ sent: 0, failed: 0 });
  });

  it('takes over a message whose claim ran out (a worker died while sending)', async () => {
    smtp = await startSmtp(port);
    const message = await enqueue(receipt('dieter@example.org'));
    await t.dataSource.query(
      `UPDATE outbox_messages SET status = 'sending', attempts = 1,
              locked_until = now() + interval '1 minute' WHERE id = $1`,
      [message.id],
    );
    await expect(worker.processDue()).resolves.toEqual({ sent: 0, failed: 0 });
    await t.dataSource.query(
      `UPDATE outbox_messages SET locked_until = now() - interval '1 second' WHERE id = $1`,
      [message.id],
    );
    await expect(worker.processDue()).resolves.toEqual({ sent: 1, failed: 0 });
    expect(await load(message.id)).toMatchObject({ status: 'sent', attempts: 2 });
    expect(smtp.received).toHaveLength(1);
  });

  it('sends each of 20 messages exactly once with concurrent workers', async () => {
    smtp = await startSmtp(port);
    const ids = await t.dataSource.transaction(async (manager) => {
      const created: string[] = [];
      for (let i = 1; i <= 20; i++) {
        created.push((await notifications.enqueue(manager, receipt(`person${i}@example.org`))).id);
      }
      return created;
    });

    // On PostgreSQL these claims really run side by side (pool of 4); on the embedded
    // database they take turns on its one connection.
    const results = await Promise.all([
      worker.processDue(10),
      worker.processDue(10),
      worker.processDue(10),
    ]);
    expect(results.reduce((sum, r) => sum + r.sent, 0)).toBe(20);
    expect(results.every((r) => r.failed === 0)).toBe(true);
    await expect(worker.processDue()).resolves.toEqual({ sent: 0, failed: 0 });

    expect(smtp.received).toHaveLength(20);
    const recipients = smtp.received.flatMap((r) => r.rcptTo);
    expect(new Set(recipients).size).toBe(20);
    const messageIds = new Set(smtp.received.map((r) => r.mail.messageId));
    expect(messageIds).toEqual(new Set(ids.map((id) => `<${id}@mitplanen.local>`)));
    const rows = await t.dataSource.getRepository(OutboxMessage).find();
    expect(rows.every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true);
  });

  it('passes over messages another worker holds (SKIP LOCKED), on a PostgreSQL server', async () => {
    if (t.engine !== 'postgres') return; // one connection: no second worker can hold a lock
    smtp = await startSmtp(port);
    await t.dataSource.transaction(async (manager) => {
      for (let i = 1; i <= 8; i++) {
        await notifications.enqueue(manager, receipt(`locked${i}@example.org`));
      }
    });
    const other = t.dataSource.createQueryRunner();
    await other.startTransaction();
    try {
      await other.query(`SELECT id FROM outbox_messages LIMIT 3 FOR UPDATE`);
      await expect(worker.processDue()).resolves.toEqual({ sent: 5, failed: 0 });
    } finally {
      await other.commitTransaction();
      await other.release();
    }
    await expect(worker.processDue()).resolves.toEqual({ sent: 3, failed: 0 });
    expect(new Set(smtp.received.flatMap((r) => r.rcptTo)).size).toBe(8);
    expect(smtp.received).toHaveLength(8);
  });

  it('lists messages for admins, newest first, and answers one with its bodies', async () => {
    const first = await enqueue(receipt('eins@example.org'));
    await t.dataSource.query(
      `UPDATE outbox_messages SET created_at = now() - interval '1 minute' WHERE id = $1`,
      [first.id],
    );
    const second = await enqueue(receipt('zwei@example.org', { html: '<p>zwei</p>' }));
    await t.dataSource.query(`UPDATE outbox_messages SET status = 'sent' WHERE id = $1`, [
      second.id,
    ]);

    const all = await notifications.list({ limit: 50 });
    expect(all.total).toBe(2);
    expect(all.items.map((m) => m.id)).toEqual([second.id, first.id]);
    expect(Object.keys(all.items[0]).sort()).toEqual(
      [
        'attempts',
        'createdAt',
        'id',
        'lastError',
        'recipient',
        'sentAt',
        'status',
        'subject',
        'template',
      ].sort(),
    );
    const pending = await notifications.list({ status: 'pending', limit: 1 });
    expect(pending).toMatchObject({ total: 1, items: [{ id: first.id }] });

    const detail = await notifications.get(second.id);
    expect(detail).toMatchObject({ id: second.id, bodyHtml: '<p>zwei</p>' });
    expect(detail.bodyText).toContain('Grüßen');
    await expect(notifications.get('00000000-0000-4000-8000-000000000000')).rejects.toThrow(
      AppError,
    );
  });
  // Last in this block: it shuts the app down.
  it('hides the secret of links from admins once mails really leave the server', async () => {
    const mail = await enqueue({
      to: 'eins@example.org',
      template: 'auth.reset-password',
      subject: 'Passwort',
      text: 'Neues Passwort: https://beteiligung.example/passwort/neu?token=Geheim_123-abc und mehr',
    });
    const detail = await notifications.get(mail.id);
    expect(detail.bodyText).toBe(
      'Neues Passwort: https://beteiligung.example/passwort/neu?token=[verborgen] und mehr',
    );
    expect(detail.bodyText).not.toContain('Geheim_123');
    // The message itself is sent unchanged.
    expect((await load(mail.id)).bodyText).toContain('token=Geheim_123-abc');
  });

  it('finishes the batch in progress before the app shuts down', async () => {
    let answered = false;
    let arrived: () => void = () => undefined;
    const dataArrived = new Promise<void>((resolve) => (arrived = resolve));
    smtp = await startSmtp(port, {
      delayMs: 400,
      onData: () => arrived(),
      onAnswered: () => (answered = true),
    });
    await enqueue(receipt('shutdown@example.org'));
    const batch = worker.processDue();
    await dataArrived;
    await t.close();
    closed = true;
    // The server held its answer back for 400 ms; close() waited for it and for the booking.
    expect(answered).toBe(true);
    await expect(batch).resolves.toEqual({ sent: 1, failed: 0 });
  });
});

describe('mail outbox without SMTP: files, sent by the polling worker', () => {
  let t: TestApp;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'mitplanen-mail-'));
    t = await createTestApp({
      DATA_DIR: dataDir,
      MAIL_FROM: 'Stadt Essen – Bürgerbeteiligung <beteiligung@essen.example>',
      MAIL_POLL_INTERVAL_MS: '50',
    });
  });
  afterAll(async () => {
    await t.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('writes a complete, parseable .eml into DATA_DIR/mail', async () => {
    const message = await t.app
      .get(NotificationsService)
      .enqueue(
        t.dataSource.manager,
        receipt('anna.beispiel@example.org', { html: '<p>Grüße aus Essen</p>' }),
      );
    // Nobody calls processDue here: the worker's own polling picks the message up.
    const row = await waitFor(async () => {
      const found = await t.dataSource
        .getRepository(OutboxMessage)
        .findOneByOrFail({ id: message.id });
      return found.status === 'sent' ? found : undefined;
    });

    const files = await readdir(join(dataDir, 'mail'));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(
      new RegExp(`^\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\d-\\d\\d\\.\\d{3}Z-${message.id}\\.eml$`),
    );
    const raw = await readFile(join(dataDir, 'mail', files[0]));
    // RFC 5322: CRLF line ends, no bare LF.
    expect(raw.toString('latin1')).not.toMatch(/[^\r]\n/);

    const mail = await simpleParser(raw);
    expect(mail.from?.value).toEqual([
      { address: 'beteiligung@essen.example', name: 'Stadt Essen – Bürgerbeteiligung' },
    ]);
    expect(mail.to).toMatchObject({ value: [{ address: 'anna.beispiel@example.org' }] });
    expect(mail.subject).toBe('Bestätigung: Ihre Stellungnahme ist eingegangen');
    expect(mail.text?.trim()).toBe(receipt('').text);
    expect(mail.html).toContain('Grüße aus Essen');
    expect(mail.messageId).toBe(`<${message.id}@essen.example>`);
    expect(mail.date).toBeInstanceOf(Date);
    expect(mail.headers.get('mime-version')).toBe('1.0');
    expect(row).toMatchObject({ attempts: 1, transportMessageId: mail.messageId });
  });
});
