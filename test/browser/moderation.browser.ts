import { randomUUID } from 'node:crypto';

import type { APIRequestContext, Locator, Page } from '@playwright/test';

import { STAFF, expect, test } from './support/auth.js';
import { expectNoSeriousViolations } from './support/axe.js';
import { APP_ORIGIN } from './support/env.js';
import { WRITE, actAs, createOpenProcedure } from './support/staff.js';

/** A small plan area (so the public map shows single statements, not clusters). */
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
const point = (lon: number, lat: number) => ({ type: 'Point', coordinates: [lon, lat] });

/** A published procedure of this test with an open, pre-moderated informal phase. */
const createProcedure = (planner: APIRequestContext) =>
  createOpenProcedure(planner, {
    prefix: 'MOD',
    title: 'Moderationstest',
    topics: ['Plätze'],
    area: AREA,
    phaseTitle: 'Dialog zur Moderation',
  });

interface Submitted {
  id: string;
  reference: string;
  text: string;
}

/** Submits a statement anonymously through the public API, as the form does. */
async function submit(
  request: APIRequestContext,
  phaseId: string,
  text: string,
  geometry?: object,
): Promise<Submitted> {
  const response = await request.post(`/api/phases/${phaseId}/statements`, {
    headers: { 'Idempotency-Key': randomUUID(), Origin: APP_ORIGIN },
    data: { text, geometry, submitter: { type: 'anonymous' }, privacyNoticeAcknowledged: true },
  });
  expect(response.status(), await response.text()).toBe(201);
  const receipt = (await response.json()) as { id: string; reference: string };
  return { ...receipt, text };
}

const queue = (page: Page): Locator => page.getByRole('region', { name: 'Warteschlange' });
const detailHeading = (page: Page, reference: string): Locator =>
  queue(page).getByRole('heading', { level: 3, name: `Stellungnahme ${reference}` });
const announcement = (page: Page): Locator => queue(page).locator('.live-message[role="status"]');

