import {
  applyDecorators,
  createParamDecorator,
  ExecutionContext,
  SetMetadata,
} from '@nestjs/common';
import { ApiCookieAuth, ApiExtension } from '@nestjs/swagger';
import type { Request } from 'express';
import { ApiProblemResponses } from './openapi.js';
import type { Role } from './roles.js';
import type { SessionUser } from './session-user.js';

/** Metadata key: who may call a route. The global AccessGuard denies routes without it. */
export const ACCESS_KEY = 'mitplanen:access';

export type AccessRule =
  { kind: 'public' } | { kind: 'signed-in' } | { kind: 'roles'; roles: Role[] };

/** Anyone, signed in or not, may call this route. A deliberate decision, never a default. */
export function Public(): MethodDecorator & ClassDecorator {
  return applyDecorators(
    SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies AccessRule),
    ApiExtension('x-access', 'public'),
  );
}

/** Any signed-in user may call this route. */
export function SignedIn(): MethodDecorator & ClassDecorator {
  return applyDecorators(
    SetMetadata(ACCESS_KEY, { kind: 'signed-in' } satisfies AccessRule),
    ApiCookieAuth('session'),
    ApiExtension('x-access', 'signed-in'),
    ApiProblemResponses(401),
  );
}

/** Users holding at least one of these roles may call this route. */
export function Roles(...roles: [Role, ...Role[]]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    SetMetadata(ACCESS_KEY, { kind: 'roles', roles } satisfies AccessRule),
    ApiCookieAuth('session'),
    ApiExtension('x-access', roles),
    ApiProblemResponses(401, 403),
  );
}

/** The signed-in user of the request (routes marked SignedIn or Roles always have one). */
export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): SessionUser | undefined => {
    const request = context.switchToHttp().getRequest<Request>();
    return request.user as SessionUser | undefined;
  },
);
