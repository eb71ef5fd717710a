import type { Role } from './roles.js';

/** What a request knows about its signed-in user, loaded fresh from the database each time. */
export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
}
