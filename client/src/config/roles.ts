import type { Role } from '@/api/types';

/** All roles, in the order the interface lists them (as the server's ROLES). */
export const ROLES = [
  'resident',
  'planner',
  'moderator',
  'admin',
] as const satisfies readonly Role[];

/** Who may open the planning area (the server's @Roles('planner')). */
export const PLANNING_ROLES = ['planner'] as const satisfies readonly Role[];

/** Who may open the moderation queue (the server's @Roles('moderator')). */
export const MODERATION_ROLES = ['moderator'] as const satisfies readonly Role[];

/** Who may open the administration. */
export const ADMIN_ROLES = ['admin'] as const satisfies readonly Role[];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
