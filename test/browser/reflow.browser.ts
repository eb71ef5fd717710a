import type { Page } from '@playwright/test';

import { fetchProcedures } from './support/app.js';
import { expect, test } from './support/auth.js';
import { expectNoSeriousViolations } from './support/axe.js';

/** WCAG 1.4.10 (reflow): content fits 320 CSS px without scrolling sideways. */
const WIDTHS = [320, 390] as const;

/** The public routes of the client router (client/src/app/router.tsx), without a procedure. */
const FIXED_ROUTES = [
  '/',
  '/stellungnahmen/eingang',
  '/stellungnahmen/status',
  '/barrierefreiheit',
  '/feedback',
  '/netiquette',
  '/anmelden',
  '/registrieren',
  '/konto/bestaetigen',
  '/passwort/vergessen',
  '/passwort/neu',
  '/gibt-es-nicht',
];

/** How far the page is wider than the window, and the element reaching furthest right. */
async function overflow(page: Page): Promise<{ excess: number; culprit: string }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    let culprit = '';
    let right = root.clientWidth;
    for (const element of document.body.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if (box.width > 0 && box.right > right + 0.5) {
        right = box.right;
        culprit = `${element.tagName.toLowerCase()}.${element.className.toString()}`;
      }
    }
    return { excess: root.scrollWidth - root.clientWidth, culprit };
  });
}

test.describe('reflow at 320 and 390 px (WCAG 1.4.10)', () => {
  test('no public page scrolls sideways', async ({ page, request }) => {
    test.slow();
    const { items } = await fetchProcedures(request);
    const routes = [
      ...FIXED_ROUTES,
      ...items.flatMap((procedure) => [
        `/verfahren/${procedure.id}`,
        `/verfahren/${procedure.id}/ergebnisse`,
      ]),
    ];
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      for (const route of routes) {
        await page.goto(route);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expect(page.locator('.state--loading')).toHaveCount(0);
        const { excess, culprit } = await overflow(page);
        expect
          .soft(excess, `${route} at ${width} px scrolls sideways (widest: ${culprit})`)
          .toBe(0);
      }
    }
  });

  test('the phase details of the procedure page stay readable at 390 px', async ({
    page,
    request,
  }) => {
    const { items } = await fetchProcedures(request);
    const withPhase = items.find((procedure) => procedure.status === 'published');
    if (!withPhase) throw new Error('the demo data has no published procedure');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/verfahren/${withPhase.id}`);
    const phases = page.getByRole('region', { name: 'Beteiligungsphasen' });
    await expect(phases).toBeVisible();
    // Every value of the phase facts gets at least half the column, never a sliver.
    const column = await phases.evaluate((element) => element.getBoundingClientRect().width);
    for (const value of await phases.locator('.phase-facts dd').all()) {
      const width = await value.evaluate((element) => element.getBoundingClientRect().width);
      expect(width).toBeGreaterThan(column / 2);
    }
    await expectNoSeriousViolations(page);
  });
});
