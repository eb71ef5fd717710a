import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import {
  defer,
  filter,
  finalize,
  from,
  interval,
  merge,
  type Observable,
  Subject,
  switchMap,
  takeUntil,
} from 'rxjs';
import { AppError } from '../common/errors/app-error.js';
import { AppConfig } from '../config/app-config.js';
import { AuthRepository } from './auth.repository.js';
import type { SessionUser } from '../common/session-user.js';

/** How often an open stream checks that its session still exists (ended on another instance). */
const SESSION_CHECK_MS = 5000;

/**
 * Long-lived streams (the moderation feed) bound to the session that opened them: a stream ends
 * when its session is signed out or its user deactivated, at once on this instance and within
 * SESSION_CHECK_MS on the others; a user holds at most MODERATION_FEED_MAX_PER_USER streams
 * on an instance.
 */
@Injectable()
export class SessionStreamsService {
  private readonly ended = new Subject<{ userId?: string; sid?: string }>();
  private readonly open = new Map<string, number>();

  constructor(
    private readonly repository: AuthRepository,
    private readonly config: AppConfig,
  ) {}

  /** Called when sessions end on this instance (sign-out: `sid`; deactivation: `userId`). */
  sessionsEnded(which: { userId?: string; sid?: string }): void {
    this.ended.next(which);
  }

  /** `source` for as long as the request's session lives; 429 beyond the per-user limit. */
  bind<T>(user: SessionUser, request: Request, source: Observable<T>): Observable<T> {
    const sid = request.sessionID;
    const count = this.open.get(user.id) ?? 0;
    if (count >= this.config.moderationFeedMaxPerUser) throw new AppError('TOO_MANY_STREAMS');
    this.open.set(user.id, count + 1);
    const endedHere = this.ended.pipe(filter((e) => e.userId === user.id || e.sid === sid));
    const endedElsewhere = interval(SESSION_CHECK_MS).pipe(
      switchMap(() => from(this.alive(sid, user.id))),
      filter((alive) => !alive),
    );
    return defer(() => source).pipe(
      takeUntil(merge(endedHere, endedElsewhere)),
      finalize(() => {
        const left = (this.open.get(user.id) ?? 1) - 1;
        if (left > 0) this.open.set(user.id, left);
        else this.open.delete(user.id);
      }),
    );
  }

  private alive(sid: string, userId: string): Promise<boolean> {
    return this.repository.sessionAlive(sid, userId);
  }
}
