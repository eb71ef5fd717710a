import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { chownSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/** uid and gid of a system account, read with `id`. */
async function account(user: string): Promise<{ uid: number; gid: number }> {
  const [uid, gid] = await Promise.all(
    ['-u', '-g'].map(async (flag) => Number((await execFileAsync('id', [flag, user])).stdout)),
  );
  return { uid, gid };
}

/**
 * Runs a server program as an unprivileged account: as root through `setpriv` (which execs the
 * program itself, so its pid is the program's), otherwise as the current user.
 */
export class Unprivileged {
  private constructor(
    readonly user: string,
    readonly ids: { uid: number; gid: number } | null,
  ) {}

  static async as(user: string): Promise<Unprivileged> {
    const root = process.getuid?.() === 0;
    return new Unprivileged(user, root ? await account(user) : null);
  }

  /** A fresh directory under the system temp dir that the account owns. */
  tempDir(prefix: string): string {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    if (this.ids) chownSync(dir, this.ids.uid, this.ids.gid);
    return dir;
  }

  private command(file: string, args: string[]): [string, string[]] {
    if (!this.ids) return [file, args];
    return [
      'setpriv',
      [`--reuid=${this.ids.uid}`, `--regid=${this.ids.gid}`, '--clear-groups', file, ...args],
    ];
  }

  /** Runs to completion; rejects with the program's stderr when it fails. */
  async run(file: string, args: string[], cwd: string): Promise<string> {
    const [cmd, argv] = this.command(file, args);
    try {
      return (await execFileAsync(cmd, argv, { cwd, timeout: 60_000 })).stdout;
    } catch (error) {
      const e = error as Error & { stderr?: string };
      throw new Error(`${file} ${args.join(' ')} failed: ${e.stderr ?? e.message}`, {
        cause: error,
      });
    }
  }

  /** Starts a long-running program in the foreground of a child process. */
  spawn(file: string, args: string[], cwd: string): ChildProcess {
    const [cmd, argv] = this.command(file, args);
    return spawn(cmd, argv, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  }
}

/** Polls `check` until it holds, at most `timeoutMs`. */
export async function waitFor(
  what: string,
  check: () => Promise<boolean>,
  timeoutMs = 10_000,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}
