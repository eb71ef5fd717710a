import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { AppError } from '../common/errors/app-error.js';
import { AppConfig } from '../config/app-config.js';
import { SESSION_COOKIE } from './sessions.service.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function originOf(value: string | undefined): string | null {
  if (!value) return null;
  try {
    return new URL(value).origin;
  } catch {
    return null;
  }
}

/**
 * CSRF protection by strict origin checking: a write must come from this site. A foreign
 * Origin (or Referer, or Sec-Fetch-Site: cross-site) is always refused; a write that carries
 * the session cookie must prove its origin. This site is PUBLIC_URL (AppConfig.publicUrl).
 */
@Injectable()
export class OriginGuard implements CanActivate {
  constructor(private readonly config: AppConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request>();
    if (SAFE_METHODS.has(request.method)) return true;
    if (request.headers['sec-fetch-site'] === 'cross-site') throw new AppError('CSRF_REJECTED');
    const origin = originOf(request.headers.origin) ?? originOf(request.headers.referer);
    // The site's origin comes from the configuration only: the Host header is the client's.
    if (origin) {
      if (origin !== this.config.publicUrl) throw new AppError('CSRF_REJECTED');
      return true;
    }
    const hasSession = (request.headers.cookie ?? '').includes(`${SESSION_COOKIE}=`);
    if (hasSession) throw new AppError('CSRF_REJECTED');
    return true;
  }
}
