import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { type Locator, type Page } from '@playwright/test';

import { expectSettled, listItems, mapAreas, procedureList } from './support/app.js';
import { expect, STAFF, test } from './support/auth.js';
import { expectNoSeriousViolations } from './support/axe.js';
import { addDays, berlinToday } from './support/dates.js';
import { APP_ORIGIN } from './support/env.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const PDF = path.join(FIXTURES, 'documents', 'begruendung.pdf');
const DISGUISED_EXECUTABLE = path.join(FIXTURES, 'documents', 'disguised-executable.pdf');
const XPLAN_HUTTROP = path.join(FIXTURES, 'xplanung', 'bp-plan-5-4-huttrop.gml');

/** Letters only: a word the German full-text search keeps as it is. */
function uniqueWord(prefix: string): string {
  const letters = [...randomBytes(6)].map((byte) => String.fromCharCode(97 + (byte % 26)));
  return `${prefix}${letters.join('')}`;
}

const editorMap = (page: Page): Locator =>
  page.getByRole('region', { name: 'Karte zum Zeichnen des Plangebiets' });

/** Draws a rectangle-like polygon around the map's centre with the mouse (geoman). */
async function drawArea(page: Page, halfWidth = 70, halfHeight = 45): Promise<void> {
  const map = editorMap(page);
  await expect(map).toBeVisible();
  await expectSettled(map);
  await page.getByRole('button', { name: 'Fläche zeichnen' }).click();
  const box = await map.boundingBox();
  if (!box) throw new Error('the map has no box');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const corners: [number, number][] = [
    [x - halfWidth, y - halfHeight],
    [x + halfWidth, y - halfHeight],
    [x + halfWidth + 20, y + halfHeight],
    [x - halfWidth, y + halfHeight],
  ];
  for (const [cx, cy] of corners) {
    await page.mouse.move(cx, cy, { steps: 4 });
    await page.mouse.click(cx, cy);
  }
  // A click on the first corner closes the polygon.
  const [firstX, firstY] = corners[0] ?? [x, y];
  await page.mouse.move(firstX, firstY, { steps: 4 });
  await page.mouse.click(firstX, firstY);
}

