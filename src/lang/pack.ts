import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readStamped, writeStamped } from '../core/cache-file.js';
import { DataError } from '../core/errors.js';

/** The `pack.yml` of a language pack. */
export interface PackMeta {
  /** ISO 639-1 code, equal to the folder name. */
  code: string;
  /** English name of the language. */
  name: string;
  /** BCP 47 locale for `Intl` (segmenters, collation). */
  locale: string;
  /** Order of numeric dates: `dmy` (Indonesian, British) or `mdy` (US English). */
  numericDateOrder?: 'dmy' | 'mdy';
}

/**
 * A language pack: a data folder of one-concern files (`data/lang/<code>/`). Files are read
 * and parsed lazily, once per process; each stage compiles the files it needs in its factory.
 */
export interface LanguagePack {
  readonly code: string;
  readonly meta: PackMeta;
  readonly dir: string;
  /** True when the pack has this file. */
  has(file: string): boolean;
  /** Raw file contents, or null when absent. */
  text(file: string): string | null;
  /** Non-empty lines with `#` comments removed and whitespace trimmed; [] when absent. */
  lines(file: string): string[];
  /** Parsed YAML, or null when absent. Throws DataError naming the file on a syntax error. */
  yaml<T = unknown>(file: string): T | null;
  /** Rows of a TSV file (header row skipped, `#` comment lines removed), each with its 1-based line number. */
  tsv(file: string): Array<{ line: number; cells: string[] }>;
}

/** All language packs found in a data folder. */
export interface PackRegistry {
  /** The pack for a code, or undefined when there is none. */
  get(code: string): LanguagePack | undefined;
  /** Codes of all packs, sorted. */
  codes(): string[];
  /** The data folder (`data/`). */
  readonly dataDir: string;
}

/** The project's `data/` folder. */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

/** Where parsed pack YAML of the project's own data is kept as JSON (`node_modules/.cache/readout/packs`). */
const YAML_CACHE_DIR = fileURLToPath(new URL('../../node_modules/.cache/readout/packs/', import.meta.url));
/** Bump when what is cached changes shape. */
const YAML_CACHE_VERSION = 1;

const registries = new Map<string, PackRegistry>();

/** Loads (once per process and folder) every pack under `<dataDir>/lang/`. */
export function loadPacks(dataDir: string = DEFAULT_DATA_DIR): PackRegistry {
  const cached = registries.get(dataDir);
  if (cached) return cached;
  const langDir = join(dataDir, 'lang');
  const packs = new Map<string, LanguagePack>();
  if (existsSync(langDir)) {
    for (const entry of readdirSync(langDir, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      packs.set(entry.name, openPack(join(langDir, entry.name), entry.name));
    }
  }
  const registry: PackRegistry = {
    dataDir,
    get: (code) => packs.get(code),
    codes: () => [...packs.keys()].sort(),
  };
  registries.set(dataDir, registry);
  return registry;
}

/** Opens one pack folder and validates its `pack.yml`. */
export function openPack(dir: string, code: string): LanguagePack {
  const cache = new Map<string, unknown>();
  const memo = <T>(key: string, make: () => T): T => {
    if (!cache.has(key)) cache.set(key, make());
    return cache.get(key) as T;
  };
  const path = (file: string) => join(dir, file);
  const text = (file: string): string | null =>
    memo(`text:${file}`, () => (existsSync(path(file)) ? readFileSync(path(file), 'utf8') : null));
  const pack: LanguagePack = {
    code,
    dir,
    get meta() {
      return memo('meta', () => readMeta(pack, code));
    },
    has: (file) => existsSync(path(file)),
    text,
    lines: (file) =>
      memo(`lines:${file}`, () =>
        (text(file) ?? '')
          .split(/\r?\n/)
          .map((l) => l.replace(/(^|\s)#.*$/, '').trim())
          .filter((l) => l.length > 0),
      ),
    yaml: <T>(file: string) =>
      memo(`yaml:${file}`, () => {
        const source = text(file);
        if (source === null) return null;
        return parsePackYaml(source, path(file), code, file) as T;
      }),
    tsv: (file) =>
      memo(`tsv:${file}`, () => {
        const rows: Array<{ line: number; cells: string[] }> = [];
        let header = true;
        (text(file) ?? '').split(/\r?\n/).forEach((l, i) => {
          if (l.trim() === '' || l.startsWith('#')) return;
          if (header) {
            header = false;
            return;
          }
          rows.push({ line: i + 1, cells: l.split('\t').map((c) => c.trim()) });
        });
        return rows;
      }),
  };
  return pack;
}

/**
 * Parses a pack's YAML file, through a JSON cache for the project's own data: every process (and
 * every worker thread of `extract --jobs`) reads the same files at start, and the YAML parser takes
 * a quarter of the pipeline's setup (its own compilation included) where JSON takes a few
 * milliseconds. The cache is keyed by path and checked against a hash of the content, so an edited
 * file is parsed again; other data folders (tests, custom packs) are parsed every time. A fresh
 * parse goes through JSON too, so a run that fills the cache sees the same values as one that reads it.
 */
function parsePackYaml(source: string, file: string, code: string, name: string): unknown {
  const inData = isInside(DEFAULT_DATA_DIR, file);
  const stamp = `${YAML_CACHE_VERSION}:${createHash('sha1').update(source).digest('hex')}`;
  const cachePath = inData ? join(YAML_CACHE_DIR, `${createHash('sha1').update(file).digest('hex')}.json`) : null;
  if (cachePath) {
    const cached = readStamped<unknown>(cachePath, stamp);
    if (cached !== undefined) return cached;
  }
  let value: unknown;
  try {
    value = parseYaml(source);
  } catch (error) {
    throw new DataError(`Cannot load pack "${code}": ${name}: ${(error as Error).message}`);
  }
  if (!cachePath) return value;
  const json = writeStamped(cachePath, stamp, value);
  return (JSON.parse(json) as { value: unknown }).value;
}

function isInside(dir: string, file: string): boolean {
  const rel = relative(dir, file);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

function readMeta(pack: LanguagePack, code: string): PackMeta {
  const meta = pack.yaml<Partial<PackMeta>>('pack.yml');
  if (!meta) throw new DataError(`Cannot load pack "${code}": pack.yml is missing`);
  if (meta.code !== code) throw new DataError(`Cannot load pack "${code}": pack.yml code "${meta.code}" differs from folder name`);
  if (typeof meta.name !== 'string' || typeof meta.locale !== 'string') {
    throw new DataError(`Cannot load pack "${code}": pack.yml needs "name" and "locale"`);
  }
  return meta as PackMeta;
}

/** The YAML parser is loaded on a cache miss only: a start from warm caches need not pay its 40 ms of CPU. */
function parseYaml(source: string): unknown {
  return (createRequire(import.meta.url)('yaml') as typeof import('yaml')).parse(source);
}
