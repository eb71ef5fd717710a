import { PersonalDataHintsWorker } from '../../src/moderation/personal-data-hints.worker.js';
import { createUser, sessionCookie } from '../support/factories.js';
import { openPhase, SECRET_SUBMITTER, statementBody } from '../support/statements.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

describe('moderation', () => {
  let t: TestApp;
  let moderator: string;
  let procedureId: string;
  let phaseId: string;

  const decide = (id: string, body: Record<string, unknown>, cookie = moderator) =>
    t.http
      .post(`/api/moderation/statements/${id}/decisions`)
      .set('Cookie', cookie)
      .set('Origin', t.url)
      .send(body);
  const submitted = async (extra: Record<string, unknown> = {}): Promise<string> =>
    (await t.http.post(`/api/phases/${phaseId}/statements`).send(statementBody(extra)).expect(201))
      .body.id as string;
  const publicTexts = async (): Promise<string[]> =>
    (await t.http.get(`/api/procedures/${procedureId}/statements`).expect(200)).body.items.map(
      (s: { text: string }) => s.text,
    );

  beforeAll(async () => {
    t = await createTestApp({ STATEMENT_RATE_LIMIT: '100000' });
    moderator = await sessionCookie(t, (await createUser(t, { roles: ['moderator'] })).id);
    ({ procedureId, phaseId } = await openPhase(t, { moderationMode: 'pre' }));
  });
  afterAll(() => t.close());

  it('queues pending statements oldest first with personal-data hints; publishes on approval', async () => {
    const id = await submitted({ text: 'Bitte rufen Sie Herrn Schmidt an: 0201 1234567' });
    await t.app.get(PersonalDataHintsWorker).processDue();
    const queue = await t.http
      .get(`/api/moderation/queue?procedureId=${procedureId}`)
      .set('Cookie', moderator)
      .expect(200);
    const item = queue.body.items.find((i: { id: string }) => i.id === id);
    expect(item.personalDataHints.map((h: { kind: string }) => h.kind)).toContain('phone');
    expect(await publicTexts()).not.toContain('Bitte rufen Sie Herrn Schmidt an: 0201 1234567');
    await decide(id, { action: 'approve', expectedVersion: item.version }).expect(200);
    expect(await publicTexts()).toContain('Bitte rufen Sie Herrn Schmidt an: 0201 1234567');
  });

  it('redacts: the public sees the new text, the original stays unchanged for staff', async () => {
    const original = 'Mein Nachbar Herr Meier (Tel. 0201 555555) parkt im Halteverbot.';
    const id = await submitted({ text: original });
    await decide(id, {
      action: 'redact',
      publishedText: 'Mein Nachbar […] parkt im Halteverbot.',
      expectedVersion: 0,
    }).expect(200);
    const texts = await publicTexts();
    expect(texts).toContain('Mein Nachbar […] parkt im Halteverbot.');
    expect(texts).not.toContain(original);
    const [row] = await t.dataSource.query<{ text: string }[]>(
      `SELECT text FROM statements WHERE id = $1`,
      [id],
    );
    expect(row.text).toBe(original);
  });

  it('rejects with a reason, tells the submitter it is still considered, and keeps processing unchanged', async () => {
    const id = await submitted({
      text: 'Kauft billige Uhren bei spam.example!',
      submitter: SECRET_SUBMITTER,
    });
    const missing = await decide(id, { action: 'reject', expectedVersion: 0 }).expect(400);
    expect(missing.body.errors[0].field).toBe('reasonCode');
    await decide(id, {
      action: 'reject',
      reasonCode: 'advertising',
      note: 'Werbung',
      expectedVersion: 0,
    }).expect(200);
    const [row] = await t.dataSource.query<
      { publication_status: string; processing_status: string; rejection_reason: string }[]
    >(
      `SELECT publication_status, processing_status, rejection_reason FROM statements WHERE id = $1`,
      [id],
    );
    expect(row).toEqual({
      publication_status: 'rejected',
      processing_status: 'received',
      rejection_reason: 'advertising',
    });
    const [mail] = await t.dataSource.query<{ body_text: string }[]>(
      `SELECT body_text FROM outbox_messages WHERE template = 'moderation.rejected' AND recipient = $1`,
      [SECRET_SUBMITTER.email],
    );
    expect(mail.body_text).toContain('Werbung');
    expect(mail.body_text).toContain('trotzdem eingegangen und wird im Verfahren berücksichtigt');
    expect(await publicTexts()).not.toContain('Kauft billige Uhren bei spam.example!');
  });

  it('lets one of two simultaneous decisions win; the other gets 409 with the current state', async () => {
    const id = await submitted({ text: 'Umstrittene Stellungnahme' });
    const other = await sessionCookie(t, (await createUser(t, { roles: ['moderator'] })).id);
    const [a, b] = await Promise.all([
      decide(id, { action: 'approve', expectedVersion: 0 }),
      decide(id, { action: 'reject', reasonCode: 'off_topic', expectedVersion: 0 }, other),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    expect(loser.body.current).toMatchObject({ version: 1 });
    const decisions = await t.dataSource.query<{ action: string }[]>(
      `SELECT action FROM moderation_decisions WHERE statement_id = $1`,
      [id],
    );
    expect(decisions).toHaveLength(1);
  });

  it('keeps the decision log append-only and refuses non-moderators', async () => {
    await expect(t.dataSource.query(`UPDATE moderation_decisions SET note = 'x'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(t.dataSource.query(`DELETE FROM moderation_decisions`)).rejects.toThrow(
      /append-only/,
    );
    const resident = await sessionCookie(t, (await createUser(t)).id);
    const id = await submitted();
    await decide(id, { action: 'approve', expectedVersion: 0 }, resident).expect(403);
    await t.http.get('/api/moderation/queue').set('Cookie', resident).expect(403);
  });

  it('does not moderate statements of phases that never publish', async () => {
    const formal = await openPhase(t, { moderationMode: 'none' });
    const res = await t.http
      .post(`/api/phases/${formal.phaseId}/statements`)
      .send(statementBody())
      .expect(201);
    expect(res.body.publicationStatus).toBe('not_public');
    const refused = await decide(res.body.id, { action: 'approve', expectedVersion: 0 }).expect(
      409,
    );
    expect(refused.body.code).toBe('STATUS_TRANSITION_INVALID');
  });
});
