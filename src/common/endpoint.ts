import {
  applyDecorators,
  Delete,
  Get,
  HttpCode,
  type HttpStatus,
  Patch,
  Post,
  Put,
} from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import { Public, Roles, SignedIn } from './decorators.js';
import { ApiProblemResponses } from './openapi.js';
import type { Role } from './roles.js';

const METHODS = { GET: Get, POST: Post, PUT: Put, PATCH: Patch, DELETE: Delete };

export interface EndpointOptions {
  /** Who may call it: anyone, any signed-in user, or holders of one of these roles. */
  access: 'public' | 'signed-in' | [Role, ...Role[]];
  /** The OpenAPI summary. */
  summary: string;
  /** Problem+json answers besides those of the access rule (401, 403). */
  problems?: number[];
  /** The success status when it is not the method's default (201 for POST, else 200). */
  status?: HttpStatus;
}

/**
 * Declares a route once: HTTP method and path, who may call it (the global AccessGuard denies
 * routes without a rule), its OpenAPI summary and its problem responses.
 */
export function Endpoint(
  method: keyof typeof METHODS,
  path: string | undefined,
  { access, summary, problems = [], status }: EndpointOptions,
): MethodDecorator {
  const decorators: MethodDecorator[] = [
    METHODS[method](path),
    access === 'public' ? Public() : access === 'signed-in' ? SignedIn() : Roles(...access),
  ];
  if (status !== undefined) decorators.push(HttpCode(status));
  decorators.push(ApiOperation({ summary }));
  if (problems.length > 0) decorators.push(ApiProblemResponses(...problems));
  return applyDecorators(...decorators);
}
