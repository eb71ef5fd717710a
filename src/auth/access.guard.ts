import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { AppError } from '../common/errors/app-error.js';
import { ACCESS_KEY, type AccessRule } from '../common/decorators.js';
import type { SessionUser } from '../common/session-user.js';

/**
 * Deny by default: a route is reachable only when it says who may call it (@Public,
 * @SignedIn or @Roles). A route without a decision is refused for everyone and logged.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger('AccessGuard');

  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) {
      this.logger.error(
        `${context.getClass().name}.${context.getHandler().name} has no access decision; refused`,
      );
      throw new AppError('FORBIDDEN');
    }
    if (rule.kind === 'public') return true;
    const user = context.switchToHttp().getRequest<Request>().user as SessionUser | undefined;
    if (!user) throw new AppError('UNAUTHORIZED');
    if (rule.kind === 'signed-in') return true;
    if (user.roles.some((role) => rule.roles.includes(role))) return true;
    throw new AppError('FORBIDDEN');
  }
}