test.describe('moderation', () => {
  test('a moderator approves by keyboard, rejects with a reason and redacts a phone number; the public sees exactly that', async ({
    page,
    browser,
    request,
    signIn,
  }) => {
    test.slow();
    const procedure = await createProcedure(await actAs(page, signIn, STAFF.planner));
    const tag = randomUUID().slice(0, 8);
    const approved = await submit(
      request,
      procedure.phaseId,
      `Mehr Bänke am Platz, bitte. (${tag})`,
      point(7.0135, 51.4532),
    );
    const rejected = await submit(
      request,
      procedure.phaseId,
      `Kauft billige Uhren bei uns! (${tag})`,
    );
    const phone = '0201 1234567';
    const redacted = await submit(
      request,
      procedure.phaseId,
      `Rufen Sie mich an: ${phone}. Der Spielplatz braucht Schatten. (${tag})`,
      point(7.0145, 51.4538),
    );

    await actAs(page, signIn, STAFF.moderator);
    await page.goto('/');
    // Moderators find the queue in the account menu.
    await page
      .getByRole('button', { name: `Angemeldet als ${STAFF.moderator.displayName}` })
      .click();
    await page.getByRole('banner').getByRole('link', { name: 'Moderation', exact: true }).click();
    await expect(page).toHaveURL('/moderation');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Moderation');
    await expect(
      page.getByText('Live: Neue Stellungnahmen und Entscheidungen erscheinen sofort.'),
    ).toBeVisible();

    // Only this test's procedure, oldest first, with location map and the shortcut help.
    await page.getByLabel('Verfahren', { exact: true }).selectOption(procedure.id);
    await expect(queue(page).getByRole('status').first()).toHaveText(
      '3 Stellungnahmen in dieser Ansicht, älteste zuerst.',
    );
    const list = queue(page).getByRole('list', { name: 'Stellungnahmen in der Warteschlange' });
    await expect(list.getByRole('button')).toHaveText([
      new RegExp(approved.reference),
      new RegExp(rejected.reference),
      new RegExp(redacted.reference),
    ]);
    await expect(detailHeading(page, approved.reference)).toBeVisible();
    await expect(queue(page).getByText(approved.text)).toBeVisible();
    await expect(
      queue(page).getByRole('region', {
        name: `Karte: Ort der Stellungnahme ${approved.reference}`,
      }),
    ).toBeVisible();
    await expect(queue(page).locator('.leaflet-overlay-pane path')).toHaveCount(1);
    await expect(queue(page).getByText(/^Tastenkürzel: A freigeben, R ablehnen/)).toBeVisible();
    await expect(page.getByRole('region', { name: 'Statistik' })).toContainText(
      'Ablehnungen nach Grund',
    );
    await expectNoSeriousViolations(page);

    // Approve with the keyboard: "a"; the next statement takes the focus.
    await detailHeading(page, approved.reference).focus();
    await page.keyboard.press('a');
    await expect(announcement(page)).toHaveText(
      `Stellungnahme ${approved.reference} freigegeben. Weiter mit Stellungnahme ${rejected.reference}.`,
    );
    await expect(detailHeading(page, rejected.reference)).toBeFocused();

    // Reject with a reason: "r" opens the form with the reason focused.
    await page.keyboard.press('r');
    const reason = queue(page).getByLabel('Grund');
    await expect(reason).toBeFocused();
    await queue(page).getByRole('button', { name: 'Ablehnung speichern' }).click();
    await expect(queue(page).getByText('Bitte wählen Sie einen Grund.')).toBeVisible();
    await reason.selectOption({ label: 'Werbung' });
    await queue(page).getByLabel('Interne Notiz (freiwillig)').fill('Werbung für Uhren');
    await queue(page).getByRole('button', { name: 'Ablehnung speichern' }).click();
    await expect(announcement(page)).toHaveText(
      `Stellungnahme ${rejected.reference} wird nicht veröffentlicht. Weiter mit Stellungnahme ${redacted.reference}.`,
    );
    await expect(detailHeading(page, redacted.reference)).toBeFocused();

    // Redact: the phone number is marked; one action replaces it in an editable text.
    await expect(queue(page).locator('mark.pd-hint')).toHaveText(
      new RegExp(`^Mögliche personenbezogene Daten \\(Telefonnummer\\):\\s*${phone}`),
    );
    await queue(page).getByRole('button', { name: 'Personenbezogene Daten entfernen' }).click();
    const publishedText = queue(page).getByLabel('Veröffentlichter Text');
    await expect(publishedText).toBeFocused();
    const proposal = redacted.text.replace(phone, '[entfernt]');
    await expect(publishedText).toHaveValue(proposal);
    const finalText = proposal.replace('Rufen Sie mich an: [entfernt]. ', '');
    await publishedText.fill(finalText);
    await queue(page).getByRole('button', { name: 'Bearbeitet veröffentlichen' }).click();
    await expect(announcement(page)).toHaveText(
      `Stellungnahme ${redacted.reference} bearbeitet veröffentlicht. Keine weiteren Stellungnahmen in dieser Ansicht.`,
    );
    await expect(queue(page).getByText('Keine Stellungnahmen in dieser Ansicht.')).toBeVisible();
    await expect(
      queue(page).getByRole('heading', { level: 2, name: 'Warteschlange' }),
    ).toBeFocused();

    // The live feed: a statement submitted now appears without a reload.
    const late = await submit(request, procedure.phaseId, `Noch eine Idee für den Platz. (${tag})`);
    await expect(detailHeading(page, late.reference)).toBeVisible();
    await expect(queue(page).getByRole('status').first()).toHaveText(
      '1 Stellungnahme in dieser Ansicht, älteste zuerst.',
    );

    // The public: exactly the approved and the redacted text; a placeholder for the rejected one.
    const visitor = await browser.newPage();
    try {
      await visitor.goto(`/verfahren/${procedure.id}?ansicht=liste`);
      const published = visitor.getByRole('region', { name: 'Veröffentlichte Stellungnahmen' });
      const items = published.locator('.statement-card');
      await expect(items).toHaveCount(3);
      await expect(items.nth(0)).toContainText(approved.text);
      await expect(items.nth(1)).toContainText(
        'Diese Stellungnahme wird nicht öffentlich angezeigt, weil sie gegen die Netiquette verstößt.',
      );
      await expect(items.nth(2)).toContainText(finalText);
      await expect(published.getByText(rejected.text)).toHaveCount(0);
      await expect(published.getByText(phone)).toHaveCount(0);
      await expect(published.getByText(late.text)).toHaveCount(0);

      // On the map: the two published statements with a location, nothing else (the excerpts
      // behind the points are checked in test/api/statements-map.e2e-spec.ts).
      await published.getByRole('link', { name: 'Karte' }).click();
      await expect(published.getByRole('status')).toHaveText(
        /(^|, )2 Stellungnahmen in diesem Ausschnitt$/,
      );

      // Reporting a published statement; the server's throttle (429) is explained.
      await published.getByRole('link', { name: 'Liste' }).click();
      const first = items.nth(0);
      await first
        .getByRole('button', { name: `Melden Stellungnahme ${approved.reference}` })
        .click();
      await expect(first.getByLabel('Grund')).toBeFocused();
      await first.getByLabel('Grund').selectOption({ label: 'Spam' });
      await first.getByRole('button', { name: 'Meldung senden' }).click();
      await expect(first.getByText('Danke für Ihre Meldung.', { exact: false })).toBeFocused();
      // Use up the rest of the minute's ten reports from this address.
      for (let i = 0; i < 9; i += 1) {
        await request.post(`/api/statements/${approved.id}/reports`, {
          headers: { Origin: APP_ORIGIN },
          data: { reason: 'spam' },
        });
      }
      const last = items.nth(2);
      await last
        .getByRole('button', { name: `Melden Stellungnahme ${redacted.reference}` })
        .click();
      await last.getByLabel('Grund').selectOption({ label: 'Anderer Grund' });
      await last.getByRole('button', { name: 'Meldung senden' }).click();
      await expect(last.getByRole('alert')).toHaveText(
        'Sie haben in kurzer Zeit sehr viele Meldungen gesendet. Bitte warten Sie eine Minute und versuchen Sie es dann erneut.',
      );
    } finally {
      await visitor.close();
    }

    // The reports reach the moderators' queue, counted once per statement.
    // The filter lives in the URL: the box is checked once the navigation has been made.
    const reportedOnly = page.getByLabel('Nur gemeldete Stellungnahmen');
    await reportedOnly.click();
    await expect(reportedOnly).toBeChecked();
    await expect(detailHeading(page, approved.reference)).toBeVisible();
    await expect(queue(page).getByText('10-mal gemeldet.')).toBeVisible();
  });

  test('when another moderator decided first, the 409 says what they decided and the queue refreshes', async ({
    page,
    request,
    signIn,
  }) => {
    const procedure = await createProcedure(await actAs(page, signIn, STAFF.planner));
    const statement = await submit(
      request,
      procedure.phaseId,
      `Die Radwege enden im Nichts. (${randomUUID().slice(0, 8)})`,
    );

    // Without the live feed this page does not learn of the other decision by itself.
    await page.route('**/api/moderation/feed', (route) => route.abort());
    const moderator = await actAs(page, signIn, STAFF.moderator);
    await page.goto(`/moderation?verfahren=${procedure.id}`);
    await expect(
      page.getByText(/^(Verbindung unterbrochen|Live-Aktualisierung getrennt)/),
    ).toBeVisible();
    await expect(detailHeading(page, statement.reference)).toBeVisible();

    // The other moderator (here: the same account in another tab) rejects it meanwhile.
    const decided = await moderator.post(`/api/moderation/statements/${statement.id}/decisions`, {
      ...WRITE,
      data: { action: 'reject', reasonCode: 'off_topic', expectedVersion: 0 },
    });
    expect(decided.status(), await decided.text()).toBe(200);

    const answer = page.waitForResponse((r) => r.url().endsWith('/decisions'));
    await queue(page)
      .getByRole('button', { name: /^Freigeben/ })
      .click();
    expect((await answer).status()).toBe(409);
    await expect(queue(page).getByRole('alert')).toHaveText(
      `Stellungnahme ${statement.reference}: Eine andere Person hat inzwischen entschieden. Aktueller Stand: Nicht veröffentlicht. Die Liste wurde aktualisiert.`,
    );
    await expect(queue(page).getByText('Keine Stellungnahmen in dieser Ansicht.')).toBeVisible();
  });

  test('the netiquette is public, linked from the footer, and passes axe', async ({ page }) => {
    await page.goto('/');
    await page
      .getByRole('contentinfo')
      .getByRole('link', { name: 'Netiquette', exact: true })
      .click();
    await expect(page).toHaveURL('/netiquette');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Netiquette: Regeln für Stellungnahmen',
    );
    await expect(page.getByRole('listitem').filter({ hasText: 'Werbung:' })).toBeVisible();
    await expectNoSeriousViolations(page);
  });
});
