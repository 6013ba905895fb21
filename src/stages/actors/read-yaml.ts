import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readStamped, writeStamped } from '../../core/cache-file.js';
import { DataError } from '../../core/errors.js';

/** Bump when what is cached changes shape. */
const CACHE_VERSION = 1;
/** The project's `node_modules/.cache/readout` (from src/stages/actors or dist/stages/actors). */
export const CACHE_DIR = fileURLToPath(new URL('../../../node_modules/.cache/readout/', import.meta.url));

/** Reads a YAML file, or returns null when it is absent; a syntax error throws a DataError naming the file. */
export function readYaml<T>(file: string): T | null {
  if (!existsSync(file)) return null;
  try {
    return parseYaml(readFileSync(file, 'utf8')) as T;
  } catch (error) {
    throw new DataError(`Cannot load "${file}": ${(error as Error).message}`);
  }
}

/** Where the JSON cache of a YAML file lives. */
export function cachePathOf(file: string): string {
  return join(CACHE_DIR, `${createHash('sha1').update(file).digest('hex')}.json`);
}

/**
 * `readYaml` through a JSON cache keyed by path, size and modification time: the people files are
 * hundreds of kilobytes, which the YAML parser reads in half a second at every start, JSON in a few
 * milliseconds. Without a writable cache folder it just parses.
 */
export function readYamlCached<T>(file: string): T | null {
  if (!existsSync(file)) return null;
  const s = statSync(file);
  // one cache file per source file (no pile-up as the data changes); the stamp says if it is current
  const stamp = `${CACHE_VERSION}:${s.size}:${s.mtimeMs}`;
  const cachePath = cachePathOf(file);
  const cached = readStamped<T>(cachePath, stamp);
  if (cached !== undefined) return cached;
  const value = readYaml<T>(file);
  writeStamped(cachePath, stamp, value);
  return value;
}

/** The YAML parser is loaded on a cache miss only: a start from warm caches need not pay its 40 ms of CPU. */
function parseYaml(source: string): unknown {
  return (createRequire(import.meta.url)('yaml') as typeof import('yaml')).parse(source);
}
