import type { NextFunction, Request, Response } from 'express';
import { AppError } from './errors/app-error.js';

/** Deeper JSON than any of our documents needs; deeper input only exhausts stacks. */
export const MAX_JSON_DEPTH = 32;

/** Nesting depth of a parsed JSON value, computed without recursion. */
export function jsonDepth(value: unknown, limit = Infinity): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    max = Math.max(max, depth);
    if (max > limit) return max;
    for (const child of Array.isArray(current) ? current : Object.values(current))
      stack.push([child, depth + 1]);
  }
  return max;
}

/** Refuses JSON bodies nested deeper than MAX_JSON_DEPTH with a 400 naming the body. */
export function limitJsonDepth(request: Request, _response: Response, next: NextFunction): void {
  if (request.body !== undefined && jsonDepth(request.body, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
    next(
      AppError.field('MALFORMED_REQUEST', 'body', 'tooDeep', {
        de: `Die Daten sind zu tief verschachtelt (höchstens ${MAX_JSON_DEPTH} Ebenen).`,
        en: `The data is nested too deeply (at most ${MAX_JSON_DEPTH} levels).`,
      }),
    );
    return;
  }
  next();
}
