import { randomUUID } from 'node:crypto';

import { type Locator, type Page, type Route } from '@playwright/test';

import { expectSettled, fetchProcedures, type ApiProcedure } from './support/app.js';
import { STAFF, expect, test } from './support/auth.js';
import { expectNoSeriousViolations } from './support/axe.js';
import { APP_ORIGIN } from './support/env.js';

/** The seeded demo: an open informal phase with pre-moderation, and an open publication phase. */
const STEELE = 'INF-1-26';
const RUETTENSCHEID = 'BP-12-21';
const REFERENCE = (procedure: string) => new RegExp(`^${procedure}/\\d{4}-\\d{4}$`);

async function procedureByReference(
  request: Parameters<typeof fetchProcedures>[0],
  reference: string,
): Promise<ApiProcedure> {
  const { items } = await fetchProcedures(request);
  const procedure = items.find((p) => p.reference === reference);
  if (!procedure) throw new Error(`the demo data has no procedure ${reference}`);
  return procedure;
}

/** Presses Tab until `target` has focus, as a keyboard user would; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 60): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`could not reach the element with ${max} presses of Tab`);
}

const form = (page: Page) => page.getByRole('form', { name: 'Ihre Stellungnahme' });
const statementText = () =>
  `Mehr Schatten am Kaiser-Otto-Platz, bitte. (${randomUUID().slice(0, 8)})`;

async function openForm(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Stellungnahme schreiben' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Ihre Stellungnahme' })).toBeFocused();
}

/** Marks a point at the centre of the plan area on the form's map, with the mouse. */
async function drawPointAtAreaCentre(page: Page): Promise<void> {
  await form(page).getByLabel('Auf der Karte markieren').check();
  const area = form(page).locator('path.statement-area');
  await expect(area).toBeVisible();
  await expectSettled(area);
  const box = await area.boundingBox();
  if (!box) throw new Error('the plan area is not drawn');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(
    form(page).getByRole('status').filter({ hasText: 'Ein Punkt ist markiert.' }),
  ).toBeVisible();
}

