import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MailWorkerService } from '../../src/notifications/mail-worker.service.js';
import { createUser, sessionCookie } from '../support/factories.js';
import { openPhase, statementBody } from '../support/statements.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

describe('safe defaults (issue 13, item 12)', () => {
  let t: TestApp;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'mitplanen-defaults-'));
    t = await createTestApp({ DATA_DIR: dataDir });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps no usable reset token in the outbox once the mail is delivered', async () => {
    const user = await createUser(t, { password: 'ein sehr langes passwort' });
    await t.http.post('/api/auth/password/forgot').send({ email: user.email }).expect(202);
    const body = async () =>
      (
        await t.dataSource.query<{ body_text: string; body_html: string | null; status: string }[]>(
          `SELECT body_text, body_html, status FROM outbox_messages WHERE recipient = $1`,
          [user.email],
        )
      )[0];
    const queued = await body();
    const token = /[?&]token=([A-Za-z0-9_-]+)/.exec(queued.body_text)?.[1];
    expect(token).toBeDefined();
    await t.app.get(MailWorkerService).processDue();
    const sent = await body();
    expect(sent.status).toBe('sent');
    expect(`${sent.body_text}${sent.body_html ?? ''}`).not.toContain(token);
    expect(sent.body_text).toContain('/passwort/neu?token=entfernt');
  });

  it('refuses staff intake dates in the future, naming receivedAt', async () => {
    const { procedureId, phaseId } = await openPhase(t);
    const planner = await createUser(t, { roles: ['resident', 'planner'] });
    const cookie = await sessionCookie(t, planner.id);
    const intake = (receivedAt: string) =>
      t.http
        .post(`/api/procedures/${procedureId}/statements/intake`)
        .set('Cookie', cookie)
        .set('Origin', t.origin)
        .send({
          ...statementBody(),
          privacyNoticeAcknowledged: undefined,
          phaseId,
          channel: 'letter',
          receivedAt,
        });
    for (const receivedAt of [new Date(Date.now() + 24 * 3600_000).toISOString()]) {
      const res = await intake(receivedAt).expect(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.errors[0]).toMatchObject({ field: 'receivedAt' });
      expect(res.body.errors[0].messages).toEqual({
        de: expect.any(String),
        en: expect.any(String),
      });
    }
    await intake(new Date().toISOString()).expect(201);
  });
});
