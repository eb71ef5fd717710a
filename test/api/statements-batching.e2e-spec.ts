import { setTimeout as sleep } from 'node:timers/promises';
import { addDays, berlinDate } from '../../src/phases/deadlines/index.js';
import { PhasesService } from '../../src/phases/phases.service.js';
import { Injectable } from '@nestjs/common';
import {
  StatementBatcher,
  type BatchMember,
} from '../../src/statements/intake/statement-batcher.js';
import { openPhase, SECRET_SUBMITTER, statementBody } from '../support/statements.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * The batcher with a gate before the next batch: `hold()` makes the next batch wait until
 * `release()` (it replaces the real one through Nest's testing module, overrideProvider).
 */
@Injectable()
class HeldBatcher extends StatementBatcher {
  private gate: { entered: boolean; opened: Promise<void> } | null = null;

  hold() {
    let release = () => {};
    const opened = new Promise<void>((resolve) => (release = resolve));
    const gate = { entered: false, opened };
    this.gate = gate;
    return {
      get entered() {
        return gate.entered;
      },
      release: () => release(),
    };
  }

  protected override async runBatch(members: BatchMember[]) {
    const gate = this.gate;
    this.gate = null;
    if (gate) {
      gate.entered = true;
      await gate.opened;
    }
    return super.runBatch(members);
  }
}

/**
 * Group commit of submissions (StatementBatcher.runBatch): submissions to one procedure that
 * arrive while a batch is in flight share the next batch, and each keeps its own answer. The
 * tests hold the first batch before it reaches the database, queue the next members behind it,
 * then let go, so the second batch is known exactly.
 */
describe('statement intake in batches', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(
      { STATEMENT_RATE_LIMIT: '1000000', DATABASE_POOL_SIZE: '10' },
      { override: (b) => b.overrideProvider(StatementBatcher).useClass(HeldBatcher) },
    );
  });
  afterAll(() => t.close());

  const submit = (phaseId: string, body: Record<string, unknown>, key?: string) => {
    const req = t.http.post(`/api/phases/${phaseId}/statements`).send(body);
    return key ? req.set('Idempotency-Key', key) : req;
  };
  /** Sends the request now (supertest sends on then()) and keeps its answer. */
  const send = (req: ReturnType<typeof submit>) => Promise.resolve(req);

  const batcher = () => t.app.get<StatementBatcher, HeldBatcher>(StatementBatcher);
  const waiting = (procedureId: string) => batcher().waiting(procedureId);

  async function until(condition: () => boolean): Promise<void> {
    for (let i = 0; i < 500 && !condition(); i += 1) await sleep(10);
    expect(condition()).toBe(true);
  }

  /** The next batch waits for release(); `entered` once it was started. */
  const holdNextBatch = () => batcher().hold();

  const count = async (sql: string, params: unknown[]) =>
    Number((await t.dataSource.query<{ n: string }[]>(sql, params))[0].n);

  it('numbers a batch: a refusal in its middle costs no number and leaves the others accepted', async () => {
    const { procedureId, phaseId, reference } = await openPhase(t);
    const year = new Date().getFullYear();
    const held = holdNextBatch();
    const a = send(submit(phaseId, statementBody({ text: 'A' }), 'batch-key-a'));
    await until(() => held.entered);
    const b = send(submit(phaseId, statementBody({ text: 'B' }), 'batch-key-b'));
    await until(() => waiting(procedureId) === 1);
    const unknownAttachment = '00000000-0000-4000-8000-000000000000';
    const c = send(
      submit(
        phaseId,
        statementBody({ text: 'C', attachmentIds: [unknownAttachment] }),
        'batch-key-c',
      ),
    );
    await until(() => waiting(procedureId) === 2);
    const d = send(
      submit(phaseId, statementBody({ text: 'D', submitter: SECRET_SUBMITTER }), 'batch-key-d'),
    );
    await until(() => waiting(procedureId) === 3);
    // A retry of B while B waits: it may not share B's batch, and is answered with B's receipt.
    const e = send(submit(phaseId, statementBody({ text: 'B' }), 'batch-key-b'));
    await until(() => waiting(procedureId) === 4);
    held.release();
    const [ra, rb, rc, rd, re] = await Promise.all([a, b, c, d, e]);

    expect([ra, rb, rc, rd, re].map((r) => r.status)).toEqual([201, 201, 400, 201, 201]);
    expect(rc.body.errors[0].field).toBe('attachmentIds');
    expect([ra, rb, rd].map((r) => r.body.reference)).toEqual(
      [1, 2, 3].map((n) => `${reference}/${year}-000${n}`),
    );
    // B was numbered by the shared statement, D (with mail) in the careful transaction after it.
    expect(Date.parse(ra.body.receivedAt)).toBeLessThanOrEqual(Date.parse(rb.body.receivedAt));
    expect(Date.parse(rb.body.receivedAt)).toBeLessThanOrEqual(Date.parse(rd.body.receivedAt));
    expect(re.headers['idempotent-replayed']).toBe('true');
    expect(re.body).toEqual(rb.body);
    expect(await count(`SELECT count(*) AS n FROM statements WHERE phase_id = $1`, [phaseId])).toBe(
      3,
    );
    // D's mail carries D's number; C left neither a key nor a mail behind.
    expect(
      await count(`SELECT count(*) AS n FROM outbox_messages WHERE params ->> 'reference' = $1`, [
        rd.body.reference,
      ]),
    ).toBe(1);
    expect(
      await count(`SELECT count(*) AS n FROM idempotency_keys WHERE key LIKE $1`, [
        `%:batch-key-c`,
      ]),
    ).toBe(0);
    // C's retry, corrected, gets the next number: the refusal cost none.
    const retried = await submit(phaseId, statementBody({ text: 'C' }), 'batch-key-c').expect(201);
    expect(retried.body.reference).toBe(`${reference}/${year}-0004`);
  });

  it('numbers together what can only be refused for its phase: a closed phase in the batch costs no number', async () => {
    const { procedureId, phaseId, reference } = await openPhase(t);
    const year = new Date().getFullYear();
    // A second phase of the same procedure (same counter), already closed.
    const today = berlinDate(new Date());
    const closed = await t.app.get(PhasesService).create(null, procedureId, {
      kind: 'informal',
      title: 'Vorbei',
      startDate: addDays(today, -1),
      endDate: addDays(today, 10),
      moderationMode: 'pre',
    });
    await t.dataSource.query(
      `UPDATE phases SET opens_at = now() - interval '10 days', closes_at = now() - interval '1 day' WHERE id = $1`,
      [closed.id],
    );
    const held = holdNextBatch();
    const a = send(submit(phaseId, statementBody({ text: 'A' }), 'together-key-a'));
    await until(() => held.entered);
    const queued = [
      [phaseId, 'B'],
      [closed.id, 'C'],
      [phaseId, 'D'],
    ].map(([phase, text]) => send(submit(phase, statementBody({ text }), `together-key-${text}`)));
    await until(() => waiting(procedureId) === queued.length);
    held.release();
    const [ra, rb, rc, rd] = await Promise.all([a, ...queued]);
    expect([ra, rb, rc, rd].map((r) => r.status)).toEqual([201, 201, 409, 201]);
    expect(rc.body.code).toBe('PHASE_CLOSED');
    expect(rb.body.receivedAt).toBe(rd.body.receivedAt);
    expect([ra, rb, rd].map((r) => r.body.reference).sort()).toEqual(
      [1, 2, 3].map((n) => `${reference}/${year}-000${n}`),
    );
    expect(
      await count(`SELECT count(*) AS n FROM idempotency_keys WHERE key = $1`, [
        `${closed.id}:together-key-C`,
      ]),
    ).toBe(0);
    const next = await submit(phaseId, statementBody({ text: 'E' })).expect(201);
    expect(next.body.reference).toBe(`${reference}/${year}-0004`);
  });

  it('fails every member of a batch whose COMMIT fails and leaves nothing of them', async () => {
    const { procedureId, phaseId, reference } = await openPhase(t);
    const year = new Date().getFullYear();
    const fatal = 'Scheitert erst beim COMMIT';
    // A deferred constraint trigger: the member's own statement succeeds, the COMMIT fails.
    await t.dataSource.query(
      `CREATE FUNCTION test_fail_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF NEW.text = '${fatal}' THEN RAISE EXCEPTION 'refused at commit'; END IF;
         RETURN NULL;
       END $$`,
    );
    await t.dataSource.query(
      `CREATE CONSTRAINT TRIGGER test_fail_at_commit AFTER INSERT ON statements
       DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION test_fail_at_commit()`,
    );
    try {
      const held = holdNextBatch();
      const a = send(submit(phaseId, statementBody({ text: 'A' }), 'commit-key-a'));
      await until(() => held.entered);
      const b = send(submit(phaseId, statementBody({ text: 'B' }), 'commit-key-b'));
      await until(() => waiting(procedureId) === 1);
      const c = send(submit(phaseId, statementBody({ text: fatal }), 'commit-key-c'));
      await until(() => waiting(procedureId) === 2);
      const d = send(
        submit(phaseId, statementBody({ text: 'D', submitter: SECRET_SUBMITTER }), 'commit-key-d'),
      );
      await until(() => waiting(procedureId) === 3);
      held.release();
      const [ra, rb, rc, rd] = await Promise.all([a, b, c, d]);
      expect(ra.status).toBe(201);
      expect(ra.body.reference).toBe(`${reference}/${year}-0001`);
      expect([rb, rc, rd].map((r) => r.status)).toEqual([500, 500, 500]);
      expect(
        await count(`SELECT count(*) AS n FROM statements WHERE phase_id = $1`, [phaseId]),
      ).toBe(1);
      expect(
        await count(`SELECT count(*) AS n FROM idempotency_keys WHERE key = ANY($1)`, [
          ['b', 'c', 'd'].map((k) => `${phaseId}:commit-key-${k}`),
        ]),
      ).toBe(0);
      expect(
        await count(
          `SELECT count(*) AS n FROM outbox_messages WHERE params ->> 'reference' LIKE $1`,
          [`${reference}/%`],
        ),
      ).toBe(0);
    } finally {
      await t.dataSource.query(`DROP TRIGGER test_fail_at_commit ON statements`);
      await t.dataSource.query(`DROP FUNCTION test_fail_at_commit()`);
    }
    // A retry with its key starts afresh and gets the number that was never given out.
    const retried = await submit(phaseId, statementBody({ text: 'B' }), 'commit-key-b').expect(201);
    expect(retried.body.reference).toBe(`${reference}/${year}-0002`);
    expect(retried.headers['idempotent-replayed']).toBeUndefined();
  });
});
