import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readJsonFile, writeFileAtomic } from '../../core/cache-file.js';
import type { LanguagePack } from '../../lang/pack.js';
import { compileLexicon, type Lexicon } from './compile-lexicon.js';
import { loadActorData, type ActorDataPaths } from './load-actor-data.js';
import { readPackLists } from './read-pack-lists.js';
import { CACHE_DIR } from './read-yaml.js';
import { makeFinal, shapeEntry, TokenTrie, type Final, type StoredTrie } from './token-trie.js';
import type { ActorData, AliasRule, CountryDef, Entry, InstitutionDef, OrgDef, PersonDef, RoleDef } from './types.js';

/** Bump when what is stored changes shape. */
const CACHE_VERSION = 3;

/**
 * The modules whose code decides what a compiled lexicon holds: a change to any of them makes stored
 * lexicons stale. Named without extension: the same list serves the sources and the build.
 */
const COMPILER_MODULES = ['./compile-lexicon', './token-trie', './match-units', './read-pack-lists', './read-yaml', './load-actor-data', './lexicon-cache', '../../lang/pack'];
/** `.ts` when run from the sources, `.js` from the build: each keeps files of its own, or they would overwrite each other's. */
const FLAVOUR = import.meta.url.endsWith('.ts') ? '.ts' : '.js';

/** Actor data as stored: its maps as entry lists. */
interface StoredData {
  key: string;
  roles: Array<[string, RoleDef]>;
  countries: Array<[string, CountryDef]>;
  orgs: Array<[string, OrgDef]>;
  institutions: Array<[string, InstitutionDef]>;
  people: Array<[string, PersonDef]>;
  orgNameLanguage: string | null;
}

/** A lexicon as stored: the parts compiled from the data; the pack's lists are read again, which is cheap. */
interface StoredLexicon {
  key: string;
  entries: Entry[];
  /** Entry index, needs-upper flag, and the key of its alias rule in the pack's rules, or null. */
  finals: Array<[number, 0 | 1, string | null]>;
  trie: StoredTrie;
  countryTrie: StoredTrie;
  orgTrie: StoredTrie;
  honorificTrie: StoredTrie;
  capitals: Array<[string, string]>;
  nameNorms: Array<[string, string[]]>;
  uniqueSurnames: Array<[string, string]>;
}

/** Where compiled actor data is cached, and a digest of everything it is compiled from but the packs. */
export interface ActorCache {
  dir: string;
  /** The actor data folders, for file names: one file per place, whatever its content. */
  dataDirs: readonly string[];
  /** The compiler's code and every file under the actor data folders. */
  digest: string;
}

/** The cache for actor data read from `dataDirs`, or null when `cacheDir` is null (caching off). */
export function openActorCache(dataDirs: readonly string[], cacheDir: string | null = CACHE_DIR): ActorCache | null {
  if (cacheDir === null) return null;
  const hash = createHash('sha1').update(`v${CACHE_VERSION}\0`);
  for (const module of COMPILER_MODULES) hash.update(readFileSync(new URL(module + FLAVOUR, import.meta.url))).update('\0');
  for (const dir of dataDirs) hashFolder(hash, dir, dir);
  return { dir: cacheDir, dataDirs, digest: hash.update(dataDirs.join('\0')).digest('hex') };
}

/**
 * `loadActorData` through the cache: one JSON file instead of a dozen, and none of the reshaping of
 * people and their roles.
 */
export function loadActorDataCached(paths: ActorDataPaths, cache: ActorCache | null): ActorData {
  if (cache === null) return loadActorData(paths);
  const file = join(cache.dir, `actor-data-${shortHash(cache.dataDirs)}.json`);
  const stored = readStored<StoredData>(file, cache.digest);
  if (stored) {
    return {
      roles: new Map(stored.roles),
      countries: new Map(stored.countries),
      orgs: new Map(stored.orgs),
      institutions: new Map(stored.institutions),
      people: new Map(stored.people),
      orgNameLanguage: stored.orgNameLanguage,
    };
  }
  const data = loadActorData(paths);
  writeStored(file, () => ({
    key: cache.digest,
    roles: [...data.roles],
    countries: [...data.countries],
    orgs: [...data.orgs],
    institutions: [...data.institutions],
    people: [...data.people],
    orgNameLanguage: data.orgNameLanguage,
  }));
  return data;
}

