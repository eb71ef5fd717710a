import { createUser, sessionCookie } from '../support/factories.js';
import { openFeed } from '../support/sse.js';
import { openPhase, statementBody } from '../support/statements.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const engine = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';

describe('moderation feed, reports and statistics', () => {
  let a: TestApp;
  /** A second server instance on the same PostgreSQL (the embedded engine has only one). */
  let b: TestApp | null = null;
  let moderator: string;

  beforeAll(async () => {
    a = await createTestApp({ STATEMENT_RATE_LIMIT: '100000' });
    if (engine === 'postgres')
      b = await createTestApp({ STATEMENT_RATE_LIMIT: '100000' }, { sameDatabaseAs: a });
    moderator = await sessionCookie(a, (await createUser(a, { roles: ['moderator'] })).id);
  });
  afterAll(async () => {
    await b?.close();
    await a.close();
  });

  it(
    engine === 'postgres'
      ? 'delivers a statement submitted to one instance to a moderator connected to the other within a second'
      : 'delivers a new statement to the moderator feed within a second',
    async () => {
      const { phaseId } = await openPhase(a, { moderationMode: 'pre' });
      const listener = b ?? a;
      const feed = openFeed(`${listener.url}/api/moderation/feed`, moderator, (events) =>
        events.some((e) => e.type === 'statement.received'),
      );
      await feed.ready;
      const submitted = await a.http
        .post(`/api/phases/${phaseId}/statements`)
        .send(statementBody({ text: 'Live' }))
        .expect(201);
      const committed = Date.now();
      const events = await feed.events;
      const received = events.find((e) => e.type === 'statement.received');
      expect(received?.data).toMatchObject({
        statementId: submitted.body.id,
        reference: submitted.body.reference,
        publicationStatus: 'pending',
      });
      // Measured from the moment the submission had committed (its answer arrived).
      expect(received!.at - committed).toBeLessThan(1000);
    },
  );

  it('refuses the feed to non-moderators', async () => {
    const resident = await sessionCookie(a, (await createUser(a)).id);
    await a.http.get('/api/moderation/feed').set('Cookie', resident).expect(403);
    await a.http.get('/api/moderation/feed').expect(401);
  });

  it('counts repeated reports of a statement instead of duplicating them and brings it to the queue', async () => {
    const { phaseId } = await openPhase(a, { moderationMode: 'post' });
    const res = await a.http
      .post(`/api/phases/${phaseId}/statements`)
      .send(statementBody({ text: 'Streitbar' }))
      .expect(201);
    for (const reason of ['insult', 'insult', 'spam']) {
      await a.http
        .post(`/api/statements/${res.body.id}/reports`)
        .set('Origin', a.url)
        .send({ reason })
        .expect(202);
    }
    await a.http
      .post(`/api/statements/${res.body.id}/reports`)
      .send({ reason: 'nonsense' })
      .expect(400);
    const [row] = await a.dataSource.query<
      { open_count: number; total_count: number; reasons: Record<string, number> }[]
    >(`SELECT open_count, total_count, reasons FROM statement_reports WHERE statement_id = $1`, [
      res.body.id,
    ]);
    expect(row).toEqual({ open_count: 3, total_count: 3, reasons: { insult: 2, spam: 1 } });
    const queue = await a.http
      .get('/api/moderation/queue?reported=true')
      .set('Cookie', moderator)
      .expect(200);
    expect(queue.body.items).toEqual([
      expect.objectContaining({ id: res.body.id, reports: 3, publicationStatus: 'published' }),
    ]);
  });

  it('shows a placeholder for a rejected statement and counts decisions in the statistics', async () => {
    const { procedureId, phaseId } = await openPhase(a, { moderationMode: 'pre' });
    const res = await a.http
      .post(`/api/phases/${phaseId}/statements`)
      .send(statementBody({ text: 'Beleidigender Text' }))
      .expect(201);
    await a.http
      .post(`/api/moderation/statements/${res.body.id}/decisions`)
      .set('Cookie', moderator)
      .set('Origin', a.url)
      .send({ action: 'reject', reasonCode: 'insult', expectedVersion: 0 })
      .expect(200);
    const list = await a.http.get(`/api/procedures/${procedureId}/statements`).expect(200);
    expect(list.body.items).toEqual([
      expect.objectContaining({ id: res.body.id, hidden: true, text: '', geometry: null }),
    ]);
    expect(JSON.stringify(list.body)).not.toContain('Beleidigender');
    const stats = await a.http.get('/api/moderation/stats').set('Cookie', moderator).expect(200);
    expect(stats.body.rejectionsByReason.insult).toBeGreaterThanOrEqual(1);
    expect(stats.body.decisionsByAction.reject).toBeGreaterThanOrEqual(1);
    expect(typeof stats.body.medianSecondsToDecision).toBe('number');
  });
});
