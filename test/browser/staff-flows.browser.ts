import { randomUUID } from 'node:crypto';

import { STAFF, expect, signInWithForm, test, type Account } from './support/auth.js';
import { expectNoSeriousViolations } from './support/axe.js';
import { addDays, berlinToday } from './support/dates.js';
import { WRITE, actAs } from './support/staff.js';

/** A plan area in Essen-Altendorf. */
const AREA = {
  type: 'Polygon',
  coordinates: [
    [
      [7.012, 51.452],
      [7.016, 51.452],
      [7.016, 51.455],
      [7.012, 51.455],
      [7.012, 51.452],
    ],
  ],
};

const LANDINGS: { role: string; account: Account; url: string; heading: string; nav: string }[] = [
  {
    role: 'admin',
    account: STAFF.admin,
    url: '/admin',
    heading: 'Administration',
    nav: 'Administration',
  },
  {
    role: 'moderator',
    account: STAFF.moderator,
    url: '/moderation',
    heading: 'Moderation',
    nav: 'Moderation',
  },
  {
    role: 'planner',
    account: STAFF.planner,
    url: '/planung',
    heading: 'Planungsbereich',
    nav: 'Planungsbereich',
  },
];
const STAFF_AREAS = ['Planungsbereich', 'Moderation', 'Administration'];

test.describe('staff flows', () => {
  for (const landing of LANDINGS) {
    test(`the ${landing.role} lands on their work after signing in, and the main navigation names it (issue 14.8)`, async ({
      page,
    }) => {
      await page.context().clearCookies();
      await page.goto('/anmelden');
      await signInWithForm(page, landing.account);
      await expect(page).toHaveURL(landing.url);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(landing.heading);
      const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
      await expect(nav.getByRole('link', { name: landing.nav })).toHaveAttribute(
        'aria-current',
        'page',
      );
      for (const other of STAFF_AREAS.filter((name) => name !== landing.nav)) {
        await expect(nav.getByRole('link', { name: other })).toHaveCount(0);
      }
      await expectNoSeriousViolations(page);
    });
  }

  test('a fixed field loses its error at once: the plan area once it is set (issue 14.6)', async ({
    page,
    signIn,
  }) => {
    await page.context().clearCookies();
    await signIn(STAFF.planner);
    await page.goto('/planung/verfahren/neu');
    await page.getByLabel('Aktenzeichen').fill(`BP-T-${randomUUID().slice(0, 6)}`);
    await page.getByLabel('Stadtteil').fill('Altendorf');
    await page.getByRole('button', { name: 'Entwurf anlegen' }).click();

    const summary = page.locator('.error-summary');
    await expect(summary).toBeFocused();
    const areaError = summary.getByRole('link', { name: /^Bitte legen Sie das Plangebiet fest/ });
    await expect(areaError).toBeVisible();
    const titleError = summary.getByRole('link', { name: /einen Titel/ });
    await expect(titleError).toBeVisible();

    await page.getByLabel('Titel', { exact: true }).fill('Fehler verschwinden');
    await expect(titleError).toHaveCount(0);
    await expect(areaError).toBeVisible();

    await page.getByLabel('GeoJSON des Plangebiets').fill(JSON.stringify(AREA));
    await page.getByRole('button', { name: 'GeoJSON übernehmen' }).click();
    await expect(page.getByText('Plangebiet: eine Fläche mit 4 Eckpunkten.')).toBeVisible();
    await expect(summary).toHaveCount(0);
    await expect(
      page.getByRole('group', { name: 'Plangebiet' }).locator('.field__error'),
    ).toHaveCount(0);
    await expectNoSeriousViolations(page);
  });

  test('opening a phase of an unpublished procedure warns that residents cannot see it (issue 14.10)', async ({
    page,
    signIn,
  }) => {
    const planner = await actAs(page, signIn, STAFF.planner);
    const suffix = randomUUID().slice(0, 6);
    const created = await planner.post('/api/procedures', {
      ...WRITE,
      data: {
        reference: `DRAFT-${suffix}`,
        title: `Entwurf mit Phase ${suffix}`,
        type: 'informal',
        district: 'Altendorf',
        topics: [],
        area: AREA,
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const today = berlinToday();
    const phase = await planner.post(`/api/procedures/${id}/phases`, {
      ...WRITE,
      data: {
        kind: 'informal',
        title: 'Dialog im Entwurf',
        startDate: addDays(today, 7),
        endDate: addDays(today, 21),
        moderationMode: 'pre',
      },
    });
    expect(phase.status(), await phase.text()).toBe(201);

    await page.goto(`/planung/verfahren/${id}`);
    const phases = page.getByRole('region', { name: 'Beteiligungsphasen' });
    await expect(phases.getByText('Das Verfahren ist noch nicht veröffentlicht')).toBeVisible();

    const open = phases.getByRole('button', { name: /^Jetzt öffnen … ?: Dialog im Entwurf$/ });
    await open.click();
    const dialog = page.getByRole('dialog', { name: '„Dialog im Entwurf“ jetzt öffnen?' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(
      'Bürgerinnen und Bürger sehen die Phase erst, wenn Sie das Verfahren veröffentlichen',
    );
    await expect(dialog.getByLabel('Grund (freiwillig)')).toBeFocused();
    await expectNoSeriousViolations(page);
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(open).toBeFocused();
  });

  test('the moderation queue comes first, an empty one says so, and the statistics open on request (issue 14.11)', async ({
    page,
    signIn,
  }) => {
    await page.context().clearCookies();
    await signIn(STAFF.moderator);
    // A procedure id nothing is waiting for.
    await page.goto(`/moderation?verfahren=${randomUUID()}`);
    const queue = page.getByRole('region', { name: 'Warteschlange' });
    await expect(queue.getByText('Keine Stellungnahmen in dieser Ansicht.')).toBeVisible();
    await expect(queue).toContainText('Zurzeit wartet hier nichts auf Ihre Entscheidung.');

    const stats = page.getByRole('region', { name: 'Statistik' });
    const toggle = stats.getByRole('button', { name: 'Statistik' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(stats.getByText('Ablehnungen nach Grund')).toBeHidden();
    const queueTop = (await queue.boundingBox())?.y ?? Infinity;
    const statsTop = (await stats.boundingBox())?.y ?? -Infinity;
    expect(queueTop).toBeLessThan(statsTop);

    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(stats.getByText('Ablehnungen nach Grund')).toBeVisible();
    await expectNoSeriousViolations(page);
  });
});
