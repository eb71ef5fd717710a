import { readFileSync } from 'node:fs';
import { createUser, sessionCookie } from '../support/factories.js';
import { openPhase, SECRET_SUBMITTER } from '../support/statements.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const LETTER = readFileSync('test/fixtures/documents/begruendung.pdf');

describe('staff intake with a scanned letter', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('binds the scanned letter of a late letter; after the end only staff may upload', async () => {
    const { procedureId, phaseId } = await openPhase(t);
    await t.dataSource.query(
      `UPDATE phases SET closes_at = now() - interval '1 day', opens_at = now() - interval '10 days' WHERE id = $1`,
      [phaseId],
    );
    const upload = (cookie?: string) => {
      const req = t.http.post(`/api/phases/${phaseId}/attachments`).set('Origin', t.url);
      if (cookie) req.set('Cookie', cookie);
      return req.attach('file', LETTER, { filename: 'brief.pdf', contentType: 'application/pdf' });
    };
    // A visitor cannot add files to a closed phase.
    expect((await upload().expect(409)).body.code).toBe('PHASE_CLOSED');
    const resident = await sessionCookie(t, (await createUser(t, { roles: ['resident'] })).id);
    await upload(resident).expect(409);

    const planner = await sessionCookie(t, (await createUser(t, { roles: ['planner'] })).id);
    const scan = await upload(planner).expect(201);
    const res = await t.http
      .post(`/api/procedures/${procedureId}/statements/intake`)
      .set('Cookie', planner)
      .set('Origin', t.url)
      .send({
        phaseId,
        channel: 'letter',
        receivedAt: new Date().toISOString(),
        text: 'Per Brief eingegangen, mit Anlage.',
        submitter: SECRET_SUBMITTER,
        attachmentIds: [scan.body.id],
      })
      .expect(201);
    const [row] = await t.dataSource.query<{ statement_id: string; late: boolean }[]>(
      `SELECT a.statement_id, s.late FROM statement_attachments a JOIN statements s ON s.id = a.statement_id WHERE a.id = $1`,
      [scan.body.id],
    );
    expect(row).toEqual({ statement_id: res.body.id, late: true });
  });
});
