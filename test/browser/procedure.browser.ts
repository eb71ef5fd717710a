import { expect, test } from '@playwright/test';

import { expectSettled, fetchProcedures, mapAreas, procedureList } from './support/app.js';

test.describe('procedure page', () => {
  test('opens from the list with title, facts, area description and map', async ({
    page,
    request,
  }) => {
    const { items } = await fetchProcedures(request);
    const procedure = items[0];
    if (!procedure) throw new Error('the demo data has no procedures');

    await page.goto('/');
    await procedureList(page).getByRole('link', { name: procedure.title, exact: true }).click();

    await expect(page).toHaveURL(`/verfahren/${procedure.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(procedure.title);
    await expect(page).toHaveTitle(`${procedure.title} – Mitplanen`);
    const facts = page.getByRole('region', { name: 'Auf einen Blick' });
    await expect(facts.getByText(procedure.reference, { exact: true })).toBeVisible();
    await expect(facts.getByText(procedure.district, { exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Beschreibung' })).toBeVisible();
    // Location in words, for people who cannot use the map.
    await expect(page.locator('#area-description')).toContainText(
      `Das Plangebiet liegt im Stadtteil ${procedure.district}.`,
    );
    await expect(page.getByRole('region', { name: /^Karte des Plangebiets/ })).toBeVisible();
    await expect(mapAreas(page)).toHaveCount(1);

    // Back to the overview.
    await page.getByRole('link', { name: 'Zurück zur Übersicht' }).click();
    await expect(page).toHaveURL('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Planungsverfahren in Essen');
  });

  test('opens when its area on the map is clicked, and goes back to the filtered list', async ({
    page,
    request,
  }) => {
    const { items } = await fetchProcedures(request);
    // Alone in its district: other tests add procedures of their own to the same server.
    const procedure = items.find(
      (p) =>
        p.area.type === 'Polygon' && items.filter((q) => q.district === p.district).length === 1,
    );
    if (!procedure) throw new Error('the demo data has no Polygon procedure alone in its district');

    await page.goto(`/?district=${encodeURIComponent(procedure.district)}`);
    await expect(mapAreas(page)).toHaveCount(1);
    // Leaflet animates fitBounds; click once the area has stopped moving.
    await expectSettled(mapAreas(page));
    await mapAreas(page).click();

    await expect(page).toHaveURL(`/verfahren/${procedure.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(procedure.title);

    await page.getByRole('link', { name: 'Zurück zur Übersicht' }).click();
    await expect
      .poll(() => new URL(page.url()).searchParams.get('district'))
      .toBe(procedure.district);
  });

  test('renders the description as plain text, never as HTML', async ({ page, request }) => {
    const { items } = await fetchProcedures(request);
    const procedure = items[0];
    if (!procedure) throw new Error('no procedures');
    const markup = '<img src="x" onerror="window.__pwned = true"><b>fett</b>';

    await page.route(`**/api/procedures/${procedure.id}`, async (route) => {
      const response = await route.fetch();
      const body = (await response.json()) as Record<string, unknown>;
      await route.fulfill({ response, json: { ...body, description: markup } });
    });
    await page.goto(`/verfahren/${procedure.id}`);

    const description = page.getByRole('region', { name: 'Beschreibung' });
    await expect(description).toContainText(markup);
    await expect(description.locator('img, b')).toHaveCount(0);
    expect(await page.evaluate(() => 'pwned' in window || '__pwned' in window)).toBe(false);
  });

  test('shows a not-found page for an unknown or malformed id', async ({ page }) => {
    await page.goto('/verfahren/00000000-0000-4000-8000-000000000000');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Verfahren nicht gefunden');
    await expect(page.getByRole('link', { name: 'Zurück zur Übersicht' })).toBeVisible();

    await page.goto('/verfahren/kein-gueltiger-schluessel');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Verfahren nicht gefunden');

    await page.goto('/gibt-es-nicht');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Seite nicht gefunden');
  });

  test('the footer links to the accessibility statement and the feedback page', async ({
    page,
  }) => {
    await page.goto('/');
    const footer = page.getByRole('contentinfo');

    await footer.getByRole('link', { name: 'Erklärung zur Barrierefreiheit' }).click();
    await expect(page).toHaveURL('/barrierefreiheit');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Erklärung zur Barrierefreiheit',
    );

    await footer.getByRole('link', { name: 'Barriere melden' }).click();
    await expect(page).toHaveURL('/feedback');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Barriere melden');
    await expect(page.getByRole('link', { name: /^E-Mail an .+ schreiben$/ })).toHaveAttribute(
      'href',
      /^mailto:/,
    );
  });
});
