import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config.js';

/**
 * Where uploaded files live. Callers know only keys; an S3-compatible store can replace the
 * local one by providing another implementation of this class, without touching callers.
 */
export abstract class FileStorage {
  abstract put(key: string, content: Buffer): Promise<void>;
  abstract open(key: string): Promise<{ stream: Readable; size: number }>;
  abstract remove(key: string): Promise<void>;
}

/** Files under DATA_DIR/files, written atomically (temporary file, then rename). */
@Injectable()
export class LocalFileStorage extends FileStorage {
  private readonly root: string;

  constructor(config: AppConfig) {
    super();
    this.root = config.filesDir;
  }

  private path(key: string): string {
    if (!/^[a-z0-9][a-z0-9/_.-]*$/i.test(key) || key.includes('..'))
      throw new Error(`invalid storage key ${key}`);
    const full = resolve(join(this.root, key));
    if (!full.startsWith(this.root + sep)) throw new Error(`invalid storage key ${key}`);
    return full;
  }

  async put(key: string, content: Buffer): Promise<void> {
    const target = this.path(key);
    await mkdir(dirname(target), { recursive: true });
    const temporary = `${target}.${process.pid}.tmp`;
    await writeFile(temporary, content);
    await rename(temporary, target);
  }

  async open(key: string): Promise<{ stream: Readable; size: number }> {
    const path = this.path(key);
    const { size } = await stat(path);
    return { stream: createReadStream(path), size };
  }

  async remove(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }
}
