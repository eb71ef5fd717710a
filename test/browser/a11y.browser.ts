import { fetchProcedures, listItems, loadedTiles, mapAreas } from './support/app.js';
import { expectNoSeriousViolations } from './support/axe.js';
import { expect, STAFF, test } from './support/auth.js';

test.describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  test('home page', async ({ page, request }) => {
    const { total } = await fetchProcedures(request);
    await page.goto('/');
    await expect(listItems(page)).toHaveCount(total);
    await expect(mapAreas(page)).toHaveCount(total);
    await expect(loadedTiles(page).first()).toBeVisible();
    await expectNoSeriousViolations(page);
  });

  test('home page in English', async ({ page, request }) => {
    const { total } = await fetchProcedures(request);
    await page.goto('/');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(
      page.getByRole('region', { name: 'List of procedures' }).getByRole('listitem'),
    ).toHaveCount(total);
    await expectNoSeriousViolations(page);
  });

  test('procedure page', async ({ page, request }) => {
    const { items } = await fetchProcedures(request);
    const procedure = items[0];
    if (!procedure) throw new Error('no procedures');
    await page.goto(`/verfahren/${procedure.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(procedure.title);
    await expect(mapAreas(page)).toHaveCount(1);
    await expectNoSeriousViolations(page);
  });

  test('accessibility statement', async ({ page }) => {
    await page.goto('/barrierefreiheit');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Erklärung zur Barrierefreiheit',
    );
    await expectNoSeriousViolations(page);
  });

  test('feedback page', async ({ page }) => {
    await page.goto('/feedback');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Barriere melden');
    await expectNoSeriousViolations(page);
  });

  test('sign-in page', async ({ page }) => {
    await page.goto('/anmelden');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Anmelden');
    await expectNoSeriousViolations(page);
  });

  test('sign-in page with errors at the fields', async ({ page }) => {
    await page.goto('/anmelden');
    await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
    await expect(page.getByRole('alert')).toContainText('Bitte prüfen Sie Ihre Angaben');
    await expectNoSeriousViolations(page);
  });

  test('registration page', async ({ page }) => {
    await page.goto('/registrieren');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Konto anlegen');
    await expectNoSeriousViolations(page);
  });

  test('account page, and its confirmation dialog', async ({ page, signIn, resident }) => {
    await signIn(resident);
    await page.goto('/konto');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mein Konto');
    await expectNoSeriousViolations(page);

    await page.getByRole('button', { name: 'Persönliche Daten entfernen …' }).click();
    const dialog = page.getByRole('dialog', { name: 'Persönliche Daten wirklich entfernen?' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('Ihre Stellungnahmen bleiben in den Verfahrensakten');
    await expectNoSeriousViolations(page);
    // Cancelled: nothing happens, the focus goes back to the button.
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Persönliche Daten entfernen …' })).toBeFocused();
  });

  test('administration: people and mails', async ({ page, signIn }) => {
    await signIn(STAFF.admin);
    await page.goto('/admin');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Administration');
    await expect(page.getByRole('row').filter({ hasText: STAFF.admin.email })).toBeVisible();
    await expectNoSeriousViolations(page);

    await page.goto('/admin/mails');
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('Mails');
    await expect(page.getByText(/^\d+ Mails?$/)).toBeVisible();
    await expectNoSeriousViolations(page);
  });

  test('planning area', async ({ page, signIn }) => {
    // The planners' area (an admin without the planner role has no access, issue 14.8).
    await page.context().clearCookies();
    await signIn(STAFF.planner);
    await page.goto('/planung');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Planungsbereich');
    await expect(page.getByRole('table')).toBeVisible();
    await expectNoSeriousViolations(page);
  });
});
