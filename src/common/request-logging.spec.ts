import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { pinoHttp } from 'pino-http';
import { redactUrl, requestLogOptions } from './request-logging.js';

/** The app's request logger writing into memory; returns the captured lines after `send`. */
async function logOf(
  path: string,
  headers: Record<string, string>,
): Promise<{ lines: string[]; text: string }> {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  const logger = pinoHttp(requestLogOptions('info'), sink);
  const server: Server = createServer((req, res) => {
    logger(req, res);
    req.log.info({ req }, 'handled');
    res.setHeader('Set-Cookie', 'mitplanen.sid=s%3Asecret-session; Path=/; HttpOnly');
    res.end('ok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  await fetch(`http://127.0.0.1:${port}${path}`, { headers });
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await new Promise((resolve) => setImmediate(resolve));
  return { lines, text: lines.join('\n') };
}

describe('request log redaction (issue 13, item 6)', () => {
  it('drops the query string of a token-bearing URL, Authorization and cookies from the log', async () => {
    const { lines, text } = await logOf(
      '/api/statements/status?reference=BP-1%2F2026-0001&token=raw-status-token-123',
      { Authorization: 'Bearer raw-bearer-456', Cookie: 'mitplanen.sid=s%3Araw-cookie-789' },
    );
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(text).toContain('/api/statements/status?[redacted]');
    for (const secret of [
      'raw-status-token-123',
      'raw-bearer-456',
      'raw-cookie-789',
      'secret-session',
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  it('keeps query strings without a token, so the log stays useful', async () => {
    const { text } = await logOf('/api/procedures?district=Kettwig', {});
    expect(text).toContain('/api/procedures?district=Kettwig');
    expect(redactUrl('/api/letters/x.pdf?a=1&TOKEN=abc')).toBe('/api/letters/x.pdf?[redacted]');
    expect(redactUrl('/api/x?notoken=1')).toBe('/api/x?notoken=1');
  });
});
