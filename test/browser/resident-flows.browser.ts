import type { Page } from '@playwright/test';

import { expectSettled } from './support/app.js';
import { STAFF, expect, test } from './support/auth.js';
import { expectNoSeriousViolations } from './support/axe.js';
import { WRITE, actAs, createOpenProcedure } from './support/staff.js';
import { submitAnonymously } from './support/statements.js';

/** A small plan area, about 280 m by 330 m, in Altendorf. */
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

const form = (page: Page) => page.getByRole('form', { name: 'Ihre Stellungnahme' });
const formHeading = (page: Page) =>
  page.getByRole('heading', { level: 3, name: 'Ihre Stellungnahme' });

test.describe('resident flows', () => {
  test('the status page of a rejected statement names the reason and says it is still considered (issue 14.1)', async ({
    page,
    signIn,
  }) => {
    const planner = await actAs(page, signIn, STAFF.planner);
    const procedure = await createOpenProcedure(planner, {
      prefix: 'REJ',
      title: 'Ablehnungsgrund',
      topics: ['Plätze'],
      area: AREA,
      district: 'Prüfbezirk',
      phaseTitle: 'Dialog zum Ablehnungsgrund',
    });
    const moderator = await actAs(page, signIn, STAFF.moderator);
    const statement = await submitAnonymously(
      moderator,
      procedure.phaseId,
      'Günstige Uhren unter www.example.com – jetzt zugreifen!',
    );
    const decided = await moderator.post(`/api/moderation/statements/${statement.id}/decisions`, {
      ...WRITE,
      data: { action: 'reject', reasonCode: 'advertising', expectedVersion: 0 },
    });
    expect(decided.status(), await decided.text()).toBe(200);

    // The status API says why, as a code of the catalogue.
    await page.context().clearCookies();
    const link = new URL(statement.statusPath, 'http://localhost').searchParams;
    const api = await page.request.get('/api/statements/status', {
      params: { reference: link.get('ref') ?? '', token: link.get('token') ?? '' },
    });
    expect(api.status(), await api.text()).toBe(200);
    expect(await api.json()).toMatchObject({
      publicationStatus: 'rejected',
      rejectionReason: 'advertising',
    });

    await page.goto(statement.statusPath);
    const publication = page.getByRole('region', { name: 'Veröffentlichung' });
    await expect(publication).toContainText('Nicht veröffentlicht');
    await expect(publication.getByRole('definition')).toHaveText('Der Text enthält Werbung.');
    await expect(publication).toContainText(
      'wird im Verfahren geprüft und abgewogen wie jede andere',
    );
    await expectNoSeriousViolations(page);

    await page.getByRole('button', { name: 'English' }).click();
    const inEnglish = page.getByRole('region', { name: 'Publication' });
    await expect(inEnglish.getByRole('definition')).toHaveText('The text contains advertising.');
    await expect(inEnglish).toContainText('examined and weighed in the procedure');
    await page.getByRole('button', { name: 'Deutsch' }).click();
  });

  test('the button at the top opens the form, and the procedure list leads to it in one click (issue 14.4)', async ({
    page,
    signIn,
  }) => {
    const planner = await actAs(page, signIn, STAFF.planner);
    const procedure = await createOpenProcedure(planner, {
      prefix: 'CTA',
      title: 'Weg zum Formular',
      topics: ['Plätze'],
      area: AREA,
      district: 'Prüfbezirk',
      phaseTitle: 'Dialog zum Formular',
    });
    await page.context().clearCookies();

    await page.goto(`/verfahren/${procedure.id}`);
    const banner = page.getByRole('region', { name: 'Jetzt beteiligen' });
    await banner.getByRole('link', { name: 'Stellungnahme schreiben' }).click();
    await expect(formHeading(page)).toBeFocused();
    await expect(formHeading(page)).toBeInViewport();
    await expectNoSeriousViolations(page);

    await page.goto(`/?q=${encodeURIComponent(procedure.title)}`);
    const item = page
      .getByRole('region', { name: 'Liste der Verfahren' })
      .getByRole('listitem')
      .filter({ hasText: procedure.title });
    await item
      .getByRole('link', { name: new RegExp(`^Stellungnahme schreiben ?: ${procedure.title}$`) })
      .click();
    await expect(page).toHaveURL(`/verfahren/${procedure.id}#stellungnahme-schreiben`);
    await expect(formHeading(page)).toBeFocused();
    await expect(form(page).getByLabel('Ihr Text')).toBeVisible();
  });

  test('a place far outside the plan area is flagged beside the map when set, and no field name shows (issue 14.5)', async ({
    page,
    signIn,
  }) => {
    const planner = await actAs(page, signIn, STAFF.planner);
    const procedure = await createOpenProcedure(planner, {
      prefix: 'OUT',
      title: 'Ort außerhalb',
      topics: ['Plätze'],
      area: AREA,
      district: 'Prüfbezirk',
      phaseTitle: 'Dialog zum Ort',
    });
    await page.context().clearCookies();
    await page.goto(`/verfahren/${procedure.id}`);
    await page.getByRole('button', { name: 'Stellungnahme schreiben' }).click();
    await form(page).getByLabel('Ihr Text').fill('Hier fehlt eine Bank.');
    await form(page).getByLabel('Auf der Karte markieren').check();
    const area = form(page).locator('path.statement-area');
    await expect(area).toBeVisible();
    await expectSettled(area);

    const outside = form(page).getByRole('alert').filter({ hasText: 'außerhalb des Plangebiets' });
    // Inside the area: nothing to say.
    await form(page).getByRole('button', { name: 'Punkt in der Kartenmitte setzen' }).click();
    await expect(
      form(page).getByRole('status').filter({ hasText: 'Ein Punkt ist markiert.' }),
    ).toBeVisible();
    await expect(outside).toHaveCount(0);

    // Moved far west by keyboard (Leaflet pans 80 px a press), then set: said at once.
    const map = form(page).getByRole('region', {
      name: 'Karte zum Markieren des Orts Ihrer Stellungnahme',
    });
    await map.focus();
    for (let i = 0; i < 4; i += 1) await page.keyboard.press('Minus');
    // Arrow presses during the zoom animation are lost under load: pan once it has settled.
    await expectSettled(area);
    for (let i = 0; i < 12; i += 1) await page.keyboard.press('ArrowLeft');
    await expectSettled(area);
    await form(page).getByRole('button', { name: 'Punkt in der Kartenmitte setzen' }).click();
    await expect(outside).toHaveText(
      'Dieser Ort liegt mehr als 250 m außerhalb des Plangebiets. Bitte setzen Sie ihn in das Plangebiet oder in seine Nähe, oder wählen Sie „Ohne Ortsangabe“.',
    );
    await expectNoSeriousViolations(page);

    // Sending anyway: the summary names the problem in words, never a field name.
    await form(page).getByLabel('Anonym', { exact: true }).check();
    await form(page).getByLabel('Ich habe die Datenschutzhinweise zur Kenntnis genommen.').check();
    await form(page).getByRole('button', { name: 'Stellungnahme absenden' }).click();
    const summary = page.locator('.error-summary');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link', { name: /außerhalb des Plangebiets/ })).toBeVisible();
    await expect(summary).not.toContainText('geometry');

    // Back into the area: the error goes at once, without sending again.
    await form(page).getByRole('button', { name: 'Markierung löschen' }).click();
    await form(page).getByLabel('Ohne Ortsangabe').check();
    await expect(summary).toHaveCount(0);
  });
});
