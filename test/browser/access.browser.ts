import { accountButton, expect, header, signInWithForm, STAFF, test } from './support/auth.js';

test.describe('who may open which page', () => {
  test('the planner signs in and reaches the planning area', async ({ page, request }) => {
    const procedures = (await (await request.get('/api/procedures')).json()) as {
      items: { title: string }[];
    };

    await page.goto('/anmelden');
    await signInWithForm(page, STAFF.planner);

    // Staff without a return address go to their area.
    await expect(page).toHaveURL('/planung');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Planungsbereich');
    await expect(page).toHaveTitle('Planungsbereich – Mitplanen');
    const first = procedures.items[0];
    if (!first) throw new Error('the demo data has no procedures');
    await expect(page.getByRole('link', { name: first.title, exact: true })).toBeVisible();

    await accountButton(page, STAFF.planner.displayName).click();
    await expect(header(page).getByRole('link', { name: 'Planungsbereich' })).toBeVisible();
    await expect(header(page).getByRole('link', { name: 'Administration' })).toHaveCount(0);
  });

  test('a resident who opens the planning area sees "Kein Zugriff"', async ({
    page,
    signIn,
    resident,
  }) => {
    await signIn(resident);
    await page.goto('/planung');

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kein Zugriff');
    await expect(page).toHaveURL('/planung');
    await expect(page).toHaveTitle('Kein Zugriff – Mitplanen');
    await expect(page.getByText(`Sie sind als ${resident.displayName} angemeldet.`)).toBeVisible();
    await expect(accountButton(page, resident.displayName)).toBeVisible();

    await page.goto('/admin');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kein Zugriff');
  });

  test('an anonymous visitor of the planning area signs in first and lands there', async ({
    page,
  }) => {
    await page.goto('/planung');

    await expect(page).toHaveURL('/anmelden?weiter=%2Fplanung');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Anmelden');
    await expect(
      page.getByText('Bitte melden Sie sich an, um diese Seite zu öffnen.'),
    ).toBeVisible();

    await signInWithForm(page, STAFF.planner);

    await expect(page).toHaveURL('/planung');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Planungsbereich');
    await expect(accountButton(page, STAFF.planner.displayName)).toBeVisible();
  });
});
