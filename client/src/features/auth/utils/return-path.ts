import type { Role } from '@/api/types';
import { paths } from '@/config/paths';

/** Pages a visitor should never be sent back to after signing in. */
const AUTH_PAGES: readonly string[] = [
  paths.signIn,
  paths.register,
  paths.verifyEmail,
  paths.forgotPassword,
  paths.resetPassword,
];

export function isAuthPage(pathname: string): boolean {
  return AUTH_PAGES.includes(pathname.replace(/\/+$/, '') || '/');
}

/**
 * The return address from `?weiter=`, if it is a page of this site: a path starting with one
 * slash (never `//host` or `/\host`, which browsers treat as another site), not a sign-in page.
 */
export function safeReturnPath(value: string | null | undefined): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return null;
  }
  if ([...value].some((char) => char.charCodeAt(0) < 0x20)) return null;
  const pathname = value.split(/[?#]/, 1)[0] ?? '';
  return isAuthPage(pathname) ? null : value;
}

/**
 * Where to go after signing in without a return address: staff to their work (the
 * administration, the moderation queue, the procedures), residents to the overview.
 */
export function homeFor(roles: readonly Role[]): string {
  if (roles.includes('admin')) return paths.admin;
  if (roles.includes('moderator')) return paths.moderation;
  if (roles.includes('planner')) return paths.planning;
  return paths.home;
}
