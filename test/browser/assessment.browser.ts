import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';

import type { APIRequestContext, Locator, Page } from '@playwright/test';
import ExcelJS from 'exceljs';

import { expectSettled } from './support/app.js';
import { STAFF, expect, test, waitForMail } from './support/auth.js';
import { expectNoSeriousViolations } from './support/axe.js';
import { APP_ORIGIN } from './support/env.js';
import { WRITE, actAs, createOpenProcedure } from './support/staff.js';

/** The plan area: 0.02° wide, 0.01° high; the map fits it, centred on 7.010. */
const AREA = {
  type: 'Polygon',
  coordinates: [
    [
      [7.0, 51.44],
      [7.02, 51.44],
      [7.02, 51.45],
      [7.0, 51.45],
      [7.0, 51.44],
    ],
  ],
};
const point = (lon: number, lat: number) => ({ type: 'Point', coordinates: [lon, lat] });

const MASS_TEXT =
  'Wir lehnen die geplante Bebauung der Grünfläche am Stadtgarten entschieden ab, weil sie das Klima im Quartier verschlechtert.';

/** A published procedure of this test with an open, pre-moderated informal phase. */
const createProcedure = (planner: APIRequestContext) =>
  createOpenProcedure(planner, {
    prefix: 'ABW',
    title: 'Abwägungstest',
    topics: ['Grün', 'Verkehr'],
    area: AREA,
    phaseTitle: 'Dialog zur Abwägung',
  });

interface Submitted {
  id: string;
  reference: string;
}

