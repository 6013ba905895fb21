import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
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
        try {
          return parseYaml(source) as T;
        } catch (error) {
          throw new DataError(`Cannot load pack "${code}": ${file}: ${(error as Error).message}`);
        }
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

function readMeta(pack: LanguagePack, code: string): PackMeta {
  const meta = pack.yaml<Partial<PackMeta>>('pack.yml');
  if (!meta) throw new DataError(`Cannot load pack "${code}": pack.yml is missing`);
  if (meta.code !== code) throw new DataError(`Cannot load pack "${code}": pack.yml code "${meta.code}" differs from folder name`);
  if (typeof meta.name !== 'string' || typeof meta.locale !== 'string') {
    throw new DataError(`Cannot load pack "${code}": pack.yml needs "name" and "locale"`);
  }
  return meta as PackMeta;
}
