import type { Response } from 'supertest';
import { addDays, berlinDate } from '../../src/phases/deadlines/index.js';
import { PhasesService } from '../../src/phases/phases.service.js';
import { createUser, sessionCookie } from '../support/factories.js';
import { pdfText } from '../support/pdf-text.js';
import { openPhase, statementBody } from '../support/statements.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

function binary(res: Response, callback: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
}

/** Turkish, Polish, Arabic, the euro sign and an emoji: all garbled by a WinAnsi font. */
const WORLD = 'Gülşen Yıldız und Łukasz Wąsowski … 12 € 🌳 – مرحبا بالعالم';

describe('letters and PDFs', () => {
  let t: TestApp;
  let planner: string;
  const as = (path: string) => t.http.get(path).set('Cookie', planner);
  const post = (path: string, body: object = {}) =>
    t.http.post(path).set('Cookie', planner).set('Origin', t.url).send(body);
  const pdfAt = async (url: string) =>
    pdfText(
      (
        await t.http
          .get(url.replace(/^https?:\/\/[^/]+/, ''))
          .buffer(true)
          .parse(binary)
          .expect(200)
      ).body as Buffer,
    );

  beforeAll(async () => {
    t = await createTestApp({ LETTER_OFFICE: 'Stadt Essen · Amt für Stadtplanung und Bauordnung' });
    planner = await sessionCookie(t, (await createUser(t, { roles: ['planner'] })).id);
  });
  afterAll(() => t.close());

  it('cites the legal basis of the phase kind on the receipt, and none for informal dialogues', async () => {
    const informal = await openPhase(t);
    const early = await t.app.get(PhasesService).create(null, informal.procedureId, {
      kind: 'early_public',
      title: 'Frühzeitige Beteiligung',
      startDate: addDays(berlinDate(new Date()), -1),
      endDate: addDays(berlinDate(new Date()), 20),
    });
    const a = await t.http
      .post(`/api/phases/${informal.phaseId}/statements`)
      .send(statementBody({ text: WORLD }))
      .expect(201);
    const b = await t.http
      .post(`/api/phases/${early.id}/statements`)
      .send(statementBody())
      .expect(201);
    const informalReceipt = await pdfAt(a.body.receiptUrl as string);
    expect(informalReceipt).toContain('Gülşen Yıldız und Łukasz Wąsowski … 12 €');
    expect(informalReceipt).toContain('مرحبا');
    expect(informalReceipt).toContain('[Emoji]');
    expect(informalReceipt).not.toMatch(/BauGB/);
    expect(informalReceipt).not.toContain('fristgerecht');
    const earlyReceipt = (await pdfAt(b.body.receiptUrl as string)).replace(/\s+/g, ' ');
    expect(earlyReceipt).toContain(
      'fristgerecht eingegangen und wird im Verfahren nach § 3 Abs. 1 BauGB',
    );
  });

  it('says on the receipt of a late staff-recorded statement that it is late and what that means', async () => {
    const { procedureId, phaseId } = await openPhase(t);
    await t.dataSource.query(
      `UPDATE phases SET kind = 'early_public', closes_at = now() - interval '1 hour', opens_at = now() - interval '10 days' WHERE id = $1`,
      [phaseId],
    );
    const late = await post(`/api/procedures/${procedureId}/statements/intake`, {
      phaseId,
      channel: 'letter',
      receivedAt: new Date().toISOString(),
      text: 'Per Brief, nach Fristende.',
      submitter: { type: 'anonymous' },
    }).expect(201);
    const text = (await pdfAt(late.body.receiptUrl as string)).replace(/\s+/g, ' ');
    expect(text).toContain('verspätet');
    expect(text).toContain('§ 4a Abs. 5 BauGB');
    expect(text).toContain('unberücksichtigt bleiben');
    expect(text).not.toContain('fristgerecht');
  });

  it('refuses result letters before the phase ends, then counts letters and mails and lays the letter out like an official letter', async () => {
    const { procedureId, phaseId } = await openPhase(t);
    const named = (email: string | undefined) =>
      statementBody({
        text: WORLD,
        submitter: {
          type: 'named',
          name: 'Gülşen Yıldız',
          street: 'Rüttenscheider Straße 12',
          postcode: '45130',
          city: 'Essen',
          ...(email ? { email } : {}),
        },
      });
    const ids: string[] = [];
    for (const body of [named('g.yildiz@example.org'), named(undefined), statementBody()]) {
      ids.push(
        (await t.http.post(`/api/phases/${phaseId}/statements`).send(body).expect(201)).body
          .id as string,
      );
    }
    for (const id of ids) {
      await t.http
        .put(`/api/statements/${id}/assessment`)
        .set('Cookie', planner)
        .set('Origin', t.url)
        .send({
          result: 'partly_followed',
          response: 'Der Radweg wird auf der Ostseite geführt.',
          expectedVersion: 0,
        })
        .expect(200);
    }
    const base = `/api/procedures/${procedureId}/assessment/result-letters`;
    const early = await as(base).expect(200);
    expect(early.body).toEqual({
      letters: 2,
      mails: 1,
      lettersToPost: 1,
      publicNotice: 0,
      anonymous: 1,
      notAssessed: 0,
      phasesEnded: false,
    });
    const refused = await post(base).expect(409);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body.code).toBe('RESULT_LETTERS_TOO_EARLY');
    await t.dataSource.query(
      `UPDATE phases SET closes_at = now() - interval '1 minute', opens_at = now() - interval '10 days' WHERE id = $1`,
      [phaseId],
    );
    expect((await as(base).expect(200)).body).toMatchObject({
      letters: 2,
      mails: 1,
      phasesEnded: true,
    });
    expect((await post(base).expect(200)).body).toMatchObject({
      letters: 1,
      lettersToPost: 1,
      anonymous: 1,
    });

    const [mail] = await t.dataSource.query<{ body_text: string }[]>(
      `SELECT body_text FROM outbox_messages WHERE template = 'assessment.result' AND recipient = 'g.yildiz@example.org'`,
    );
    const link = /\/api\/result-letters\/[0-9a-f-]+\?token=[\w-]+/.exec(mail.body_text)![0];
    const pdf = (await t.http.get(link).buffer(true).parse(binary).expect(200)).body as Buffer;
    const text = pdfText(pdf);
    const flat = text.replace(/\s+/g, ' ');
    // DIN 5008: sender block with office, address and contact; recipient; date; reference; subject.
    expect(flat).toContain('Stadt Essen · Amt für Stadtplanung und Bauordnung · Lindenallee 10');
    expect(flat).toContain('Gülşen Yıldız Rüttenscheider Straße 12 45130 Essen');
    expect(flat).toContain('stadtplanung@essen.de');
    expect(flat).toMatch(/Datum \d{2}\.\d{2}\.\d{4}/);
    expect(flat).toMatch(/Aktenzeichen ST-\d+-\d+/);
    expect(flat).toContain('Ergebnis der Prüfung Ihrer Stellungnahme – Verfahren');
    expect(flat).toContain('Ergebnis: teilweise berücksichtigt');
    expect(flat).toContain('Gülşen Yıldız und Łukasz Wąsowski … 12 €');
    expect(text).toContain('بالعالم');
    // The layout: the address field on the left, the information block on the right.
    const layout = pdfText(pdf, true);
    expect(layout).toMatch(/Gülşen Yıldız {10,}\S/);
  });

  it('renders the council report as a table, statement | assessment, with numbered map points', async () => {
    const { procedureId, phaseId } = await openPhase(t, { moderationMode: 'none' });
    for (const [text, lon] of [
      [WORLD, 7.002],
      ['Zweite Stellungnahme ohne Ort', null],
      ['Dritte am Osten', 7.008],
    ] as const) {
      await t.http
        .post(`/api/phases/${phaseId}/statements`)
        .send(
          statementBody({
            text,
            ...(lon ? { geometry: { type: 'Point', coordinates: [lon, 51.435] } } : {}),
          }),
        )
        .expect(201);
    }
    const res = await as(`/api/procedures/${procedureId}/exports/pdf`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const text = pdfText(res.body as Buffer, true);
    expect(text).toMatch(/Nr\.\s+Stellungnahme\s+Abwägung/);
    expect(text).toContain(
      'Die Nummern auf der Karte sind die Nummern der Stellungnahmen in der Tabelle.',
    );
    expect(text).toMatch(/^\s*1\s+ST-/m);
    expect(text).toMatch(/^\s*3\s+ST-/m);
    // Two columns: the statement's head beside its assessment, the text below the head.
    expect(text).toMatch(/^\s*1\s+ST-\S+ · Dialog · .+ · online\s{2,}noch nicht abgewogen/m);
    expect(text).toMatch(/^Karte\s+Gülşen Yıldız und Łukasz Wąsowski … 12 €/m);
    // Map labels 1 and 3 are drawn on page 1; statement 2 has no location.
    const cover = pdfText(res.body as Buffer).split('\f')[0];
    expect(cover).toMatch(/^1$/m);
    expect(cover).toMatch(/^3$/m);
    expect(cover).not.toMatch(/^2$/m);
  });
});