async function submit(
  request: APIRequestContext,
  phaseId: string,
  data: { text: string; geometry?: object; topic?: string; email?: string },
): Promise<Submitted> {
  const submitter = data.email
    ? { type: 'named', name: `Person ${data.email.split('@')[0]}`, email: data.email }
    : { type: 'anonymous' };
  const response = await request.post(`/api/phases/${phaseId}/statements`, {
    headers: { 'Idempotency-Key': randomUUID(), Origin: APP_ORIGIN },
    data: {
      text: data.text,
      geometry: data.geometry,
      topic: data.topic,
      submitter,
      privacyNoticeAcknowledged: true,
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as Submitted;
}

const statementsTable = (page: Page): Locator =>
  page.getByRole('table', { name: 'Stellungnahmen mit Bearbeitungsstand' });
/** The progress bar's sentence (the bar itself has the same text as its fallback). */
const progress = (page: Page): Locator => page.locator('.assessment-progress__text');
const tableReferences = (page: Page): Locator =>
  statementsTable(page).locator('tbody th[scope="row"]');

test.describe('assessment (Abwägung)', () => {
  test('a planner filters by a drawn area, answers a group of duplicates, exports the XLSX and sends result letters', async ({
    page,
    request,
    signIn,
  }) => {
    test.slow();
    const procedure = await createProcedure(await actAs(page, signIn, STAFF.planner));
    const tag = randomUUID().slice(0, 8);
    const west1 = await submit(request, procedure.phaseId, {
      text: `Im Westen fehlt ein Zebrastreifen. (${tag})`,
      topic: 'Verkehr',
      geometry: point(7.004, 51.444),
    });
    const west2 = await submit(request, procedure.phaseId, {
      text: `Am westlichen Rand bitte eine Bank aufstellen. (${tag})`,
      geometry: point(7.006, 51.446),
      email: `west-${tag}@example.org`,
    });
    const east1 = await submit(request, procedure.phaseId, {
      text: `Im Osten bitte mehr Bäume. (${tag})`,
      topic: 'Grün',
      geometry: point(7.016, 51.444),
    });
    const east2 = await submit(request, procedure.phaseId, {
      text: `Der östliche Parkplatz ist zu groß. (${tag})`,
      geometry: point(7.015, 51.446),
    });
    const massEmails = [0, 1, 2].map((i) => `mass${i}-${tag}@example.org`);
    const mass: Submitted[] = [];
    for (const [i, email] of massEmails.entries()) {
      mass.push(
        await submit(request, procedure.phaseId, {
          text: i === 2 ? `${MASS_TEXT} Bitte!` : MASS_TEXT,
          email,
        }),
      );
    }
    const all = [west1, west2, east1, east2, ...mass];

    // From the procedure editor to its assessment workspace.
    await page.goto(`/planung/verfahren/${procedure.id}`);
    await page.getByRole('link', { name: 'Abwägung' }).first().click();
    await expect(page).toHaveURL(`/planung/verfahren/${procedure.id}/abwaegung`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      `Abwägung: ${procedure.title}`,
    );
    await expect(progress(page)).toHaveText('0 von 7 Stellungnahmen bewertet');
    // Every statement, pre-moderated and so unpublished, is in the table.
    await expect(tableReferences(page)).toHaveText(all.map((s) => s.reference));
    await expect(page.getByText('7 Stellungnahmen in dieser Ansicht.')).toBeVisible();
    await expectNoSeriousViolations(page);

    // The map view (kept in the URL): draw an area around the western half.
    await page.getByRole('button', { name: 'Karte', exact: true }).click();
    await expect(page).toHaveURL(/ansicht=karte/);
    const map = page.getByRole('region', { name: 'Karte der Stellungnahmen mit Flächenfilter' });
    await expect(map).toBeVisible();
    await expect(page.getByText('4 Stellungnahmen mit Ort auf der Karte.')).toBeVisible();
    await expect(map.locator('.leaflet-overlay-pane path')).toHaveCount(5);
    await expectSettled(map);
    await page.getByRole('button', { name: 'Fläche zeichnen' }).click();
    const box = await map.boundingBox();
    if (!box) throw new Error('the map has no box');
    const left = box.x + 90;
    const right = box.x + box.width / 2 - 10;
    const top = box.y + 40;
    const bottom = box.y + box.height - 40;
    const corners: [number, number][] = [
      [left, top],
      [right, top],
      [right, bottom],
      [left, bottom],
      [left, top],
    ];
    for (const [cx, cy] of corners) {
      await page.mouse.move(cx, cy, { steps: 4 });
      await page.mouse.click(cx, cy);
    }
    await expect(page.getByText('Gefiltert nach einer Fläche mit 4 Eckpunkten.')).toBeVisible();
    await expect(page).toHaveURL(/flaeche=/);
    await expect(page.getByText('2 Stellungnahmen mit Ort auf der Karte.')).toBeVisible();
    await expectNoSeriousViolations(page);

    // Back to the table: exactly the two statements inside the area.
    await page.getByRole('button', { name: 'Tabelle', exact: true }).click();
    await expect(page).not.toHaveURL(/ansicht=karte/);
    await expect(page.getByText('2 Stellungnahmen in dieser Ansicht.')).toBeVisible();
    await expect(tableReferences(page)).toHaveText([west1.reference, west2.reference]);
    await page.getByRole('button', { name: 'Fläche entfernen' }).click();
    await expect(tableReferences(page)).toHaveCount(7);

    // One statement by itself: "acknowledged" fills in the standard response.
    await page.getByRole('button', { name: `Stellungnahme ${west2.reference} bewerten` }).click();
    const panel = page.getByRole('region', { name: `Stellungnahme ${west2.reference}` });
    await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
    await panel
      .getByLabel('Ergebnis', { exact: true })
      .selectOption({ label: 'Zur Kenntnis genommen' });
    await expect(panel.getByLabel('Antwort', { exact: true })).toHaveValue(
      'Die Stellungnahme wird zur Kenntnis genommen.',
    );
    await panel.getByRole('button', { name: 'Bewertung speichern' }).click();
    await expect(
      page.getByText(`Die Bewertung von Stellungnahme ${west2.reference} ist gespeichert.`),
    ).toBeVisible();
    await expect(progress(page)).toHaveText('1 von 7 Stellungnahmen bewertet');

    // A response template for traffic, created here and used for the next statement.
    await page.getByRole('button', { name: 'Neue Vorlage' }).click();
    const templateForm = page.getByRole('form', { name: 'Neue Antwortvorlage' });
    await templateForm.getByLabel('Titel').fill('Zebrastreifen');
    await templateForm.getByLabel('Thema').selectOption('Verkehr');
    await templateForm
      .getByLabel('Ergebnis', { exact: true })
      .selectOption({ label: 'Berücksichtigt' });
    const templateText = `Ein Zebrastreifen wird angelegt. (${tag})`;
    await templateForm.getByLabel('Antwort', { exact: true }).fill(templateText);
    await templateForm.getByRole('button', { name: 'Vorlage speichern' }).click();
    await expect(page.getByText('Die Vorlage „Zebrastreifen“ ist gespeichert.')).toBeVisible();

    await page.getByRole('button', { name: `Stellungnahme ${west1.reference} bewerten` }).click();
    const panel1 = page.getByRole('region', { name: `Stellungnahme ${west1.reference}` });
    await expect(panel1.getByRole('heading', { level: 2 })).toBeFocused();
    await panel1.getByRole('button', { name: 'Mir zuweisen' }).click();
    await expect(
      page.getByText(`Stellungnahme ${west1.reference} ist Ihnen zugewiesen.`),
    ).toBeVisible();
    await panel1.getByLabel('Antwortvorlage').selectOption({ label: 'Zebrastreifen (Verkehr)' });
    await expect(panel1.getByLabel('Ergebnis', { exact: true })).toHaveValue('followed');
    await expect(panel1.getByLabel('Antwort', { exact: true })).toHaveValue(templateText);
    // Meanwhile a colleague saves another assessment of the same statement.
    const theirs = await page.request.put(`/api/statements/${west1.id}/assessment`, {
      ...WRITE,
      data: { result: 'not_followed', response: `Kein Platz dafür. (${tag})`, expectedVersion: 0 },
    });
    expect(theirs.status(), await theirs.text()).toBe(200);
    await panel1.getByRole('button', { name: 'Bewertung speichern' }).click();
    const conflict = panel1.getByRole('alert').filter({ hasText: 'Jemand anderes' });
    await expect(conflict).toContainText('Jetzt gespeichert: Nicht berücksichtigt');
    await expect(conflict).toContainText(`Kein Platz dafür. (${tag})`);
    // The planner's input is kept; saving again replaces the colleague's version knowingly.
    await expect(panel1.getByLabel('Antwort', { exact: true })).toHaveValue(templateText);
    await panel1.getByRole('button', { name: 'Bewertung speichern' }).click();
    await expect(
      page.getByText(`Die Bewertung von Stellungnahme ${west1.reference} ist gespeichert.`),
    ).toBeVisible();
    await expect(conflict).toHaveCount(0);
    await expect(progress(page)).toHaveText('2 von 7 Stellungnahmen bewertet');
    const saved = await page.request.get(
      `/api/procedures/${procedure.id}/assessment/statements?limit=200`,
    );
    const savedItems = ((await saved.json()) as { items: { id: string; response: string }[] })
      .items;
    expect(savedItems.find((item) => item.id === west1.id)?.response).toBe(templateText);

    // The near-identical statements: one group of three, answered with one response.
    await page.getByRole('button', { name: 'Gleichlautende Stellungnahmen ermitteln' }).click();
    await expect(page.getByText('1 Gruppe gefunden.')).toBeVisible();
    const group = page.getByRole('article', {
      name: `Gruppe um ${mass[0]?.reference}: 3 Unterzeichnende`,
    });
    await expect(group).toContainText('0 von 3 bewertet');
    await expect(group.getByText('Ergebnis öffentlich bekannt machen')).toHaveCount(0);
    const response = `Die Grünfläche bleibt zur Hälfte erhalten. (${tag})`;
    await group
      .getByLabel('Ergebnis', { exact: true })
      .selectOption({ label: 'Nicht berücksichtigt' });
    await group.getByLabel('Antwort', { exact: true }).fill(response);
    await group.getByRole('button', { name: 'Alle 3 Stellungnahmen beantworten' }).click();
    await expect(
      page.getByText(`3 Stellungnahmen der Gruppe um ${mass[0]?.reference} beantwortet.`),
    ).toBeVisible();
    await expect(group).toContainText('3 von 3 bewertet');
    await expect(progress(page)).toHaveText('5 von 7 Stellungnahmen bewertet');
    // The group's members, listed in the table, all carry the one result.
    await group.getByRole('button', { name: 'Die 3 Stellungnahmen anzeigen' }).click();
    await expect(tableReferences(page)).toHaveText(mass.map((s) => s.reference));
    await expect(statementsTable(page).locator('tbody tr')).toHaveText(
      Array.from({ length: 3 }, () => /Nicht berücksichtigt/),
    );
    await page.getByRole('button', { name: 'Alle Stellungnahmen zeigen' }).click();
    await expect(tableReferences(page)).toHaveCount(7);

    // Export the Abwägungstabelle as XLSX (anonymised by default).
    await expect(page.getByLabel('Anonymisiert (ohne personenbezogene Daten)')).toBeChecked();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Abwägungstabelle (XLSX)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    await expect(page.getByText(/^XLSX heruntergeladen/)).toBeVisible();
    const path = await download.path();
    const xlsx = await readFile(path);
    expect(xlsx.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(xlsx.length).toBeGreaterThan(2000);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.buffer.slice(xlsx.byteOffset, xlsx.byteOffset + xlsx.byteLength));
    const cells: string[] = [];
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) => {
        // row.values is sparse (index 0 and empty cells are holes).
        for (const value of Array.from(row.values as unknown[])) {
          cells.push(typeof value === 'string' ? value : JSON.stringify(value ?? ''));
        }
      }),
    );
    for (const statement of all) expect(cells).toContain(statement.reference);
    expect(cells.some((cell) => cell.includes(response))).toBe(true);
    // Anonymised: no submitter's address.
    expect(cells.join('\n')).not.toContain(`@example.org`);

    // Result letters go out after the phase: end it first.
    const closed = await page.context().request.post(`/api/phases/${procedure.phaseId}/close`, {
      ...WRITE,
      data: { reason: 'Beteiligung abgeschlossen, Ergebnisse werden mitgeteilt.' },
    });
    expect(closed.status(), await closed.text()).toBe(200);
    // Four named submitters with an assessed statement, one anonymous.
    await page.getByRole('button', { name: 'Ergebnisse versenden …' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ergebnisse jetzt versenden?' });
    await expect(dialog.getByRole('button', { name: 'Abbrechen' })).toBeFocused();
    await expect(dialog).toContainText('4 Schreiben werden erstellt, davon 4 per E-Mail.');
    await dialog.getByRole('button', { name: 'Jetzt versenden' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('4 Briefe sind im Postausgang.')).toBeVisible();
    await expect(page.getByText('2 Stellungnahmen noch nicht bewertet')).toBeVisible();
    await expect(
      page.getByText('1 anonyme Stellungnahme (Ergebnis auf der öffentlichen Seite)'),
    ).toBeVisible();
    for (const email of [...massEmails, `west-${tag}@example.org`]) {
      const mail = await waitForMail(email, { subject: /^Ergebnis zu Ihrer Stellungnahme/ });
      expect(mail.text ?? '').toMatch(/\/api\/result-letters\//);
    }
    const groupMail = await waitForMail(massEmails[1] ?? '', { subject: /^Ergebnis/ });
    expect(groupMail.text).toContain(response);
    await expect(progress(page)).toHaveText('5 von 7 Stellungnahmen bewertet');

    // The public results page, linked from the procedure page, has the responses.
    await page.goto(`/verfahren/${procedure.id}`);
    await page.getByRole('link', { name: 'Ergebnisse der Abwägung ansehen' }).click();
    await expect(page).toHaveURL(`/verfahren/${procedure.id}/ergebnisse`);
    await expect(page.locator('.public-results > li')).toHaveCount(5);
    await expect(page.getByText(response)).toHaveCount(3);
    await expect(page.getByText(templateText)).toHaveCount(1);
    await expect(page.getByText('@example.org')).toHaveCount(0);
    await expectNoSeriousViolations(page);
  });
});
