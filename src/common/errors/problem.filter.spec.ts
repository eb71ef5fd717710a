import type { ArgumentsHost } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { ProblemFilter } from './problem.filter.js';

/** Runs the filter on `exception` and returns what the client would get. */
function answer(exception: unknown) {
  const sent = { status: 0, type: '', headers: {} as Record<string, string>, body: '' };
  const response = {
    headersSent: false,
    setHeader: (name: string, value: string) => (sent.headers[name] = value),
    status(code: number) {
      sent.status = code;
      return this;
    },
    type(value: string) {
      sent.type = value;
      return this;
    },
    send: (body: string) => (sent.body = body),
  };
  const request = { headers: {}, originalUrl: '/api/phases/x/statements' };
  const host = {
    switchToHttp: () => ({ getRequest: () => request, getResponse: () => response }),
  } as unknown as ArgumentsHost;
  const filter = new ProblemFilter();
  (filter as unknown as { logger: { error(): void } }).logger = { error: () => undefined };
  filter.catch(exception, host);
  return { ...sent, problem: JSON.parse(sent.body) as { code: string; status: number } };
}

describe('ProblemFilter and an unreachable database', () => {
  const driverError = (code: string) =>
    new QueryFailedError('SELECT 1', [], Object.assign(new Error('x'), { code }));

  it.each([
    [
      'a refused connection',
      Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
    ],
    ['a server shutting down', driverError('57P01')],
    // Two instances numbering one procedure can, rarely, deadlock on a retried key.
    ['a deadlock the database broke', driverError('40P01')],
    ['a connection lost mid-query', new Error('Connection terminated unexpectedly')],
    // pg's pool gives up after connectionTimeoutMillis when every connection is busy.
    ['a pool with no free connection', new Error('timeout exceeded when trying to connect')],
  ])('answers %s with 503 problem+json and Retry-After', (_, exception) => {
    const sent = answer(exception);
    expect(sent.status).toBe(503);
    expect(sent.type).toBe('application/problem+json');
    expect(sent.headers['Retry-After']).toBe('2');
    expect(sent.problem).toMatchObject({ status: 503, code: 'DATABASE_UNAVAILABLE' });
  });

  it('keeps other failures a 500 without internals', () => {
    const sent = answer(new Error('secret internal detail'));
    expect(sent.status).toBe(500);
    expect(sent.body).not.toContain('secret internal detail');
  });
});
