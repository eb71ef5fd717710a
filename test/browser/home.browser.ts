import { expect, test } from '@playwright/test';

import {
  fetchProcedures,
  listItems,
  loadedTiles,
  mapAreas,
  procedureList,
  tilesNotice,
} from './support/app.js';
import { TILE_ORIGIN } from './support/env.js';

test.describe('home page: map and list of procedures', () => {
  test('shows every published procedure as an area on the map and in the list', async ({
    page,
    request,
  }) => {
    const { items, total } = await fetchProcedures(request);
    expect(total).toBeGreaterThanOrEqual(5);
    expect(items).toHaveLength(total);

    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Planungsverfahren in Essen');
    await expect(page).toHaveTitle('Planungsverfahren – Mitplanen');

    await expect(listItems(page)).toHaveCount(total);
    await expect(mapAreas(page)).toHaveCount(total);
    await expect(page.getByText(`${total} Verfahren gefunden`)).toBeVisible();
    for (const procedure of items) {
      await expect(
        procedureList(page).getByRole('link', { name: procedure.title, exact: true }),
      ).toBeVisible();
    }

    // The background tiles come from the configured tile server (the loopback stand-in).
    await expect(loadedTiles(page).first()).toBeVisible();
    const tiles = await loadedTiles(page).evaluateAll((images) =>
      images.map((image) => ({
        src: (image as HTMLImageElement).src,
        width: (image as HTMLImageElement).naturalWidth,
      })),
    );
    expect(tiles.length).toBeGreaterThan(0);
    for (const tile of tiles) {
      expect(tile.src.startsWith(`${TILE_ORIGIN}/`)).toBe(true);
      expect(tile.width).toBe(256);
    }
    await expect(tilesNotice(page)).toHaveCount(0);
  });

  test('a district filter narrows map and list and is kept in the URL', async ({
    page,
    request,
  }) => {
    const all = await fetchProcedures(request);
    const district = all.items[0]?.district ?? '';
    const expected = await fetchProcedures(request, { district });
    expect(expected.total).toBeGreaterThan(0);
    expect(expected.total).toBeLessThan(all.total);

    await page.goto('/');
    await expect(mapAreas(page)).toHaveCount(all.total);

    await page.getByLabel('Stadtteil').selectOption(district);

    await expect.poll(() => new URL(page.url()).searchParams.get('district')).toBe(district);
    await expect(listItems(page)).toHaveCount(expected.total);
    await expect(mapAreas(page)).toHaveCount(expected.total);
    for (const procedure of expected.items) {
      await expect(
        procedureList(page).getByRole('link', { name: procedure.title, exact: true }),
      ).toBeVisible();
    }

    // A reload (or a shared link) shows the same selection.
    await page.reload();
    await expect(page.getByLabel('Stadtteil')).toHaveValue(district);
    await expect(listItems(page)).toHaveCount(expected.total);
    await expect(mapAreas(page)).toHaveCount(expected.total);

    await page.getByRole('button', { name: 'Alle Filter zurücksetzen' }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('');
    await expect(listItems(page)).toHaveCount(all.total);
    await expect(mapAreas(page)).toHaveCount(all.total);
  });

  test('a search term filters on the server and shows an empty state when nothing matches', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(listItems(page)).not.toHaveCount(0);

    await page.getByLabel('Suchbegriff').fill('gibt-es-bestimmt-nicht-4711');
    await page.getByRole('button', { name: 'Suchen', exact: true }).click();

    await expect
      .poll(() => new URL(page.url()).searchParams.get('q'))
      .toBe('gibt-es-bestimmt-nicht-4711');
    await expect(page.getByText('Zu Ihrer Auswahl wurden keine Verfahren gefunden.')).toBeVisible();
    await expect(listItems(page)).toHaveCount(0);
    await expect(mapAreas(page)).toHaveCount(0);
  });

  test('when tiles fail to load, a notice says so and the areas and list still work', async ({
    page,
    request,
  }) => {
    const { total } = await fetchProcedures(request);
    await page.route(`${TILE_ORIGIN}/**`, (route) => route.abort());

    await page.goto('/');

    await expect(tilesNotice(page)).toBeVisible();
    await expect(tilesNotice(page)).toContainText(
      'Die Hintergrundkarte kann zurzeit nicht (vollständig) geladen werden.',
    );
    await expect(mapAreas(page)).toHaveCount(total);
    await expect(listItems(page)).toHaveCount(total);
    await expect(loadedTiles(page)).toHaveCount(0);
  });

  test('shows the problem detail from the server when the list cannot be loaded', async ({
    page,
  }) => {
    // Both the filtered list and the unfiltered one (district options) fail.
    await page.route(
      (url) => url.pathname === '/api/procedures',
      (route) =>
        route.fulfill({
          status: 503,
          contentType: 'application/problem+json',
          body: JSON.stringify({
            type: 'about:blank',
            title: 'Dienst nicht verfügbar',
            status: 503,
            detail: 'Die Datenbank ist gerade nicht erreichbar.',
            code: 'DATABASE_UNAVAILABLE',
          }),
        }),
    );

    await page.goto('/');

    const alert = procedureList(page).getByRole('alert');
    await expect(alert).toContainText('Die Datenbank ist gerade nicht erreichbar.', {
      timeout: 20_000,
    });
    await expect(alert.getByRole('button', { name: 'Erneut versuchen' })).toBeVisible();
    await expect(mapAreas(page)).toHaveCount(0);
  });

  test('the language switch shows the page in English and is remembered', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');

    await page.getByRole('button', { name: 'English' }).click();

    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Planning procedures in Essen',
    );
    await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(page.getByLabel('District')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Accessibility statement' })).toBeVisible();
    await expect(page).toHaveTitle('Planning procedures – Mitplanen');

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Planning procedures in Essen',
    );

    await page.getByRole('button', { name: 'Deutsch' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Planungsverfahren in Essen');
  });
});
