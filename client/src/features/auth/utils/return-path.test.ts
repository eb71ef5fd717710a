import { describe, expect, it } from 'vitest';

import { homeFor, isAuthPage, safeReturnPath } from '@/features/auth/utils/return-path';

describe('homeFor', () => {
  it('sends each role to its work', () => {
    expect(homeFor(['admin'])).toBe('/admin');
    expect(homeFor(['resident', 'moderator'])).toBe('/moderation');
    expect(homeFor(['resident', 'planner'])).toBe('/planung');
    expect(homeFor(['resident'])).toBe('/');
  });

  it('prefers the administration, then the queue, for people with several roles', () => {
    expect(homeFor(['planner', 'admin'])).toBe('/admin');
    expect(homeFor(['planner', 'moderator'])).toBe('/moderation');
  });
});

describe('safeReturnPath', () => {
  it('keeps a page of this site with its query', () => {
    expect(safeReturnPath('/planung?status=draft')).toBe('/planung?status=draft');
  });

  it('refuses other sites, control characters and sign-in pages', () => {
    expect(safeReturnPath('//evil.example/')).toBeNull();
    expect(safeReturnPath('/\\evil.example')).toBeNull();
    expect(safeReturnPath('https://evil.example/')).toBeNull();
    expect(safeReturnPath('/konto\n')).toBeNull();
    expect(safeReturnPath('/anmelden?weiter=/')).toBeNull();
    expect(safeReturnPath(null)).toBeNull();
  });

  it('treats a trailing slash like none', () => {
    expect(isAuthPage('/registrieren/')).toBe(true);
    expect(isAuthPage('/')).toBe(false);
  });
});
