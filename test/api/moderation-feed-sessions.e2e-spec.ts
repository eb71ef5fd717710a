import { AuthService } from '../../src/auth/auth.service.js';
import { createUser, sessionCookie } from '../support/factories.js';
import { openFeed } from '../support/sse.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/** Opens the feed and resolves with how long it stayed open (ms), at most `timeoutMs`. */
function feedLifetime(t: TestApp, cookie: string, timeoutMs = 20_000) {
  const openedAt = Date.now();
  const feed = openFeed(`${t.url}/api/moderation/feed`, cookie, () => false, timeoutMs);
  return { ready: feed.ready, closedAfter: feed.events.then(() => Date.now() - openedAt) };
}

describe('the moderation feed is bound to its session (issue 13, item 10)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ MODERATION_FEED_MAX_PER_USER: '3' });
  });
  afterAll(() => t.close());

  it('closes the feed when its session signs out', async () => {
    const moderator = await createUser(t, { roles: ['resident', 'moderator'] });
    const cookie = await sessionCookie(t, moderator.id);
    const feed = feedLifetime(t, cookie);
    await feed.ready;
    await t.http.post('/api/auth/logout').set('Cookie', cookie).set('Origin', t.origin).expect(204);
    expect(await feed.closedAfter).toBeLessThan(10_000);
  });

  it('closes every feed of a user who is deactivated', async () => {
    const moderator = await createUser(t, { roles: ['resident', 'moderator'] });
    const feeds = [
      feedLifetime(t, await sessionCookie(t, moderator.id)),
      feedLifetime(t, await sessionCookie(t, moderator.id)),
    ];
    await Promise.all(feeds.map((f) => f.ready));
    await t.app.get(AuthService).setActive(moderator.id, false);
    for (const f of feeds) expect(await f.closedAfter).toBeLessThan(10_000);
  });

  it('refuses a fourth open feed of one user with 429 problem+json, and allows it once one closed', async () => {
    const moderator = await createUser(t, { roles: ['resident', 'moderator'] });
    const cookies = await Promise.all([0, 1, 2, 3].map(() => sessionCookie(t, moderator.id)));
    const feeds = cookies.slice(0, 3).map((cookie) => feedLifetime(t, cookie));
    await Promise.all(feeds.map((f) => f.ready));
    const fourth = await fetch(`${t.url}/api/moderation/feed`, {
      headers: { cookie: cookies[3], accept: 'text/event-stream' },
    });
    expect(fourth.status).toBe(429);
    expect(fourth.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(((await fourth.json()) as { code: string }).code).toBe('TOO_MANY_STREAMS');
    // Another moderator is not affected.
    const other = await createUser(t, { roles: ['resident', 'moderator'] });
    const otherFeed = feedLifetime(t, await sessionCookie(t, other.id), 1000);
    await otherFeed.ready;
    // One closes (sign-out), then the fourth may open.
    await t.http
      .post('/api/auth/logout')
      .set('Cookie', cookies[0])
      .set('Origin', t.origin)
      .expect(204);
    await feeds[0].closedAfter;
    const again = feedLifetime(t, cookies[3], 1000);
    await again.ready;
    await t.app.get(AuthService).setActive(moderator.id, false);
    await Promise.all([
      ...feeds.map((f) => f.closedAfter),
      again.closedAfter,
      otherFeed.closedAfter,
    ]);
  });
});
