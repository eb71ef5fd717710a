import { PersonalDataHintsWorker } from '../../src/moderation/personal-data-hints.worker.js';
import { createUser, sessionCookie } from '../support/factories.js';
import { openPhase, statementBody } from '../support/statements.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

describe('personal-data hints are computed once and stored (issue 13, item 2)', () => {
  let t: TestApp;
  let moderator: string;

  beforeAll(async () => {
    t = await createTestApp({ STATEMENT_RATE_LIMIT: '100000' });
    moderator = await sessionCookie(t, (await createUser(t, { roles: ['moderator'] })).id);
    // The tests drive the job themselves: stop this instance's polling.
    await t.app.get(PersonalDataHintsWorker).onModuleDestroy();
  });
  afterAll(() => t.close());

  const queueItem = async (procedureId: string, id: string) =>
    (
      await t.http
        .get(`/api/moderation/queue?procedureId=${procedureId}`)
        .set('Cookie', moderator)
        .expect(200)
    ).body.items.find((i: { id: string }) => i.id === id);

  it('serves the hints the background job stored, never scanning texts per queue request', async () => {
    const { procedureId, phaseId } = await openPhase(t);
    const worker = t.app.get(PersonalDataHintsWorker);
    await worker.processDue(1000);
    const text = `Rufen Sie mich an: 0201 1234567. ${'a.'.repeat(9_000)}`;
    const res = await t.http
      .post(`/api/phases/${phaseId}/statements`)
      .send(statementBody({ text }))
      .expect(201);
    const id = res.body.id as string;

    // Not computed by the request: nothing is stored yet, so the queue shows no hints.
    expect((await queueItem(procedureId, id)).personalDataHints).toEqual([]);
    expect(await worker.processDue(1000)).toBeGreaterThanOrEqual(1);
    expect((await queueItem(procedureId, id)).personalDataHints).toEqual([
      { kind: 'phone', start: 19, end: 31, text: '0201 1234567' },
    ]);
    // The queue reads the stored row as it is: it does not scan the text again.
    await t.dataSource.query(`UPDATE personal_data_hints SET hints = $2 WHERE statement_id = $1`, [
      id,
      JSON.stringify([{ kind: 'name', start: 0, end: 6, text: 'Rufen ' }]),
    ]);
    expect((await queueItem(procedureId, id)).personalDataHints).toEqual([
      { kind: 'name', start: 0, end: 6, text: 'Rufen ' },
    ]);
    // Computed once: the job does not take the statement again.
    expect(await worker.processDue(1000)).toBe(0);
  });

  it('lets two workers share the backlog without computing a statement twice', async () => {
    const { phaseId } = await openPhase(t);
    const worker = t.app.get(PersonalDataHintsWorker);
    await worker.processDue(1000);
    for (let i = 0; i < 30; i++)
      await t.http
        .post(`/api/phases/${phaseId}/statements`)
        .send(statementBody({ text: `Herr Beispiel Nummer ${i}` }))
        .expect(201);
    const taken = await Promise.all([worker.processDue(20), worker.processDue(20)]);
    expect(taken[0] + taken[1]).toBe(30);
    const [{ count }] = await t.dataSource.query<{ count: string }[]>(
      `SELECT count(*) FROM personal_data_hints h JOIN statements s ON s.id = h.statement_id
       WHERE s.phase_id = $1 AND h.hints @> '[{"kind":"name"}]'`,
      [phaseId],
    );
    expect(Number(count)).toBe(30);
  });
});
