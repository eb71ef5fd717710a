import type { NextFunction, Request, Response } from 'express';
import type { Messages } from './errors/error-codes.js';
import { AppError } from './errors/app-error.js';

/**
 * What a JSON body may hold before any validation looks at it. Our largest documents are a plan
 * area (5,000 positions: about 15,000 values) and lists of at most 1,000 ids; no DTO has more
 * than a few dozen fields. Checking these bounds costs one pass that stops at the first excess,
 * so a body of 60,000 unknown keys is refused after 65 of them instead of being handed to
 * class-validator, whose cost grows with every key it has to report.
 */
export const JSON_LIMITS = {
  /** Nesting of objects and arrays; deeper input only exhausts stacks. */
  depth: 32,
  /** Keys of any one object. */
  keysPerObject: 64,
  /** Objects, arrays and values in the whole body. */
  values: 40_000,
} as const;

export type JsonLimit = keyof typeof JSON_LIMITS;

/** Which limit a body exceeds, and where: its top-level field, or `body` for the body itself. */
export interface JsonExcess {
  limit: JsonLimit;
  field: string;
}

/**
 * The first limit a parsed JSON value exceeds, or null. One pass without recursion, and it
 * stops at the first excess: its cost is bounded by the limits, not by the body.
 */
export function exceededJsonLimit(
  value: unknown,
  limits: Record<JsonLimit, number> = JSON_LIMITS,
): JsonExcess | null {
  let values = 0;
  const stack: [unknown, number, string][] = [[value, 1, 'body']];
  while (stack.length > 0) {
    const [current, depth, field] = stack.pop()!;
    values += 1;
    if (values > limits.values) return { limit: 'values', field };
    if (typeof current !== 'object' || current === null) continue;
    if (depth > limits.depth) return { limit: 'depth', field };
    if (Array.isArray(current)) {
      if (values + current.length > limits.values) return { limit: 'values', field };
      for (const child of current) stack.push([child, depth + 1, field]);
      continue;
    }
    let keys = 0;
    for (const key in current) {
      keys += 1;
      if (keys > limits.keysPerObject) return { limit: 'keysPerObject', field };
      const child = (current as Record<string, unknown>)[key];
      stack.push([child, depth + 1, depth === 1 ? key : field]);
    }
  }
  return null;
}

/**
 * The same limits, read off the raw bytes before JSON.parse builds anything: one pass over the
 * body with a stack of member counters, so that a body of 60,000 keys costs a byte scan and
 * never becomes an object of 60,000 properties. Names the top-level field it was in.
 */
export function scanJsonBytes(
  bytes: Uint8Array,
  limits: Record<JsonLimit, number> = JSON_LIMITS,
): JsonExcess | null {
  const members: number[] = [];
  const objects: boolean[] = [];
  let [values, inString, escaped, expectKey, keyStart] = [0, false, false, false, -1];
  let field = 'body';
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i];
    if (inString) {
      if (escaped) escaped = false;
      else if (c === 0x5c) escaped = true;
      else if (c === 0x22) {
        inString = false;
        if (keyStart >= 0) field = Buffer.from(bytes.subarray(keyStart, i)).toString('utf8');
        keyStart = -1;
      }
      continue;
    }
    const top = members.length - 1;
    if (c === 0x22) {
      inString = true;
      if (expectKey && top === 0) keyStart = i + 1;
      expectKey = false;
    } else if (c === 0x7b || c === 0x5b) {
      values += 1;
      if (members.length >= limits.depth) return { limit: 'depth', field };
      members.push(0);
      objects.push(c === 0x7b);
      expectKey = c === 0x7b;
    } else if (c === 0x2c && top >= 0) {
      values += 1;
      members[top] += 1;
      if (objects[top] && members[top] >= limits.keysPerObject)
        return { limit: 'keysPerObject', field: top === 0 ? 'body' : field };
      expectKey = objects[top];
    } else if (c === 0x7d || c === 0x5d) {
      members.pop();
      objects.pop();
    }
    if (values > limits.values) return { limit: 'values', field };
  }
  return null;
}

/** Thrown by `verifyJsonBody` for the body parser; the problem filter answers it with 400. */
export class JsonLimitError extends Error {
  readonly type = 'entity.limits.exceeded';

  constructor(readonly excess: JsonExcess) {
    super(`JSON body exceeds ${excess.limit} in ${excess.field}`);
    this.name = 'JsonLimitError';
  }

  toAppError(): AppError {
    return limitError(this.excess);
  }
}

/** The JSON body parser's `verify` hook: refuses a body by its bytes, before it is parsed. */
export function verifyJsonBody(_request: unknown, _response: unknown, body: Buffer): void {
  const excess = scanJsonBytes(body);
  if (excess) throw new JsonLimitError(excess);
}

const LIMIT_MESSAGES: Record<JsonLimit, Messages> = {
  depth: {
    de: `Die Daten sind zu tief verschachtelt (höchstens ${JSON_LIMITS.depth} Ebenen).`,
    en: `The data is nested too deeply (at most ${JSON_LIMITS.depth} levels).`,
  },
  keysPerObject: {
    de: `Ein Objekt hat zu viele Felder (höchstens ${JSON_LIMITS.keysPerObject}).`,
    en: `An object has too many fields (at most ${JSON_LIMITS.keysPerObject}).`,
  },
  values: {
    de: `Die Daten enthalten zu viele Werte (höchstens ${JSON_LIMITS.values}).`,
    en: `The data holds too many values (at most ${JSON_LIMITS.values}).`,
  },
};

const FIELD_CODES: Record<JsonLimit, string> = {
  depth: 'tooDeep',
  keysPerObject: 'tooManyKeys',
  values: 'tooManyValues',
};

/** Refuses JSON bodies beyond JSON_LIMITS with a 400 naming the field, before validation. */
export function limitJsonBody(request: Request, _response: Response, next: NextFunction): void {
  const excess = request.body === undefined ? null : exceededJsonLimit(request.body);
  next(excess ? limitError(excess) : undefined);
}

function limitError({ limit, field }: JsonExcess): AppError {
  return AppError.field('MALFORMED_REQUEST', field, FIELD_CODES[limit], LIMIT_MESSAGES[limit]);
}
