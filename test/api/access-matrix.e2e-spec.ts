import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA, SSE_METADATA } from '@nestjs/common/constants.js';
import { MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { ACCESS_KEY, type AccessRule } from '../../src/common/decorators.js';
import { ROLES, type Role } from '../../src/common/roles.js';
import { createUser, sessionCookie } from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

interface Route {
  method: string;
  path: string;
  name: string;
  rule: AccessRule | undefined;
  /** A server-sent event stream: it never ends by itself, so only its head is read. */
  stream: boolean;
}

/** Every route the app registers, read from Nest's own metadata: a new route cannot hide. */
function registeredRoutes(t: TestApp): Route[] {
  const modules = t.app.get(ModulesContainer);
  const scanner = new MetadataScanner();
  const reflector = t.app.get(Reflector);
  const routes: Route[] = [];
  const controllers = [...modules.values()].flatMap((module) => [...module.controllers.values()]);
  for (const wrapper of controllers) {
    const instance = wrapper.instance as Record<string, unknown> | undefined;
    if (!instance || !wrapper.metatype) continue;
    const controllerPaths = [
      reflector.get<string | string[]>(PATH_METADATA, wrapper.metatype),
    ].flat();
    for (const methodName of scanner.getAllMethodNames(Object.getPrototypeOf(instance) as object)) {
      const handler = instance[methodName] as (...args: unknown[]) => unknown;
      const methodPath = reflector.get<string | string[] | undefined>(PATH_METADATA, handler);
      if (methodPath === undefined) continue;
      const method = RequestMethod[reflector.get<RequestMethod>(METHOD_METADATA, handler)];
      const rule = reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [
        handler,
        wrapper.metatype,
      ]);
      const stream = reflector.get<boolean | undefined>(SSE_METADATA, handler) === true;
      for (const base of controllerPaths) {
        for (const sub of [methodPath].flat()) {
          const path = `/api/${[base, sub].filter((p) => p && p !== '/').join('/')}`.replace(
            /\/+/g,
            '/',
          );
          routes.push({ method, path, name: `${wrapper.name}.${methodName}`, rule, stream });
        }
      }
    }
  }
  return routes;
}

/** The status of a stream's response head; the stream is then closed so the app can stop. */
async function streamStatus(url: string, cookie: string | undefined): Promise<number> {
  const controller = new AbortController();
  try {
    const response = await fetch(url, {
      headers: { accept: 'text/event-stream', ...(cookie ? { cookie } : {}) },
      signal: controller.signal,
    });
    return response.status;
  } finally {
    controller.abort();
  }
}

type Caller = 'anonymous' | Role;
const CALLERS: Caller[] = ['anonymous', ...ROLES];

function expectation(rule: AccessRule, caller: Caller): 'allowed' | 401 | 403 {
  if (rule.kind === 'public') return 'allowed';
  if (caller === 'anonymous') return 401;
  if (rule.kind === 'signed-in') return 'allowed';
  return rule.roles.includes(caller) ? 'allowed' : 403;
}

describe('authorisation matrix', () => {
  let t: TestApp;
  let routes: Route[];
  beforeAll(async () => {
    t = await createTestApp();
    routes = registeredRoutes(t);
  });
  afterAll(() => t.close());

  it('finds the routes, and every one states who may call it', () => {
    expect(routes.length).toBeGreaterThanOrEqual(15);
    expect(routes.filter((r) => r.stream).map((r) => r.path)).toContain('/api/moderation/feed');
    expect(routes.filter((r) => !r.rule).map((r) => `${r.method} ${r.path} (${r.name})`)).toEqual(
      [],
    );
  });

  it('answers every route for every role as its decision says', async () => {
    const outcomes: string[] = [];
    const mismatches: string[] = [];
    for (const route of routes) {
      for (const caller of CALLERS) {
        // A fresh user and session per call, so that routes which end sessions or remove
        // accounts cannot disturb the next call.
        const cookie =
          caller === 'anonymous'
            ? undefined
            : await sessionCookie(t, (await createUser(t, { roles: [caller] })).id);
        const path = route.path.replace(/:[A-Za-z]+/g, '00000000-0000-4000-8000-000000000000');
        if (route.stream) {
          const status = await streamStatus(`${t.url}${path}`, cookie);
          const expected = expectation(route.rule!, caller);
          outcomes.push(`${route.method} ${route.path} ${caller}: ${status}`);
          if (expected === 'allowed' ? status !== 200 : status !== expected)
            mismatches.push(
              `${route.method} ${route.path} as ${caller}: expected ${expected}, got ${status}`,
            );
          continue;
        }
        let req = t.http[route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'](
          path,
        ).set('Origin', t.url);
        if (cookie) req = req.set('Cookie', cookie);
        if (route.method !== 'GET') req = req.send({});
        const res = await req;
        const expected = expectation(route.rule!, caller);
        const ok =
          expected === 'allowed'
            ? res.status !== 401 && res.status !== 403
            : res.status === expected;
        outcomes.push(`${route.method} ${route.path} ${caller}: ${res.status}`);
        if (!ok)
          mismatches.push(
            `${route.method} ${route.path} as ${caller}: expected ${expected}, got ${res.status}`,
          );
        expect(res.status).toBeLessThan(500);
      }
    }
    expect(mismatches).toEqual([]);
    expect(outcomes.length).toBe(routes.length * CALLERS.length);
  }, 120_000);
});