test.describe('statements', () => {
  test('a resident marks a point, submits anonymously, gets a receipt and follows the status; it is public only once approved', async ({
    page,
    request,
    playwright,
  }) => {
    // A long journey through four pages; give it time on a busy machine.
    test.slow();
    const procedure = await procedureByReference(request, STEELE);
    const text = statementText();
    await page.goto(`/verfahren/${procedure.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(procedure.title);

    await openForm(page);
    await form(page).getByLabel('Ihr Text').fill(text);
    await expect(form(page).getByText(/^Noch [\d.]+ Zeichen von 20\.000 möglich$/)).toBeVisible();
    await drawPointAtAreaCentre(page);
    await form(page).getByLabel('Anonym', { exact: true }).check();
    await expect(
      form(page).getByText(
        'Anonym eingereichte Stellungnahmen werden berücksichtigt, Sie erhalten aber kein Ergebnisschreiben.',
      ),
    ).toBeVisible();
    await form(page).getByText('Datenschutzhinweise nach Art. 13 DSGVO lesen').click();
    await expect(form(page).getByText('Art. 6 Abs. 1 Buchstabe c und e DSGVO')).toBeVisible();
    await form(page).getByLabel('Ich habe die Datenschutzhinweise zur Kenntnis genommen.').check();

    const submitted = page.waitForResponse(
      (r) => r.url().endsWith('/statements') && r.request().method() === 'POST',
    );
    await form(page).getByRole('button', { name: 'Stellungnahme absenden' }).click();
    const response = await submitted;
    expect(response.status()).toBe(201);
    expect(response.request().headers()['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
    const sent = response.request().postDataJSON() as Record<string, unknown>;
    expect(sent).toMatchObject({
      text,
      submitter: { type: 'anonymous' },
      privacyNoticeAcknowledged: true,
      website: '',
      geometry: { type: 'Point' },
    });
    const receipt = (await response.json()) as { id: string; reference: string };

    // The receipt: heading focused, reference in large type, the private link.
    await expect(page).toHaveURL('/stellungnahmen/eingang');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Ihre Stellungnahme ist eingegangen' }),
    ).toBeFocused();
    const reference = page.locator('.receipt__reference');
    await expect(reference).toHaveText(REFERENCE(STEELE));
    await expect(reference).toHaveText(receipt.reference);
    await expect(page.getByText(text)).toBeVisible();
    await expect(
      page.getByText('Ihre Stellungnahme wird vor der Veröffentlichung geprüft.'),
    ).toBeVisible();
    await expect(page.getByLabel('Link zum Stand Ihrer Stellungnahme')).toHaveValue(
      new RegExp(`^${APP_ORIGIN}/stellungnahmen/status\\?ref=`),
    );
    await expect(
      page.getByRole('link', { name: 'Eingangsbestätigung herunterladen (PDF)' }),
    ).toHaveAttribute('href', /^\/api\/statements\/receipt\.pdf\?reference=/);

    // The private status page: received, publication pending.
    await page.getByRole('link', { name: 'Stand Ihrer Stellungnahme ansehen' }).click();
    await expect(page).toHaveURL(/\/stellungnahmen\/status\?ref=.+&token=.+/);
    const statusUrl = page.url();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stand Ihrer Stellungnahme');
    await expect(page.getByText(receipt.reference)).toBeVisible();
    await expect(page.locator('[aria-current="step"]')).toContainText('Eingegangen');
    await expect(page.getByText('Wird geprüft', { exact: true })).toBeVisible();

    // Not public while pending: neither in the list nor on the map.
    await page.goto(`/verfahren/${procedure.id}?ansicht=liste`);
    const published = page.getByRole('region', { name: 'Veröffentlichte Stellungnahmen' });
    await expect(published.getByRole('link', { name: 'Liste' })).toHaveAttribute(
      'aria-current',
      'true',
    );
    await expect(
      published.getByText('Es wurden noch keine Stellungnahmen veröffentlicht.'),
    ).toBeVisible();
    await expect(published.getByText(text)).toHaveCount(0);
    await published.getByRole('link', { name: 'Karte' }).click();
    await expect(page).toHaveURL(/ansicht=karte/);
    await expect(published.locator('.statement-marker, .statement-cluster')).toHaveCount(0);

    // Publish it through the moderation API, as a moderator would.
    const moderator = await playwright.request.newContext({
      baseURL: APP_ORIGIN,
      extraHTTPHeaders: { Origin: APP_ORIGIN },
    });
    try {
      const login = await moderator.post('/api/auth/login', {
        data: { email: STAFF.moderator.email, password: STAFF.moderator.password },
      });
      expect(login.status(), await login.text()).toBe(200);
      const queue = await moderator.get('/api/moderation/queue', {
        params: { procedureId: procedure.id },
      });
      if (queue.status() === 404) {
        test.info().annotations.push({
          type: 'skipped half',
          description: 'no moderation API (GET /api/moderation/queue answered 404)',
        });
        return;
      }
      expect(queue.status(), await queue.text()).toBe(200);
      const { items } = (await queue.json()) as { items: { id: string; version: number }[] };
      const queued = items.find((item) => item.id === receipt.id);
      expect(queued, 'the statement waits in the moderation queue').toBeDefined();
      const decision = await moderator.post(`/api/moderation/statements/${receipt.id}/decisions`, {
        data: { action: 'approve', expectedVersion: queued?.version ?? 0 },
      });
      expect(decision.status(), await decision.text()).toBe(200);
    } finally {
      await moderator.dispose();
    }

    // Now public: on the map (a marker with the excerpt) and in the list, without any name.
    await page.reload();
    const marker = published.getByRole('button', {
      name: 'Einzelne Stellungnahme – Auszug anzeigen',
    });
    await expect(marker).toBeVisible();
    // The excerpt is fetched on the click: the map answer carries the point and its id only.
    await marker.click();
    await expect(page.locator('.statement-popup')).toContainText(receipt.reference);
    await expect(page.locator('.statement-popup')).toContainText(text);

    await published.getByRole('link', { name: 'Liste' }).click();
    await expect(
      published.getByRole('heading', { level: 3, name: `Stellungnahme ${receipt.reference}` }),
    ).toBeVisible();
    await expect(published.getByText(text)).toBeVisible();

    await page.goto(statusUrl);
    await expect(page.getByText('Veröffentlicht', { exact: true })).toBeVisible();
  });

  test('a statement without a location can be written and sent with the keyboard only', async ({
    page,
    request,
  }) => {
    const procedure = await procedureByReference(request, RUETTENSCHEID);
    await page.goto(`/verfahren/${procedure.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(procedure.title);

    await tabTo(page, page.getByRole('button', { name: 'Stellungnahme schreiben' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 3, name: 'Ihre Stellungnahme' })).toBeFocused();

    await page.keyboard.press('Tab');
    await expect(form(page).getByLabel('Ihr Text')).toBeFocused();
    const text = `Per Tastatur geschrieben. (${randomUUID().slice(0, 8)})`;
    await page.keyboard.type(text);

    // "Ohne Ortsangabe" is chosen from the start: Tab passes the choice, no map on the way.
    await tabTo(page, form(page).getByLabel('Ohne Ortsangabe'));
    await expect(form(page).getByLabel('Ohne Ortsangabe')).toBeChecked();
    await expect(form(page).locator('.leaflet-container')).toHaveCount(0);

    await tabTo(page, form(page).getByLabel('Anonym', { exact: true }));
    await page.keyboard.press('Space');
    await expect(form(page).getByLabel('Anonym', { exact: true })).toBeChecked();

    const acknowledge = form(page).getByLabel(
      'Ich habe die Datenschutzhinweise zur Kenntnis genommen.',
    );
    await tabTo(page, acknowledge);
    await page.keyboard.press('Space');
    await expect(acknowledge).toBeChecked();

    // The spam trap is never reached; the next stop is the submit button.
    await page.keyboard.press('Tab');
    await expect(form(page).getByRole('button', { name: 'Stellungnahme absenden' })).toBeFocused();
    await page.keyboard.press('Enter');

    await expect(
      page.getByRole('heading', { level: 1, name: 'Ihre Stellungnahme ist eingegangen' }),
    ).toBeFocused();
    await expect(page.locator('.receipt__reference')).toHaveText(REFERENCE(RUETTENSCHEID));
    await expect(page.getByText('ohne Ortsangabe')).toBeVisible();
    await expect(
      page.getByText('In dieser Beteiligungsphase werden Stellungnahmen nicht veröffentlicht.'),
    ).toBeVisible();
  });

  test('errors are listed in a focused summary that leads to each field', async ({
    page,
    request,
  }) => {
    const procedure = await procedureByReference(request, STEELE);
    await page.goto(`/verfahren/${procedure.id}`);
    await openForm(page);
    await form(page).getByLabel('Auf der Karte markieren').check();
    await form(page).getByRole('button', { name: 'Stellungnahme absenden' }).click();

    const summary = page.getByRole('alert').filter({ hasText: 'Bitte prüfen Sie Ihre Angaben' });
    await expect(summary).toBeFocused();
    for (const message of [
      'Bitte schreiben Sie Ihre Stellungnahme.',
      'Bitte markieren Sie einen Ort auf der Karte oder wählen Sie „Ohne Ortsangabe“.',
      'Bitte wählen Sie, ob Sie anonym oder mit Namen einreichen.',
      'Bitte bestätigen Sie, dass Sie die Datenschutzhinweise zur Kenntnis genommen haben.',
    ]) {
      await expect(summary.getByRole('link', { name: message })).toBeVisible();
    }
    await summary.getByRole('link', { name: 'Bitte schreiben Sie Ihre Stellungnahme.' }).click();
    await expect(form(page).getByLabel('Ihr Text')).toBeFocused();
    await expect(form(page).getByLabel('Ihr Text')).toHaveAttribute('aria-invalid', 'true');

    // Named: the name is required, the postcode has five digits; fields carry autocomplete.
    await form(page).getByLabel('Mit Namen und Anschrift').check();
    await expect(form(page).getByLabel('Name', { exact: true })).toHaveAttribute(
      'autocomplete',
      'name',
    );
    await expect(form(page).getByLabel('Postleitzahl')).toHaveAttribute(
      'autocomplete',
      'postal-code',
    );
    await form(page).getByLabel('Postleitzahl').fill('451');
    await form(page).getByRole('button', { name: 'Stellungnahme absenden' }).click();
    await expect(
      summary.getByRole('link', { name: 'Bitte geben Sie Ihren Namen ein.' }),
    ).toBeVisible();
    await expect(summary.getByRole('link', { name: /Postleitzahl mit 5 Ziffern/ })).toBeVisible();
  });

  test('a lost answer is retried with the same Idempotency-Key and gives one statement', async ({
    page,
    request,
  }) => {
    const procedure = await procedureByReference(request, RUETTENSCHEID);
    const keys: string[] = [];
    let first: { reference: string } | undefined;
    await page.route('**/api/phases/*/statements', async (route: Route) => {
      keys.push(route.request().headers()['idempotency-key'] ?? '');
      if (keys.length === 1) {
        // The server stores the statement, but its answer never reaches the browser.
        const response = await route.fetch();
        first = (await response.json()) as { reference: string };
        await route.abort('connectionreset');
        return;
      }
      await route.continue();
    });

    await page.goto(`/verfahren/${procedure.id}`);
    await openForm(page);
    await form(page).getByLabel('Ihr Text').fill(statementText());
    await form(page).getByLabel('Anonym', { exact: true }).check();
    await form(page).getByLabel('Ich habe die Datenschutzhinweise zur Kenntnis genommen.').check();
    const replayed = page.waitForResponse((r) => r.url().endsWith('/statements') && r.ok());
    await form(page).getByRole('button', { name: 'Stellungnahme absenden' }).click();

    const response = await replayed;
    expect(response.headers()['idempotent-replayed']).toBe('true');
    await expect(page.locator('.receipt__reference')).toHaveText(first?.reference ?? 'missing');
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
  });

  test('published statements: clusters zoom in, markers open an excerpt, the list loads more', async ({
    page,
    request,
  }) => {
    const procedure = await procedureByReference(request, STEELE);
    const markup = '<img src="x" onerror="window.__pwned = true"><b>fett</b>';
    const items = Array.from({ length: 20 }, (_, i) => ({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      reference: `${STEELE}/2026-${String(i + 1).padStart(4, '0')}`,
      text: i === 0 ? `${markup}\n\nZweiter Absatz.` : `Stellungnahme Nummer ${i + 1}.`,
      topic: null,
      geometry: i % 2 ? { type: 'Point', coordinates: [7.079, 51.45] } : null,
      receivedAt: '2026-11-20T10:00:00.000Z',
      phaseId: '00000000-0000-4000-8000-000000000000',
    }));
    const more = items.slice(0, 3).map((item, i) => ({
      ...item,
      id: `00000000-0000-4000-8000-1000000000${String(i).padStart(2, '0')}`,
      reference: `${STEELE}/2026-${String(21 + i).padStart(4, '0')}`,
      text: `Nachgeladen ${i + 1}.`,
    }));
    /** Zoom of each map request; clusters until one was clicked, then single statements. */
    const zooms: number[] = [];
    let zoomedIn = false;
    await page.route(`**/api/procedures/${procedure.id}/statements?*`, (route) => {
      const after = new URL(route.request().url()).searchParams.get('after');
      return route.fulfill({
        json: after ? { items: more, nextCursor: null } : { items, nextCursor: 'naechste' },
      });
    });
    await page.route(`**/api/procedures/${procedure.id}/statements/map?*`, (route) => {
      zooms.push(Number(new URL(route.request().url()).searchParams.get('zoom')));
      return route.fulfill({
        json: zoomedIn
          ? {
              mode: 'features',
              clusters: [],
              features: [{ id: items[1]?.id, position: [7.0795, 51.4499] }],
              total: 1,
            }
          : {
              mode: 'clusters',
              clusters: [{ position: [7.0795, 51.4499], count: 12, expansionZoom: 18 }],
              features: [],
              total: 12,
            },
      });
    });
    await page.route(
      `**/api/procedures/${procedure.id}/statements/${items[1]?.id ?? ''}/excerpt`,
      (route) =>
        route.fulfill({
          json: {
            id: items[1]?.id,
            reference: items[1]?.reference,
            topic: null,
            excerpt: markup,
            receivedAt: '2026-11-20T10:00:00.000Z',
          },
        }),
    );

    await page.goto(`/verfahren/${procedure.id}`);
    const published = page.getByRole('region', { name: 'Veröffentlichte Stellungnahmen' });
    const cluster = published.getByRole('button', { name: '12 Stellungnahmen – hier vergrößern' });
    await expect(cluster).toBeVisible();
    // The count beside the map, as text for screen readers (a live status).
    await expect(published.getByRole('status')).toHaveText(
      '1 Gruppe, 12 Stellungnahmen in diesem Ausschnitt',
    );
    zoomedIn = true;
    // A cluster's click zooms to where the index splits it.
    await cluster.click();
    await expect.poll(() => zooms.at(-1)).toBe(18);
    await expect(published.getByRole('status')).toHaveText('1 Stellungnahme in diesem Ausschnitt');

    // A single statement opens by keyboard; its excerpt (fetched then) is text, never markup.
    const marker = published.getByRole('button', {
      name: 'Einzelne Stellungnahme – Auszug anzeigen',
    });
    await expect(marker).toBeVisible();
    await marker.focus();
    await page.keyboard.press('Enter');
    const popup = page.locator('.statement-popup');
    await expect(popup).toBeFocused();
    await expect(popup).toContainText(markup);
    await expect(popup.locator('img, b')).toHaveCount(0);
    // Escape closes it, and the focus goes back to the marker.
    await page.keyboard.press('Escape');
    await expect(popup).toHaveCount(0);
    await expect(marker).toBeFocused();

    // The list: the same statements, plain text, "Mehr laden" continues after the last.
    await published.getByRole('link', { name: 'Liste' }).click();
    await expect(page).toHaveURL(/ansicht=liste/);
    await expect(published.getByRole('listitem')).toHaveCount(20);
    await expect(published.getByText(markup)).toBeVisible();
    await expect(published.locator('.statement-list img, .statement-list b')).toHaveCount(0);
    await published.getByRole('button', { name: 'Mehr laden' }).click();
    await expect(published.getByRole('listitem')).toHaveCount(23);
    await expect(
      published.getByRole('heading', { name: `Stellungnahme ${more[0]?.reference ?? ''}` }),
    ).toBeFocused();
    await expect(published.getByRole('button', { name: 'Mehr laden' })).toHaveCount(0);
    expect(await page.evaluate(() => '__pwned' in window)).toBe(false);
  });

  test('closed and upcoming phases say so instead of showing the form', async ({
    page,
    request,
  }) => {
    const { items } = await fetchProcedures(request);
    const upcoming = items.find((p) => p.reference === 'BP-3-24');
    if (!upcoming) throw new Error('the demo data has no upcoming phase');
    await page.goto(`/verfahren/${upcoming.id}`);
    await expect(page.getByText(/^Die Beteiligung beginnt am /)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Stellungnahme schreiben' })).toHaveCount(0);
  });
});

test.describe('statements: accessibility (axe-core, WCAG 2.2 AA)', () => {
  test('procedure page with the form open and the map drawn on', async ({ page, request }) => {
    const procedure = await procedureByReference(request, STEELE);
    await page.goto(`/verfahren/${procedure.id}`);
    await openForm(page);
    await drawPointAtAreaCentre(page);
    await form(page).getByLabel('Mit Namen und Anschrift').check();
    await form(page).getByText('Datenschutzhinweise nach Art. 13 DSGVO lesen').click();
    await expectNoSeriousViolations(page);

    // With errors at the fields.
    await form(page).getByRole('button', { name: 'Stellungnahme absenden' }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: 'Bitte prüfen Sie Ihre Angaben' }),
    ).toBeFocused();
    await expectNoSeriousViolations(page);
  });

  test('receipt page and status page', async ({ page, request }) => {
    const procedure = await procedureByReference(request, RUETTENSCHEID);
    await page.goto(`/verfahren/${procedure.id}`);
    await openForm(page);
    await form(page).getByLabel('Ihr Text').fill(statementText());
    await form(page).getByLabel('Anonym', { exact: true }).check();
    await form(page).getByLabel('Ich habe die Datenschutzhinweise zur Kenntnis genommen.').check();
    await form(page).getByRole('button', { name: 'Stellungnahme absenden' }).click();
    await expect(page.locator('.receipt__reference')).toHaveText(REFERENCE(RUETTENSCHEID));
    await expectNoSeriousViolations(page);

    await page.getByRole('link', { name: 'Stand Ihrer Stellungnahme ansehen' }).click();
    await expect(page.getByText('Wird nicht veröffentlicht', { exact: true })).toBeVisible();
    await expectNoSeriousViolations(page);
  });
});
