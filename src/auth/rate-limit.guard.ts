import {
  applyDecorators,
  CanActivate,
  ExecutionContext,
  Injectable,
  SetMetadata,
  UseGuards,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { AppError } from '../common/errors/app-error.js';
import { ApiProblemResponses } from '../common/openapi.js';
import { AppConfig } from '../config/app-config.js';
import { RateLimitStore } from './rate-limit.store.js';

export interface RateLimit {
  /** Names the counter family, e.g. `auth`; also the suffix of the response headers. */
  name: string;
  /** Calls per window, fixed or read from the configuration. */
  limit: number | ((config: AppConfig) => number);
  ttlMs: number;
  /** How long a client stays blocked after exceeding the limit (default: ttlMs). */
  blockMs?: number;
}

const RATE_LIMIT_KEY = 'mitplanen:rate-limit';

/** Sign-in attempts, registrations and resets per client IP, route and minute, across instances. */
export const AUTH_RATE_LIMIT: RateLimit = { name: 'auth', limit: 10, ttlMs: 60_000 };

/** Limits calls of a route per client IP; counters live in PostgreSQL, shared by all instances. */
export function RateLimited(limit: RateLimit): MethodDecorator & ClassDecorator {
  return applyDecorators(
    SetMetadata(RATE_LIMIT_KEY, limit),
    UseGuards(RateLimitGuard),
    ApiProblemResponses(429),
  );
}

@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly store: RateLimitStore,
    private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const limit = this.reflector.getAllAndOverride<RateLimit | undefined>(RATE_LIMIT_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!limit) return true;
    const http = context.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const max = typeof limit.limit === 'function' ? limit.limit(this.config) : limit.limit;
    const key = `${context.getClass().name}.${context.getHandler().name}:${request.ip ?? 'unknown'}`;
    const record = await this.store.increment(
      key,
      limit.ttlMs,
      max,
      limit.blockMs ?? limit.ttlMs,
      limit.name,
    );
    response.setHeader(`X-RateLimit-Limit-${limit.name}`, max);
    response.setHeader(`X-RateLimit-Remaining-${limit.name}`, Math.max(0, max - record.totalHits));
    if (record.isBlocked) {
      response.setHeader(`Retry-After-${limit.name}`, record.timeToBlockExpire);
      response.setHeader('Retry-After', record.timeToBlockExpire);
      throw new AppError('TOO_MANY_REQUESTS');
    }
    return true;
  }
}
