import { Injectable } from '@nestjs/common';
import { PassportSerializer } from '@nestjs/passport';
import { AuthService } from './auth.service.js';
import type { SessionUser } from '../common/session-user.js';

/** The session stores only the user id; every request loads the user fresh. */
@Injectable()
export class SessionSerializer extends PassportSerializer {
  constructor(private readonly auth: AuthService) {
    super();
  }

  serializeUser(user: SessionUser, done: (err: Error | null, id?: string) => void): void {
    done(null, user.id);
  }

  deserializeUser(id: string, done: (err: Error | null, user?: SessionUser | false) => void): void {
    this.auth.sessionUser(id).then(
      (user) => done(null, user ?? false),
      (error: unknown) => done(error instanceof Error ? error : new Error(String(error))),
    );
  }
}
