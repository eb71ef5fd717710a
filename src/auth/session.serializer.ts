import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { PassportSerializer } from '@nestjs/passport';
import { AuthService } from './auth.service.js';
import type { SessionUser } from '../common/session-user.js';

/**
 * The session stores only the user id; every request loads the user fresh. Passport keeps its
 * serializers process-wide, so once this app has shut down its serializer passes ('pass') to
 * the next app's (tests boot several apps in one process).
 */
@Injectable()
export class SessionSerializer extends PassportSerializer implements OnApplicationShutdown {
  private closed = false;

  constructor(private readonly auth: AuthService) {
    super();
  }

  onApplicationShutdown(): void {
    this.closed = true;
  }

  serializeUser(user: SessionUser, done: (err: Error | null, id?: string) => void): void {
    if (this.closed) return done('pass' as unknown as Error);
    done(null, user.id);
  }

  deserializeUser(id: string, done: (err: Error | null, user?: SessionUser | false) => void): void {
    if (this.closed) return done('pass' as unknown as Error);
    this.auth.sessionUser(id).then(
      (user) => done(null, user ?? false),
      (error: unknown) => done(error instanceof Error ? error : new Error(String(error))),
    );
  }
}
