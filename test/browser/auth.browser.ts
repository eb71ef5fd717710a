import {
  accountButton,
  expect,
  linkIn,
  newResident,
  signInForm,
  signInLink,
  signInWithForm,
  STAFF,
  test,
  waitForMail,
} from './support/auth.js';

test.describe('accounts: register, confirm, sign in and out', () => {
  test('a resident registers, confirms the mailed link, signs in, opens the account page and signs out', async ({
    page,
  }) => {
    const resident = newResident();

    await page.goto('/');
    await signInLink(page).click();
    await expect(page).toHaveURL('/anmelden');
    await page.getByRole('link', { name: 'Konto anlegen' }).click();

    await expect(page).toHaveURL('/registrieren');
    await expect(page).toHaveTitle('Konto anlegen – Mitplanen');
    // An account is optional for statements, and the page says so.
    await expect(
      page.getByText('Stellungnahmen können Sie auch ohne Konto abgeben.'),
    ).toBeVisible();
    await expect(page.getByText('Mindestens 10 und höchstens 200 Zeichen.')).toBeVisible();

    await page.getByLabel('Name', { exact: true }).fill(resident.displayName);
    await page.getByLabel('E-Mail-Adresse', { exact: true }).fill(resident.email);
    await page.getByLabel('Neues Passwort', { exact: true }).fill(resident.password);
    await page.getByRole('button', { name: 'Konto anlegen' }).click();

    // "Check your mail" – never "registered" (the same answer for a known address).
    const checkMail = page.getByRole('heading', { name: 'Bitte prüfen Sie Ihr E-Mail-Postfach' });
    await expect(checkMail).toBeVisible();
    await expect(checkMail).toBeFocused();
    await expect(
      page.getByText(`Wir haben eine E-Mail an ${resident.email} geschickt.`),
    ).toBeVisible();

    const mail = await waitForMail(resident.email, { subject: /bestätigen/ });
    const link = linkIn(mail, '/konto/bestaetigen');
    expect(link).toMatch(/^\/konto\/bestaetigen\?token=.+/);

    await page.goto(link);
    await expect(
      page.getByRole('heading', { name: 'Ihre E-Mail-Adresse ist bestätigt' }),
    ).toBeVisible();
    await page.getByRole('link', { name: 'Jetzt anmelden' }).click();

    await expect(page).toHaveURL('/anmelden');
    await signInWithForm(page, resident);

    // A resident lands on the home page, with their name in the header.
    await expect(page).toHaveURL('/');
    const account = accountButton(page, resident.displayName);
    await expect(account).toBeVisible();
    await expect(account).toHaveAttribute('aria-expanded', 'false');
    await expect(signInLink(page)).toHaveCount(0);

    await account.click();
    await expect(account).toHaveAttribute('aria-expanded', 'true');
    // Residents see neither the planning area nor the administration.
    await expect(
      page.getByRole('banner').getByRole('link', { name: 'Planungsbereich' }),
    ).toHaveCount(0);
    await expect(
      page.getByRole('banner').getByRole('link', { name: 'Administration' }),
    ).toHaveCount(0);
    await page.getByRole('banner').getByRole('link', { name: 'Mein Konto' }).click();

    await expect(page).toHaveURL('/konto');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mein Konto');
    const details = page.getByRole('region', { name: 'Ihre Angaben' });
    await expect(details.getByText(resident.displayName, { exact: true })).toBeVisible();
    await expect(details.getByText(resident.email, { exact: true })).toBeVisible();
    await expect(details.getByText('Bürgerin/Bürger', { exact: true })).toBeVisible();
    await expect(
      page.getByRole('link', { name: 'Meine Daten herunterladen (JSON)' }),
    ).toHaveAttribute('href', '/api/account/export');

    await page.getByRole('main').getByRole('button', { name: 'Abmelden' }).click();

    await expect(page).toHaveURL('/anmelden');
    await expect(
      page.getByRole('status').filter({ hasText: 'Sie haben sich abgemeldet.' }),
    ).toBeVisible();
    await expect(signInLink(page)).toBeVisible();
    await expect(accountButton(page, resident.displayName)).toHaveCount(0);

    // The session is over: the account page now asks to sign in, and would return there.
    await page.goto('/konto');
    await expect(page).toHaveURL('/anmelden?weiter=%2Fkonto');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Anmelden');
  });

  test('a wrong password shows the error at the form', async ({ page }) => {
    await page.goto('/anmelden');
    await signInWithForm(page, { ...STAFF.moderator, password: 'falsches-passwort-42' });

    const summary = signInForm(page).getByRole('alert');
    await expect(summary).toContainText('Die Anmeldung hat nicht geklappt');
    await expect(summary).toContainText('E-Mail-Adresse oder Passwort stimmen nicht.');
    await expect(summary).toBeFocused();
    await expect(page).toHaveURL('/anmelden');
    await expect(signInForm(page).getByRole('button', { name: 'Anmelden' })).toBeEnabled();
    await expect(signInLink(page)).toBeVisible();
  });

  test('missing entries are named at their fields before anything is sent', async ({ page }) => {
    let requests = 0;
    await page.route('**/api/auth/register', async (route) => {
      requests += 1;
      await route.continue();
    });
    await page.goto('/registrieren');
    await page.getByLabel('E-Mail-Adresse', { exact: true }).fill('keine-adresse');
    await page.getByLabel('Neues Passwort', { exact: true }).fill('kurz');
    await page.getByRole('button', { name: 'Konto anlegen' }).click();

    const summary = page.getByRole('alert').filter({ hasText: 'Bitte prüfen Sie Ihre Angaben' });
    await expect(summary).toBeFocused();
    const name = page.getByLabel('Name', { exact: true });
    const password = page.getByLabel('Neues Passwort', { exact: true });
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await expect(name).toHaveAccessibleDescription(/Bitte geben Sie Ihren Namen ein\./);
    await expect(page.getByLabel('E-Mail-Adresse', { exact: true })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await expect(password).toHaveAccessibleDescription(
      /Das Passwort muss mindestens 10 Zeichen lang sein\./,
    );

    // Each entry of the summary leads to its field.
    await summary
      .getByRole('link', { name: 'Das Passwort muss mindestens 10 Zeichen lang sein.' })
      .click();
    await expect(password).toBeFocused();
    expect(requests).toBe(0);
  });

  test('an unusable confirmation link and a failed directory sign-in are explained', async ({
    page,
  }) => {
    await page.goto('/konto/bestaetigen?token=dieser-token-ist-ganz-sicher-ungueltig-4711');
    await expect(
      page.getByRole('heading', { name: 'Die Bestätigung hat nicht geklappt' }),
    ).toBeVisible();
    await expect(
      page.getByText('Der Link ist ungültig, abgelaufen oder wurde schon benutzt.'),
    ).toBeVisible();
    await expect(page.getByRole('link', { name: 'Neuen Link anfordern' })).toBeVisible();

    await page.goto('/anmelden?fehler=account_deactivated');
    await expect(page.getByRole('alert')).toContainText('Dieses Konto ist deaktiviert.');
  });

  test('a forgotten password: the mailed link sets a new one', async ({ page, request }) => {
    const resident = newResident('Vergesslich');
    const registered = await request.post('/api/auth/register', { data: resident });
    expect(registered.status()).toBe(202);

    await page.goto('/anmelden');
    await page.getByRole('link', { name: 'Passwort vergessen?' }).first().click();
    await expect(page).toHaveURL('/passwort/vergessen');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Passwort vergessen');
    await page.getByLabel('E-Mail-Adresse', { exact: true }).fill(resident.email);
    await page.getByRole('button', { name: 'Link anfordern' }).click();
    await expect(
      page.getByRole('heading', { name: 'Bitte prüfen Sie Ihr E-Mail-Postfach' }),
    ).toBeFocused();

    const mail = await waitForMail(resident.email, { subject: /Passwort/ });
    await page.goto(linkIn(mail, '/passwort/neu'));
    await page.getByLabel('Neues Passwort', { exact: true }).fill('ein ganz neues passwort');
    await page.getByRole('button', { name: 'Passwort speichern' }).click();
    await expect(page.getByRole('heading', { name: 'Ihr Passwort ist geändert' })).toBeFocused();

    // The link works only once.
    await page.reload();
    await page.getByLabel('Neues Passwort', { exact: true }).fill('noch ein neues passwort');
    await page.getByRole('button', { name: 'Passwort speichern' }).click();
    await expect(page.getByRole('alert')).toContainText(
      'Der Link ist ungültig, abgelaufen oder wurde schon benutzt.',
    );
  });
});