/**
 * `compileLexicon` through the cache. Compiling ~2,200 people and every pack's titles costs a quarter of
 * a second at every start (per worker thread); rebuilding the tries from JSON, a few milliseconds. The
 * key adds the content of the pack's folder to the cache's digest, so a stored lexicon is never stale.
 */
export function loadLexicon(data: ActorData, pack: LanguagePack, cache: ActorCache | null): Lexicon {
  if (cache === null) return compileLexicon(data, pack);
  const hash = createHash('sha1').update(cache.digest);
  hashFolder(hash, pack.dir, pack.dir);
  const key = hash.digest('hex');
  const file = join(cache.dir, `lexicon-${pack.code}-${shortHash([pack.dir, ...cache.dataDirs])}.json`);
  const stored = readStored<StoredLexicon>(file, key);
  if (stored) return restoreLexicon(stored, pack);
  const lex = compileLexicon(data, pack);
  writeStored(file, () => storeLexicon(lex, key));
  return lex;
}

/** The data of a stored file when its key is `key`, else null (absent, torn, foreign or stale). */
function readStored<T extends { key: string }>(file: string, key: string): T | null {
  const stored = readJsonFile<T>(file);
  return stored && stored.key === key ? stored : null;
}

function writeStored(file: string, make: () => unknown): void {
  let text: string;
  try {
    text = JSON.stringify(make());
  } catch {
    return; // data the format cannot hold: compile at every start
  }
  writeFileAtomic(file, text);
}

/** A file name part for a place (folders) and flavour. */
function shortHash(parts: readonly string[]): string {
  return createHash('sha1').update([FLAVOUR, ...parts].join('\0')).digest('hex').slice(0, 16);
}

function hashFolder(hash: ReturnType<typeof createHash>, dir: string, root: string): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) hashFolder(hash, path, root);
    else hash.update(path.slice(root.length)).update('\0').update(readFileSync(path)).update('\0');
  }
}

function storeLexicon(lex: Lexicon, key: string): StoredLexicon {
  const entryIndex = new Map<Entry, number>();
  const finalIndex = new Map<Final, number>();
  const ruleKeys = new Map<AliasRule, string>();
  for (const [k, rule] of lex.aliasRules) ruleKeys.set(rule, k);
  const stored: Omit<StoredLexicon, 'trie' | 'countryTrie' | 'orgTrie' | 'honorificTrie'> = {
    key,
    entries: [],
    finals: [],
    capitals: [...lex.capitals],
    nameNorms: [...lex.nameNorms].map(([id, norms]) => [id, [...norms]]),
    uniqueSurnames: [...lex.uniqueSurnames],
  };
  // finals and entries shared between tries stay shared
  const number = (f: Final): number => {
    let i = finalIndex.get(f);
    if (i === undefined) {
      let e = entryIndex.get(f.entry);
      if (e === undefined) entryIndex.set(f.entry, (e = stored.entries.push(f.entry) - 1));
      finalIndex.set(f, (i = stored.finals.push([e, f.needsUpper ? 1 : 0, f.rule ? ruleKeys.get(f.rule)! : null]) - 1));
    }
    return i;
  };
  return { ...stored, trie: lex.trie.store(number), countryTrie: lex.countryTrie.store(number), orgTrie: lex.orgTrie.store(number), honorificTrie: lex.honorificTrie.store(number) };
}

function restoreLexicon(stored: StoredLexicon, pack: LanguagePack): Lexicon {
  const lists = readPackLists(pack);
  // each meaning shaped once: finals that shared one still do
  const entries = stored.entries.map(shapeEntry);
  const finals: Final[] = stored.finals.map(([e, upper, rule]) => {
    const r = rule === null ? undefined : lists.aliasRules.get(rule);
    return makeFinal(entries[e]!, upper === 1, r);
  });
  const lex: Lexicon = {
    ...lists,
    trie: TokenTrie.restore(stored.trie, finals),
    countryTrie: TokenTrie.restore(stored.countryTrie, finals),
    orgTrie: TokenTrie.restore(stored.orgTrie, finals),
    honorificTrie: TokenTrie.restore(stored.honorificTrie, finals),
    capitals: new Map(stored.capitals),
    nameNorms: new Map(stored.nameNorms.map(([id, norms]) => [id, new Set(norms)])),
    uniqueSurnames: new Map(stored.uniqueSurnames),
  };
  // as compileLexicon seals them
  lex.trie.seal([lex.countryTrie, lex.orgTrie]);
  lex.countryTrie.seal();
  lex.orgTrie.seal();
  return lex;
}
