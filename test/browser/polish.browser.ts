import type { ConsoleMessage, Page } from '@playwright/test';

import { fetchProcedures, listItems, loadedTiles } from './support/app.js';
import { STAFF, expect, test } from './support/auth.js';
import { expectNoSeriousViolations } from './support/axe.js';

/** Console errors and warnings of the page from now on. */
function consoleProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`${message.type()}: ${message.text()}`);
    }
  });
  return problems;
}

test.describe('polish (issue 14.12)', () => {
  test('a guest sees no error in the console: "who is signed in?" is not an error', async ({
    page,
    request,
  }) => {
    const problems = consoleProblems(page);
    const me = page.waitForResponse((response) => response.url().endsWith('/api/auth/me'));
    const { items, total } = await fetchProcedures(request);
    await page.goto('/');
    expect((await me).status()).toBe(204);
    await expect(listItems(page)).toHaveCount(total);
    await expect(loadedTiles(page).first()).toBeVisible();
    await page.goto(`/verfahren/${items[0]?.id ?? ''}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(problems).toEqual([]);
  });

  test('a planner page with maps logs no Leaflet warnings', async ({ page, signIn, request }) => {
    const { items } = await fetchProcedures(request);
    await signIn(STAFF.planner);
    const problems = consoleProblems(page);
    await page.goto(`/planung/verfahren/${items[0]?.id ?? ''}`);
    await expect(
      page.getByRole('region', { name: 'Karte zum Zeichnen des Plangebiets' }),
    ).toBeVisible();
    await expect(loadedTiles(page).first()).toBeVisible();
    await page.goto(`/planung/verfahren/${items[0]?.id ?? ''}/abwaegung`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.getByRole('button', { name: 'Karte' }).click();
    await expect(loadedTiles(page).first()).toBeVisible();
    // The table/map switch has no stray frame around it.
    const frame = await page
      .getByRole('group', { name: 'Darstellung' })
      .evaluate((element) => getComputedStyle(element).borderTopWidth);
    expect(frame).toBe('0px');
    expect(problems.filter((problem) => /leaflet/i.test(problem))).toEqual([]);
  });

  test('quotation marks inside a quoted title become the inner ones', async ({ page, request }) => {
    const { items } = await fetchProcedures(request);
    const quoted = items.find((procedure) => procedure.title.includes('„'));
    if (!quoted) throw new Error('the demo data has no title with quotation marks');
    await page.goto(`/verfahren/${quoted.id}`);
    const inner = quoted.title.replace('„', '‚').replace('“', '‘');
    await expect(
      page.getByRole('region', { name: `Karte des Plangebiets „${inner}“` }),
    ).toBeVisible();
  });

  test('no filter cuts its shown choice short, on a wide and a middle screen', async ({ page }) => {
    for (const width of [1366, 1024]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/');
      const filters = page.getByRole('search');
      await expect(filters).toBeVisible();
      for (const select of await filters.locator('select').all()) {
        const room = await select.evaluate((element: HTMLSelectElement) => {
          const context = document.createElement('canvas').getContext('2d');
          if (!context) return 0;
          context.font = getComputedStyle(element).font;
          const shown = element.selectedOptions[0]?.text ?? '';
          return element.clientWidth - context.measureText(shown).width;
        });
        // Padding and the arrow need about 2.5 rem.
        expect(room, `a select at ${width} px`).toBeGreaterThanOrEqual(36);
      }
    }
    await expectNoSeriousViolations(page);
  });
});
