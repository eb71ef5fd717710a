import {
  createVerifiedResident,
  expect,
  header,
  newResident,
  signInWithForm,
  STAFF,
  test,
} from './support/auth.js';

interface ApiUser {
  email: string;
  roles: string[];
  active: boolean;
}

test.describe('administration', () => {
  test('the admin finds a resident, grants a role, deactivates them and sees the mail', async ({
    page,
    request,
  }) => {
    const resident = await createVerifiedResident(request, newResident('Anwohnerin'));

    await page.goto('/anmelden');
    await signInWithForm(page, STAFF.admin);
    // Admins land in the administration, which the main navigation names.
    await expect(page).toHaveURL('/admin');
    await header(page).getByRole('link', { name: 'Administration' }).click();
    await expect(page).toHaveURL('/admin');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Administration');
    await page.getByLabel('Name oder E-Mail-Adresse').fill(resident.email);
    await page.getByRole('button', { name: 'Suchen' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(resident.email);
    await expect(page.getByText('1 Person gefunden')).toBeVisible();

    const row = page.getByRole('row').filter({ hasText: resident.email });
    await expect(row).toHaveCount(1);
    await expect(row.getByRole('rowheader')).toContainText(resident.displayName);
    const roles = row.getByRole('group', { name: `Rollen von ${resident.displayName}` });
    await expect(roles.getByRole('checkbox', { name: 'Bürgerin/Bürger' })).toBeChecked();
    await expect(roles.getByRole('checkbox', { name: 'Moderation' })).not.toBeChecked();

    // click(), not check(): the box shows the new state once the server has answered, and
    // check() would fail on a slow machine before then; the assertions below wait for it.
    await roles.getByRole('checkbox', { name: 'Moderation' }).click();
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: `Rollen von ${resident.displayName} gespeichert` }),
    ).toBeVisible();
    await expect(roles.getByRole('checkbox', { name: 'Moderation' })).toBeChecked();

    // Deactivating asks first, and says what it means.
    await row.getByRole('button', { name: `Deaktivieren ${resident.displayName}` }).click();
    const dialog = page.getByRole('dialog', { name: `${resident.displayName} deaktivieren?` });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('sofort auf allen Geräten abgemeldet');
    await expect(dialog.getByRole('button', { name: 'Abbrechen' })).toBeFocused();
    await dialog.getByRole('button', { name: 'Deaktivieren' }).click();

    await expect(dialog).toHaveCount(0);
    await expect(row.getByText('Deaktiviert', { exact: true })).toBeVisible();
    await expect(
      row.getByRole('button', { name: `Aktivieren ${resident.displayName}` }),
    ).toBeFocused();

    // The server has it so.
    const users = await page.request.get('/api/admin/users', { params: { q: resident.email } });
    const { items } = (await users.json()) as { items: ApiUser[] };
    expect(items).toHaveLength(1);
    expect(items[0]?.roles).toEqual(['resident', 'moderator']);
    expect(items[0]?.active).toBe(false);

    // The mail tab lists the verification mail; its detail shows the text with the link.
    await page
      .getByRole('navigation', { name: 'Bereiche der Administration' })
      .getByRole('link', {
        name: 'Mails',
      })
      .click();
    await expect(page).toHaveURL('/admin/mails');
    const mailRow = page.getByRole('row').filter({ hasText: resident.email });
    await expect(mailRow).toHaveCount(1);
    await expect(mailRow).toContainText('Bitte bestätigen Sie Ihre E-Mail-Adresse');
    await expect(mailRow).toContainText('Gesendet');

    await mailRow.getByRole('link', { name: /Bitte bestätigen Sie Ihre E-Mail-Adresse/ }).click();
    await expect(page).toHaveURL(/\/admin\/mails\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 2 })).toContainText(
      'Bitte bestätigen Sie Ihre E-Mail-Adresse',
    );
    await expect(page.locator('.mail-body')).toContainText('/konto/bestaetigen?token=');
    await page.getByRole('link', { name: 'Zurück zur Mail-Liste' }).click();
    await expect(page).toHaveURL('/admin/mails');
  });
});
