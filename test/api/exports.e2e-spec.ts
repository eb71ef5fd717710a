import ExcelJS from 'exceljs';
import type { Response } from 'supertest';
import { addDays, berlinDate, startOfDayBerlin } from '../../src/phases/deadlines/index.js';
import { createUser, sessionCookie } from '../support/factories.js';
import { pdfText } from '../support/pdf-text.js';
import { openPhase, statementBody } from '../support/statements.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

function binary(res: Response, callback: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
}

/** Personal data of a third party, as a resident might paste it into a statement. */
const THIRD_PARTY = {
  name: 'Bernd Kowalski',
  email: 'b.kowalski@example.org',
  phone: '0201 7654321',
  iban: 'DE89 3704 0044 0532 0130 00',
  street: 'Hauptstraße 12',
};
const THIRD_PARTY_TEXT = `Mein Nachbar Herr ${THIRD_PARTY.name} (${THIRD_PARTY.street}, ${THIRD_PARTY.email}, Tel. ${THIRD_PARTY.phone}) hat das Grundstück gekauft, Konto ${THIRD_PARTY.iban}.`;
const SECRETS = [
  'Kowalski',
  THIRD_PARTY.email,
  THIRD_PARTY.phone,
  '7654321',
  THIRD_PARTY.iban,
  THIRD_PARTY.iban.replace(/ /g, ''),
  THIRD_PARTY.street,
];

describe('exports: Berlin time, German labels, anonymised text', () => {
  let t: TestApp;
  let planner: string;
  let procedureId: string;
  let receivedAt: Date;
  const exportOf = (kind: string, variant = 'anonymised') =>
    t.http
      .get(`/api/procedures/${procedureId}/exports/${kind}?variant=${variant}`)
      .set('Cookie', planner)
      .buffer(true)
      .parse(binary)
      .expect(200);

  beforeAll(async () => {
    t = await createTestApp();
    planner = await sessionCookie(t, (await createUser(t, { roles: ['planner'] })).id);
    const moderator = await sessionCookie(t, (await createUser(t, { roles: ['moderator'] })).id);
    const opened = await openPhase(t, { moderationMode: 'pre' });
    procedureId = opened.procedureId;
    // A letter that reached the office yesterday at 00:30 in Essen: 23:30 or 22:30 UTC the day before.
    receivedAt = new Date(
      startOfDayBerlin(addDays(berlinDate(new Date()), -1)).getTime() + 30 * 60_000,
    );
    await t.http
      .post(`/api/procedures/${procedureId}/statements/intake`)
      .set('Cookie', planner)
      .set('Origin', t.url)
      .send({
        phaseId: opened.phaseId,
        channel: 'letter',
        receivedAt: receivedAt.toISOString(),
        text: 'Per Brief: Bitte einen Zebrastreifen.',
        submitter: { type: 'anonymous' },
      })
      .expect(201);
    const rejected = await t.http
      .post(`/api/phases/${opened.phaseId}/statements`)
      .send(statementBody({ text: THIRD_PARTY_TEXT }))
      .expect(201);
    await t.http
      .post(`/api/moderation/statements/${rejected.body.id as string}/decisions`)
      .set('Cookie', moderator)
      .set('Origin', t.url)
      .send({ action: 'reject', reasonCode: 'third_party_data', expectedVersion: 0 })
      .expect(200);
  });
  afterAll(() => t.close());

  it('writes the receipt time as a real XLSX date cell in Berlin local time, labels beside codes', async () => {
    const res = await exportOf('xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body);
    const sheet = workbook.getWorksheet('Abwägung')!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    const cell = (row: number, header: string) => {
      expect(headers).toContain(header);
      return sheet.getRow(row).getCell(headers.indexOf(header) + 1);
    };
    const received = cell(2, 'Eingang (Ortszeit Berlin) / Received');
    expect(received.value).toBeInstanceOf(Date);
    expect(received.numFmt).toBe('dd.mm.yyyy hh:mm');
    // The cell holds the Berlin wall-clock time: 00:30 on the Berlin day of receipt.
    const shown = received.value as Date;
    expect(shown.toISOString().slice(0, 10)).toBe(berlinDate(receivedAt));
    expect(shown.toISOString().slice(11, 16)).toBe('00:30');
    expect(cell(2, 'Eingangsweg / Channel').value).toBe('Brief');
    expect(cell(2, 'Eingangsweg (Code)').value).toBe('letter');
    expect(cell(2, 'Verspätet / Late').value).toBe('nein');
    expect(cell(2, 'Verspätet (Code)').value).toBe(false);
    expect(cell(2, 'Bearbeitung / Processing').value).toBe('eingegangen');
    expect(cell(2, 'Bearbeitung (Code)').value).toBe('received');
    expect(cell(2, 'Veröffentlichung / Publication').value).toBe('nicht öffentlich');
    expect(cell(3, 'Veröffentlichung / Publication').value).toBe('nicht veröffentlicht');
    expect(cell(3, 'Veröffentlichung (Code)').value).toBe('rejected');
  });

  it('writes Berlin local time in CSV (no Z) and with the offset in GeoJSON', async () => {
    const csv = (await exportOf('csv')).body.toString('utf8') as string;
    const [header, first] = csv.replace(/^\uFEFF/, '').split('\r\n');
    const at = header.split(';').indexOf('Eingang (Ortszeit Berlin) / Received');
    const [y, m, d] = berlinDate(receivedAt).split('-');
    expect(first.split(';')[at]).toBe(`${d}.${m}.${y} 00:30`);
    expect(csv).not.toMatch(/\d{2}:\d{2}:\d{2}(\.\d+)?Z/);
    const geo = JSON.parse((await exportOf('geojson')).body.toString('utf8'));
    expect(geo.features[0].properties.receivedAt).toMatch(
      new RegExp(`^${y}-${m}-${d}T00:30:00\\+0[12]:00$`),
    );
    expect(geo.features[0].properties).toMatchObject({
      channel: 'letter',
      channelLabel: 'Brief',
      late: false,
      lateLabel: 'nein',
    });
  });

  it('never shows a statement rejected for third-party data verbatim, in any kind', async () => {
    const csv = (await exportOf('csv')).body.toString('utf8') as string;
    const geojson = (await exportOf('geojson')).body.toString('utf8') as string;
    const pdf = pdfText((await exportOf('pdf')).body as Buffer);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await exportOf('xlsx')).body);
    const sheet = workbook.getWorksheet('Abwägung')!;
    const xlsx: string[] = [];
    sheet.eachRow((row) => xlsx.push(JSON.stringify(row.values)));
    for (const [kind, text] of Object.entries({ csv, geojson, pdf, xlsx: xlsx.join('\n') })) {
      for (const secret of SECRETS) {
        if (text.includes(secret)) throw new Error(`${kind} export contains "${secret}"`);
      }
      // The rest of the statement is still there for the council.
      expect(text).toContain('hat das Grundstück gekauft');
      expect(text).toContain('[entfernt]');
    }
    const features = JSON.parse(geojson).features as { properties: Record<string, unknown> }[];
    expect(features.map((f) => f.properties.machineMasked)).toEqual([false, true]);
    expect(features[1].properties.textSourceLabel).toBe('maschinell geschwärzt');
    // The named internal export keeps the original for the planning office.
    const named = (await exportOf('csv', 'named_internal')).body.toString('utf8') as string;
    expect(named).toContain(THIRD_PARTY.email);
  });
});
