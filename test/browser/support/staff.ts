import { randomUUID } from 'node:crypto';

import type { APIRequestContext, Page } from '@playwright/test';

import { expect, type Account } from './auth.js';
import { addDays, berlinToday } from './dates.js';
import { APP_ORIGIN } from './env.js';

/** Writes need the browser's Origin header (the server checks it against CSRF). */
export const WRITE = { headers: { Origin: APP_ORIGIN } };

/**
 * The page's API client as `account`, through the shared session of the sign-in fixture: the
 * server allows only 10 sign-ins per minute and address, so the tests sign in no more often.
 */
export async function actAs(
  page: Page,
  signIn: (account: Account) => Promise<void>,
  account: Account,
): Promise<APIRequestContext> {
  await page.context().clearCookies();
  await signIn(account);
  return page.context().request;
}

interface ProcedureOptions {
  /** Start of the reference, e.g. `MOD`. */
  prefix: string;
  /** Title, followed by a unique suffix. */
  title: string;
  topics: string[];
  area: object;
  phaseTitle: string;
  /** Default Altendorf; tests that should not add to a demo district's count name their own. */
  district?: string;
}

/** A published procedure of the test with an open, pre-moderated informal phase. */
export async function createOpenProcedure(
  planner: APIRequestContext,
  { prefix, title, topics, area, phaseTitle, district = 'Altendorf' }: ProcedureOptions,
): Promise<{ id: string; phaseId: string; title: string }> {
  const suffix = randomUUID().slice(0, 6);
  const fullTitle = `${title} ${suffix}`;
  const created = await planner.post('/api/procedures', {
    ...WRITE,
    data: {
      reference: `${prefix}-${suffix}`,
      title: fullTitle,
      type: 'informal',
      district,
      topics,
      area,
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const published = await planner.patch(`/api/procedures/${id}`, {
    ...WRITE,
    data: { status: 'published' },
  });
  expect(published.status(), await published.text()).toBe(200);
  const today = berlinToday();
  const phase = await planner.post(`/api/procedures/${id}/phases`, {
    ...WRITE,
    data: {
      kind: 'informal',
      title: phaseTitle,
      startDate: today,
      endDate: addDays(today, 14),
      moderationMode: 'pre',
    },
  });
  expect(phase.status(), await phase.text()).toBe(201);
  const { id: phaseId, state } = (await phase.json()) as { id: string; state: string };
  if (state !== 'open') {
    const opened = await planner.post(`/api/phases/${phaseId}/open`, {
      ...WRITE,
      data: { reason: `Browsertest: ${phaseTitle}` },
    });
    expect(opened.status(), await opened.text()).toBe(200);
  }
  return { id, phaseId, title: fullTitle };
}