test.describe('planning area: procedures, documents, phases', () => {
  test('a planner creates a procedure with a drawn area, a document and a phase, publishes it, and the public finds it', async ({
    page,
    signIn,
    browser,
  }) => {
    test.setTimeout(240_000);
    const word = uniqueWord('Lindenquartier');
    const reference = `BP-T-${randomBytes(3).toString('hex')}`;
    const title = `Bebauungsplan „${word}“`;
    const district = `Testviertel ${word}`;

    await signIn(STAFF.planner);
    await page.goto('/planung');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Planungsbereich');
    await page.getByRole('link', { name: 'Neues Verfahren' }).click();
    await expect(page).toHaveURL('/planung/verfahren/neu');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Neues Verfahren');

    // Master data.
    await page.getByLabel('Aktenzeichen').fill(reference);
    await page.getByLabel('Verfahrensart').selectOption({ label: 'Bebauungsplan' });
    await page.getByLabel('Titel', { exact: true }).fill(title);
    await page.getByLabel('Stadtteil').fill(district);
    await page.getByLabel('Kurzbeschreibung').fill(`Neue Wohnungen am ${word}.`);
    await page
      .getByLabel('Beschreibung', { exact: true })
      .fill('Ziel ist ein Quartier mit Wohnungen, Kita und Grünflächen.\n\nZweiter Absatz.');
    const topic = page.getByLabel('Themen', { exact: true });
    await topic.fill('Verkehr');
    await topic.press('Enter');
    await topic.fill('Grün');
    await page.getByRole('button', { name: 'Hinzufügen' }).click();
    const topics = page.getByRole('list', { name: 'Gewählte Themen' });
    await expect(topics.getByRole('listitem')).toHaveText(['Verkehr×', 'Grün×']);

    // The plan area, drawn on the map with the mouse.
    await expect(page.getByText('Noch kein Plangebiet festgelegt.')).toBeVisible();
    await drawArea(page);
    await expect(page.getByText('Plangebiet: eine Fläche mit 4 Eckpunkten.')).toBeVisible();
    await expect(editorMap(page).locator('.leaflet-overlay-pane path')).toHaveCount(1);
    // The text alternative shows the same area as GeoJSON.
    await expect(page.getByLabel('GeoJSON des Plangebiets')).toHaveValue(/"type":"Polygon"/);

    await page.getByRole('button', { name: 'Entwurf anlegen' }).click();
    await expect(page).toHaveURL(/\/planung\/verfahren\/[0-9a-f-]{36}$/);
    const procedureId = new URL(page.url()).pathname.split('/').pop() ?? '';
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByText('Der Entwurf ist angelegt.')).toBeVisible();
    await expect(
      page.locator('.planner-header').getByText('Entwurf', { exact: true }),
    ).toBeVisible();
    // The saved area is on the editor's map again.
    await expect(editorMap(page).locator('.leaflet-overlay-pane path')).toHaveCount(1);

    // The editor passes axe (WCAG 2.2 AA), map and drawing toolbar included.
    await expectNoSeriousViolations(page);

    // A file that only pretends to be a PDF is refused, at the file field.
    await page.getByLabel('Datei', { exact: true }).setInputFiles(DISGUISED_EXECUTABLE);
    await page.getByLabel('Titel der Unterlage').fill('Keine echte PDF');
    await page.getByRole('button', { name: 'Hochladen', exact: true }).click();
    await expect(page.locator('#document-file-error')).toContainText(
      'Erlaubt sind PDF, PNG und JPEG',
    );
    await expect(page.getByLabel('Datei', { exact: true })).toHaveAttribute('aria-invalid', 'true');

    // The PDF, with a progress bar while it goes up (the answer is held back a moment).
    await page.route(`**/api/procedures/${procedureId}/documents`, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      await route.continue();
    });
    await page.getByLabel('Datei', { exact: true }).setInputFiles(PDF);
    await page.getByLabel('Titel der Unterlage').fill('Begründung zum Bebauungsplan');
    await page.getByLabel('Art der Unterlage').selectOption({ label: 'Begründung' });
    await page.getByRole('button', { name: 'Hochladen', exact: true }).click();
    await expect(
      page.getByRole('progressbar', { name: 'Fortschritt des Hochladens' }),
    ).toBeVisible();
    await expect(page.getByText('„Begründung zum Bebauungsplan“ ist hochgeladen.')).toBeVisible();
    await expect(page.getByRole('progressbar')).toHaveCount(0);
    const documentRow = page
      .getByRole('table', { name: 'Unterlagen des Verfahrens' })
      .getByRole('row')
      .filter({ hasText: 'Begründung zum Bebauungsplan' });
    await expect(documentRow).toContainText('PDF');
    await expect(documentRow).toContainText('begruendung.pdf');
    await page.unroute(`**/api/procedures/${procedureId}/documents`);

    // A publication phase (§ 3(2) BauGB) from today: first too short.
    const today = berlinToday();
    await page.getByRole('button', { name: 'Neue Phase planen' }).click();
    await expect(
      page.getByRole('heading', { name: 'Neue Beteiligungsphase planen' }),
    ).toBeFocused();
    await page.getByLabel('Art der Beteiligung').selectOption('publication');
    await page.getByLabel('Titel (freiwillig)').fill('Öffentliche Auslegung');
    await page.getByLabel('Erster Tag').fill(today);
    await expect(page.getByText(/^Gesetzliche Mindestfrist bis \d\d\.\d\d\.\d{4}/)).toBeVisible();
    const minimumText = await page.getByText(/^Gesetzliche Mindestfrist bis/).textContent();
    const minimum = /(\d\d\.\d\d\.\d{4})/.exec(minimumText ?? '')?.[1] ?? '';
    await page.getByLabel('Letzter Tag').fill(addDays(today, 14));
    await expect(page.getByText('Frist zu kurz')).toBeVisible();
    await expect(page.getByText('Das gewählte Ende ist kürzer')).toContainText(
      `kürzer als die gesetzliche Mindestfrist (bis ${minimum})`,
    );
    await page.getByLabel('Datum der Bekanntmachung').fill(addDays(today, -3));
    await page
      .getByLabel('Verfügbare Arten umweltbezogener Informationen')
      .fill('Umweltbericht; Artenschutzgutachten');
    await page
      .getByLabel('Beschreibung des Plangebiets')
      .fill(`Zwischen Lindenallee und Parkweg im ${district}.`);

    // The form with its warning passes axe too.
    await expectNoSeriousViolations(page);

    // Saving without a reason is refused at the reason field.
    await page.getByRole('button', { name: 'Phase anlegen' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Bitte prüfen Sie Ihre Angaben' });
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('Bitte begründen Sie, warum die Frist kürzer');
    await expect(page.getByLabel('Begründung der kürzeren Frist')).toHaveAttribute(
      'aria-invalid',
      'true',
    );

    // Fixed: the legal minimum as the last day; the warning goes.
    await page.getByRole('button', { name: `Letzten Tag auf ${minimum} setzen` }).click();
    await expect(page.getByText('Frist zu kurz')).toHaveCount(0);
    await page.getByRole('button', { name: 'Phase anlegen' }).click();
    await expect(page.getByText('Die Phase „Öffentliche Auslegung“ ist angelegt.')).toBeVisible();
    const timeline = page.getByRole('region', { name: 'Beteiligungsphasen' });
    const phase = timeline.getByRole('listitem').filter({ hasText: 'Öffentliche Auslegung' });
    await expect(phase).toContainText('Läuft');
    await expect(phase).toContainText('Veröffentlichung im Internet (§ 3 Abs. 2 BauGB)');
    await expect(
      phase.getByRole('button', { name: /^Verlängern … ?: Öffentliche Auslegung$/ }),
    ).toBeVisible();

    // Publish, after a confirmation.
    await page.getByRole('button', { name: 'Veröffentlichen …' }).click();
    // The title's own quotation marks become the inner ones: „Bebauungsplan ‚…‘“.
    const dialog = page.getByRole('dialog', {
      name: `„Bebauungsplan ‚${word}‘“ veröffentlichen?`,
    });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Ja, veröffentlichen' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByText('Das Verfahren ist veröffentlicht.')).toBeVisible();
    await expect(
      page.locator('.planner-header').getByText('Veröffentlicht', { exact: true }),
    ).toBeVisible();

    // ---- An anonymous visitor (a new browser context, no session) ----
    const visitorContext = await browser.newContext({
      baseURL: APP_ORIGIN,
      locale: 'de-DE',
      timezoneId: 'Europe/Berlin',
    });
    const visitor = await visitorContext.newPage();
    await visitor.goto('/');
    await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(
      'Planungsverfahren in Essen',
    );

    // Found by its district: one area on the map, one entry in the list, with its phase.
    await visitor.getByLabel('Stadtteil').selectOption(district);
    await expect(listItems(visitor)).toHaveCount(1);
    await expect(mapAreas(visitor)).toHaveCount(1);
    const entry = listItems(visitor).first();
    await expect(entry.getByRole('link', { name: title, exact: true })).toBeVisible();
    await expect(entry).toContainText(`Läuft bis ${minimum}`);

    // And by a word of its summary, with the phase filter "open now".
    await visitor.getByRole('button', { name: 'Alle Filter zurücksetzen' }).click();
    await visitor.getByLabel('Suchbegriff').fill(word);
    await visitor.getByRole('button', { name: 'Suchen', exact: true }).click();
    await visitor
      .getByLabel('Beteiligung', { exact: true })
      .selectOption({ label: 'Läuft gerade' });
    await expect.poll(() => new URL(visitor.url()).searchParams.get('phase')).toBe('open');
    await expect(listItems(visitor)).toHaveCount(1);
    await expect(
      procedureList(visitor).getByRole('link', { name: title, exact: true }),
    ).toBeVisible();
    await expect(mapAreas(visitor)).toHaveCount(1);

    // Opened from the map.
    await expectSettled(mapAreas(visitor));
    await mapAreas(visitor).click();
    await expect(visitor).toHaveURL(`/verfahren/${procedureId}`);
    await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(title);

    // The open phase with the time left on the server's clock, to 23:59 of the announced day.
    const current = visitor.getByRole('region', { name: 'Jetzt beteiligen' });
    await expect(current).toContainText('Öffentliche Auslegung');
    await expect(current.locator('.countdown')).toHaveText(
      new RegExp(`^Noch \\d+ Tage, bis ${minimum.replace(/\./g, '\\.')}, 23:59 Uhr$`),
    );
    const phases = visitor.getByRole('region', { name: 'Beteiligungsphasen' });
    await expect(phases).toContainText('Öffentliche Auslegung');
    await expect(phases).toContainText('Läuft');

    // The public notice, from the phase's notice fields.
    const notice = visitor.getByRole('region', { name: 'Öffentliche Bekanntmachung' });
    await expect(notice).toContainText(`Bekannt gemacht am`);
    await expect(notice).toContainText(`${APP_ORIGIN}/verfahren/${procedureId}#unterlagen`);
    await expect(notice).toContainText('bis einschließlich');
    await expect(notice).toContainText('Umweltbericht; Artenschutzgutachten');
    await expect(notice).toContainText('elektronisch übermittelt');
    await expect(notice).toContainText('auch auf anderem Weg');
    await expect(notice).toContainText('unberücksichtigt bleiben');
    await expect(notice).toContainText('Zwischen Lindenallee und Parkweg');

    // The public page with phases, notice and documents passes axe.
    await expectNoSeriousViolations(visitor);

    // The document: title, kind, type and size; the link opens the PDF.
    const documents = visitor.getByRole('region', { name: 'Unterlagen' });
    await expect(documents).toContainText('Begründung · PDF');
    const link = documents.getByRole('link', { name: /^Begründung zum Bebauungsplan/ });
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/api\/documents\/[0-9a-f-]{36}$/);
    const [response] = await Promise.all([
      visitor.waitForResponse((r) => new URL(r.url()).pathname === href),
      link.click(),
    ]);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    await visitorContext.close();
  });

  test('the area can be set without the map, and an area outside the city is refused at the map', async ({
    page,
    signIn,
  }) => {
    await signIn(STAFF.planner);
    await page.goto('/planung/verfahren/neu');
    await page.getByLabel('Aktenzeichen').fill(`BP-T-${randomBytes(3).toString('hex')}`);
    await page.getByLabel('Titel', { exact: true }).fill('Plangebiet außerhalb');
    await page.getByLabel('Stadtteil').fill('Nirgendwo');

    // Sending without an area: the error summary links to the area.
    await page.getByRole('button', { name: 'Entwurf anlegen' }).click();
    await page.getByRole('link', { name: /Bitte legen Sie das Plangebiet fest/ }).click();
    await expect(page.getByRole('group', { name: 'Plangebiet' })).toBeFocused();

    // Invalid text is named; a polygon in Berlin is read, then refused by the server.
    const geojson = page.getByLabel('GeoJSON des Plangebiets');
    await geojson.fill('{"type":"Point","coordinates":[13.4,52.5]}');
    await page.getByRole('button', { name: 'GeoJSON übernehmen' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'kein Polygon' })).toBeVisible();
    await geojson.fill(
      JSON.stringify({
        type: 'Feature',
        properties: {},
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [13.4, 52.5],
              [13.41, 52.5],
              [13.41, 52.51],
              [13.4, 52.5],
            ],
          ],
        },
      }),
    );
    await page.getByRole('button', { name: 'GeoJSON übernehmen' }).click();
    await expect(page.getByText('Plangebiet: eine Fläche mit 3 Eckpunkten.')).toBeVisible();
    await page.getByRole('button', { name: 'Entwurf anlegen' }).click();
    const area = page.getByRole('group', { name: 'Plangebiet' });
    await expect(area.locator('.field__error').first()).toContainText(/Stadtgebiet/);
    await expect(page).toHaveURL('/planung/verfahren/neu');
  });

  test('an XPlanung file fills the new procedure form', async ({ page, signIn }) => {
    await signIn(STAFF.planner);
    await page.goto('/planung');
    await page.getByRole('link', { name: 'Aus XPlanung importieren' }).click();
    await expect(page).toHaveURL('/planung/verfahren/neu?import=xplanung');
    // Opened for the import: its part of the page is open.
    await expect(page.getByLabel('XPlanGML-Datei')).toBeVisible();

    await page.getByLabel('XPlanGML-Datei').setInputFiles(XPLAN_HUTTROP);
    await page.getByRole('button', { name: 'Datei einlesen' }).click();
    await expect(
      page.getByRole('heading', { name: 'Angaben aus der XPlanung-Datei übernommen' }),
    ).toBeFocused();
    await expect(page.getByText('XPlanGML 5.4; Koordinaten aus EPSG:25832')).toBeVisible();
    await expect(page.getByLabel('Aktenzeichen')).toHaveValue('12/21');
    await expect(page.getByLabel('Titel', { exact: true })).toHaveValue(
      'Steeler Straße / Töpferstraße – Wohnen & Arbeiten',
    );
    await expect(page.getByLabel('Stadtteil')).toHaveValue('Huttrop');
    await expect(page.getByText(/^Plangebiet: eine Fläche mit \d+ Eckpunkten\.$/)).toBeVisible();
    await expect(editorMap(page).locator('.leaflet-overlay-pane path')).toHaveCount(1);
    await expect(page.getByText('Aufstellungsbeschluss')).toBeVisible();
  });
});
