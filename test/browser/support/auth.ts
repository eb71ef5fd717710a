import { randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

import {
  expect,
  test as base,
  type APIRequestContext,
  type Cookie,
  type Locator,
  type Page,
} from '@playwright/test';
import { simpleParser, type ParsedMail } from 'mailparser';

import { APP_ORIGIN, DEMO_PASSWORD, MAIL_DIR } from './env.js';

export interface Account {
  email: string;
  password: string;
  displayName: string;
}

/** The seeded demo staff (SEED_DEMO_PASSWORD in the Playwright config). */
export const STAFF = {
  planner: {
    email: 'planung@mitplanen.example',
    password: DEMO_PASSWORD,
    displayName: 'Stadtplanungsamt (Demo)',
  },
  moderator: {
    email: 'moderation@mitplanen.example',
    password: DEMO_PASSWORD,
    displayName: 'Moderation (Demo)',
  },
  admin: {
    email: 'admin@mitplanen.example',
    password: DEMO_PASSWORD,
    displayName: 'Administration (Demo)',
  },
} as const satisfies Record<string, Account>;

/** A new, unique resident (nothing is stored yet). */
export function newResident(label = 'Bewohnerin'): Account {
  const id = randomUUID().slice(0, 8);
  return {
    email: `${label.toLowerCase()}-${id}@example.org`,
    password: `ein langes passwort ${id}`,
    displayName: `${label} ${id}`,
  };
}

const parsed = new Map<string, ParsedMail>();

function recipients(mail: ParsedMail): string {
  const to = mail.to;
  if (!to) return '';
  return (Array.isArray(to) ? to : [to]).map((address) => address.text.toLowerCase()).join(', ');
}

/**
 * Waits for the mail to `address` (written by the server as DATA_DIR/mail/*.eml, since there
 * is no SMTP server) and returns it parsed. `subject` picks one of several mails.
 */
export async function waitForMail(
  address: string,
  { subject, timeout = 30_000 }: { subject?: RegExp; timeout?: number } = {},
): Promise<ParsedMail> {
  const wanted = address.toLowerCase();
  let found: ParsedMail | undefined;
  await expect
    .poll(
      async () => {
        const names = await readdir(MAIL_DIR).catch(() => [] as string[]);
        for (const name of names.filter((n) => n.endsWith('.eml')).sort()) {
          let mail = parsed.get(name);
          if (!mail) {
            mail = await simpleParser(await readFile(path.join(MAIL_DIR, name)));
            parsed.set(name, mail);
          }
          if (recipients(mail).includes(wanted) && (!subject || subject.test(mail.subject ?? ''))) {
            found = mail;
            return true;
          }
        }
        return false;
      },
      { timeout, intervals: [200, 300, 500], message: `no mail to ${address} in ${MAIL_DIR}` },
    )
    .toBe(true);
  if (!found) throw new Error(`no mail to ${address}`);
  return found;
}

/** Path and query of the first link in the mail's text that leads to `pathname`. */
export function linkIn(mail: ParsedMail, pathname: string): string {
  const urls = (mail.text ?? '').match(/https?:\/\/\S+/g) ?? [];
  for (const candidate of urls) {
    const url = new URL(candidate);
    if (url.pathname === pathname) return `${url.pathname}${url.search}`;
  }
  throw new Error(`no link to ${pathname} in the mail:\n${mail.text ?? ''}`);
}

/** Registers and confirms a resident through the API (as the mailed link would). */
export async function createVerifiedResident(
  request: APIRequestContext,
  account: Account = newResident(),
): Promise<Account> {
  const registered = await request.post('/api/auth/register', {
    data: { email: account.email, password: account.password, displayName: account.displayName },
  });
  expect(registered.status(), await registered.text()).toBe(202);
  const mail = await waitForMail(account.email, { subject: /bestätigen/ });
  const token = new URL(linkIn(mail, '/konto/bestaetigen'), APP_ORIGIN).searchParams.get('token');
  const verified = await request.post('/api/auth/verify', { data: { token } });
  expect(verified.status(), await verified.text()).toBe(204);
  return account;
}

/**
 * Session cookies per account, kept for the worker's lifetime: the server allows 10 sign-ins
 * per minute and client address, so tests that only need a signed-in page share one session
 * per account. Only for accounts whose sessions no test ends.
 */
const sessions = new Map<string, Cookie[]>();

async function signInThroughApi(page: Page, account: Account): Promise<void> {
  const context = page.context();
  const cached = sessions.get(account.email);
  if (cached) {
    await context.addCookies(cached);
    return;
  }
  const response = await context.request.post('/api/auth/login', {
    data: { email: account.email, password: account.password },
  });
  expect(response.status(), await response.text()).toBe(200);
  sessions.set(account.email, await context.cookies(APP_ORIGIN));
}

interface AuthFixtures {
  /** Signs the page's browser context in as `account` without the UI (shared session). */
  signIn: (account: Account) => Promise<void>;
}

interface AuthWorkerFixtures {
  /** A confirmed resident account, created once per worker through the API. */
  resident: Account;
}

export const test = base.extend<AuthFixtures, AuthWorkerFixtures>({
  resident: [
    async ({ playwright }, use) => {
      const request = await playwright.request.newContext({ baseURL: APP_ORIGIN });
      const account = await createVerifiedResident(request, newResident('Anwohner'));
      await request.dispose();
      await use(account);
    },
    { scope: 'worker' },
  ],
  signIn: async ({ page }, use) => {
    await use((account) => signInThroughApi(page, account));
  },
});

export { expect };

/* ---------- Page parts ---------- */

export const header = (page: Page): Locator => page.getByRole('banner');

/** The header's account button (its name starts with "Angemeldet als"). */
export const accountButton = (page: Page, name: string): Locator =>
  header(page).getByRole('button', { name: `Angemeldet als ${name}` });

export const signInLink = (page: Page): Locator =>
  header(page).getByRole('link', { name: 'Anmelden', exact: true });

export const signInForm = (page: Page): Locator =>
  page.getByRole('form', { name: 'Mit E-Mail-Adresse und Passwort' });

/** Fills and sends the sign-in form with the mouse, as most visitors do. */
export async function signInWithForm(page: Page, account: Account): Promise<void> {
  const form = signInForm(page);
  await form.getByLabel('E-Mail-Adresse', { exact: true }).fill(account.email);
  await form.getByLabel('Passwort', { exact: true }).fill(account.password);
  await form.getByRole('button', { name: 'Anmelden' }).click();
}
