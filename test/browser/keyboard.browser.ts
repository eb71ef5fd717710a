import { type Locator, type Page } from '@playwright/test';

import { fetchProcedures, listItems, procedureList } from './support/app.js';
import { accountButton, expect, header, signInForm, STAFF, test } from './support/auth.js';

/** Presses Tab until `target` has focus, as a keyboard user would; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 40): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`could not reach the element with ${max} presses of Tab`);
}

test.describe('keyboard use', () => {
  test('the skip link jumps past the map to the list', async ({ page, request }) => {
    const { items, total } = await fetchProcedures(request);
    await page.goto('/');
    await expect(listItems(page)).toHaveCount(total);

    const skip = page.getByRole('link', {
      name: 'Karte überspringen, weiter zur Liste der Verfahren',
    });
    await tabTo(page, skip);
    await expect(skip).toBeVisible();

    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('heading', { level: 2, name: 'Liste der Verfahren' }),
    ).toBeFocused();

    await page.keyboard.press('Tab');
    const first = items[0];
    if (!first) throw new Error('no procedures');
    await expect(
      procedureList(page).getByRole('link', { name: first.title, exact: true }),
    ).toBeFocused();
  });

  test('the map can be focused, moved with the arrow keys and its areas opened with Enter', async ({
    page,
    request,
  }) => {
    const { items, total } = await fetchProcedures(request);
    await page.goto('/');
    await expect(listItems(page)).toHaveCount(total);

    const map = page.getByRole('region', { name: 'Karte der Plangebiete' });
    await tabTo(page, map);
    await expect(map).toBeFocused();
    // A visible focus indicator.
    const outline = await map.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).not.toBe('none');

    const pane = page.locator('.leaflet-map-pane');
    const before = await pane.evaluate((element) => getComputedStyle(element).transform);
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => pane.evaluate((element) => getComputedStyle(element).transform))
      .not.toBe(before);

    // Tab moves from the map into its areas; Enter opens the focused one.
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    const procedure = items.find((p) => label === `${p.title} – Verfahren öffnen`);
    expect(procedure, `focused area label: ${String(label)}`).toBeDefined();

    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(`/verfahren/${procedure?.id ?? ''}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(procedure?.title ?? '');
  });

  test('the sign-in form can be filled and sent, and the account menu used, by keyboard', async ({
    page,
  }) => {
    const { email, password, displayName } = STAFF.moderator;
    await page.goto('/anmelden');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Anmelden');

    const form = signInForm(page);
    const emailField = form.getByLabel('E-Mail-Adresse', { exact: true });
    await tabTo(page, emailField);
    await page.keyboard.type(email);
    await page.keyboard.press('Tab');
    await expect(form.getByLabel('Passwort', { exact: true })).toBeFocused();
    await page.keyboard.type(password);
    // Next: "show password", then the submit button.
    await page.keyboard.press('Tab');
    await expect(form.getByLabel('Passwort anzeigen')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(form.getByRole('button', { name: 'Anmelden' })).toBeFocused();
    await page.keyboard.press('Enter');

    // A moderator lands on the moderation queue (issue 14.8).
    await expect(page).toHaveURL('/moderation');
    const account = accountButton(page, displayName);
    await expect(account).toBeVisible();

    // The account menu is a disclosure: Enter opens it, Tab walks its links, Escape closes it.
    await tabTo(page, account);
    await page.keyboard.press('Enter');
    await expect(account).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Tab');
    await expect(header(page).getByRole('link', { name: 'Mein Konto' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(account).toHaveAttribute('aria-expanded', 'false');
    await expect(account).toBeFocused();
    await expect(header(page).getByRole('link', { name: 'Mein Konto' })).toBeHidden();

    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('/konto');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mein Konto');
  });
});
