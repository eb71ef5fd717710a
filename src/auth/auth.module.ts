import {
  Inject,
  MiddlewareConsumer,
  Module,
  NestModule,
  OnApplicationShutdown,
} from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import passport from 'passport';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { UsersModule } from '../users/users.module.js';
import { AccessGuard } from './access.guard.js';
import { AccountController } from './account.controller.js';
import { AdminUsersController } from './admin-users.controller.js';
import { AuthRepository } from './auth.repository.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { LocalStrategy } from './local.strategy.js';
import { OidcService } from './oidc.service.js';
import { OriginGuard } from './origin.guard.js';
import { RateLimitGuard } from './rate-limit.guard.js';
import { RateLimitStore } from './rate-limit.store.js';
import { SessionSerializer } from './session.serializer.js';
import { SessionStreamsService } from './session-streams.service.js';
import { SESSION_COOKIE, SessionsService } from './sessions.service.js';

const SESSION_MIDDLEWARE = Symbol('SESSION_MIDDLEWARE');

/**
 * A request has a session only if it brings the session cookie or may start one (sign-in under
 * /api/auth/). Any other request is anonymous whatever the session code would do, so it skips
 * it: at a deadline, thousands of anonymous submissions would otherwise each get a session id
 * generated, a session object built and thrown away.
 */
export function mayHaveSession(request: Request): boolean {
  return (
    (request.headers.cookie?.includes(`${SESSION_COOKIE}=`) ?? false) ||
    request.originalUrl.startsWith('/api/auth/')
  );
}

function onlyWithSession(middleware: RequestHandler): RequestHandler {
  return (request: Request, response: Response, next: NextFunction) => {
    if (mayHaveSession(request)) middleware(request, response, next);
    else next();
  };
}

@Module({
  imports: [UsersModule, NotificationsModule, PassportModule.register({ session: true })],
  controllers: [AuthController, AccountController, AdminUsersController],
  providers: [
    AuthService,
    SessionsService,
    LocalStrategy,
    OidcService,
    SessionSerializer,
    RateLimitStore,
    AuthRepository,
    RateLimitGuard,
    SessionStreamsService,
    {
      provide: SESSION_MIDDLEWARE,
      inject: [SessionsService],
      useFactory: (s: SessionsService) => s.middleware(),
    },
    // Order matters: first refuse cross-site writes, then decide who may call the route.
    { provide: APP_GUARD, useClass: OriginGuard },
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [AuthService, RateLimitStore, RateLimitGuard, SessionStreamsService],
})
export class AuthModule implements NestModule, OnApplicationShutdown {
  constructor(
    @Inject(SESSION_MIDDLEWARE) private readonly sessionMiddleware: RequestHandler,
    private readonly sessions: SessionsService,
  ) {}

  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(
        ...[
          this.sessionMiddleware,
          passport.initialize(),
          passport.session() as RequestHandler,
        ].map(onlyWithSession),
      )
      .forRoutes('{*splat}');
  }

  onApplicationShutdown(): void {
    this.sessions.close();
  }
}
