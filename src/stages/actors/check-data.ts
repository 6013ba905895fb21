import { join } from 'node:path';
import type { PackRegistry, LanguagePack } from '../../lang/pack.js';
import { checkActorData } from './check-actor-data.js';
import { compilePattern } from './compile-lexicon.js';
import { loadActorData } from './load-actor-data.js';
import { normalizePhrase } from './match-units.js';
import { readPackLists, sharedKey, type PackLists } from './read-pack-lists.js';
import type { ActorData } from './types.js';

/**
 * Validates all actor data, the people files included, and every pack's actor files: unknown ids and
 * role keys, inverted or overlapping role dates, one alias meaning two actors without a context rule,
 * and translations a pack is missing (a country with no name, a title another pack has).
 */
export function checkData(packs: PackRegistry, actorsDir = join(packs.dataDir, 'actors')): string[] {
  let data: ActorData;
  try {
    data = loadActorData({ actorsDir });
  } catch (error) {
    return [(error as Error).message];
  }
  const problems = checkActorData(data);
  const roleSets = new Map<string, Set<string>>();
  for (const code of packs.codes()) {
    const pack = packs.get(code)!;
    let lists: PackLists;
    try {
      lists = readPackLists(pack);
    } catch (error) {
      problems.push((error as Error).message);
      continue;
    }
    problems.push(...checkPackLists(pack, lists, data));
    roleSets.set(code, new Set(lists.titles.map((t) => (t.entry.type === 'title' ? t.entry.role : `institution ${t.entry.key}`))));
  }
  for (const [code, keys] of roleSets) {
    for (const [other, otherKeys] of roleSets) {
      for (const k of otherKeys) if (!keys.has(k)) problems.push(`lang/${code}/actor-titles.yml: missing translation: ${k} (in ${other})`);
    }
  }
  return problems;
}

function checkPackLists(pack: LanguagePack, lists: PackLists, data: ActorData): string[] {
  const problems: string[] = [];
  const at = (file: string, line?: number) => `lang/${pack.code}/${file}${line ? `:${line}` : ''}`;
  const named = new Set<string>();
  for (const c of lists.countries) {
    if (!data.countries.has(c.iso3)) problems.push(`${at('countries.tsv', c.line)}: unknown country: ${c.iso3}`);
    if (!['name', 'short', 'adjective', 'demonym'].includes(c.kind)) problems.push(`${at('countries.tsv', c.line)}: unknown kind: ${c.kind}`);
    if (c.kind === 'name') named.add(c.iso3);
  }
  for (const iso3 of data.countries.keys()) if (!named.has(iso3)) problems.push(`${at('countries.tsv')}: missing translation: no name for ${iso3}`);
  problems.push(...checkSharedNames(lists, data, (line) => at('shared-country-names.tsv', line)));
  for (const a of lists.extraAliases) {
    if (!data.orgs.has(a.id) && !data.people.has(a.id)) problems.push(`${at('actor-aliases.tsv', a.line)}: unknown actor id: ${a.id}`);
  }
  if (data.orgNameLanguage !== pack.code) {
    // an organisation needs a name this language uses: its own row, or a shared acronym ("NATO", "ASEAN")
    const named = new Set(lists.extraAliases.map((a) => a.id));
    for (const o of data.orgs.values()) {
      if (!named.has(o.id) && o.aliases.length === 0) problems.push(`${at('actor-aliases.tsv')}: missing translation: no name for organisation ${o.id}`);
    }
  }
  for (const s of lists.seats) {
    if (!data.countries.has(s.iso3)) problems.push(`${at('seats.tsv', s.line)}: unknown country: ${s.iso3}`);
    if (s.kind !== 'seat' && s.kind !== 'capital') problems.push(`${at('seats.tsv', s.line)}: kind must be seat or capital: ${s.alias}`);
  }
  for (const t of lists.titles) {
    const e = t.entry;
    if (e.type === 'title' && !data.roles.has(e.role)) problems.push(`${at('actor-titles.yml')}: unknown role key: ${e.role} ("${t.pattern}")`);
    if (e.type === 'institution' && !data.institutions.has(e.key)) problems.push(`${at('actor-titles.yml')}: unknown institution: ${e.key}`);
    if (e.country && !data.countries.has(e.country)) problems.push(`${at('actor-titles.yml')}: unknown country: ${e.country} ("${t.pattern}")`);
    if (compilePattern(t.pattern).norms.length === 0) problems.push(`${at('actor-titles.yml')}: empty pattern`);
  }
  for (const g of lists.groups) {
    if (Array.isArray(g.roles)) for (const r of g.roles) if (!data.roles.has(r)) problems.push(`${at('pronouns.yml')}: unknown role key: ${r} ("${g.form}")`);
  }
  for (const h of lists.honorifics) if (compilePattern(h).norms.length === 0) problems.push(`${at('actor-titles.yml')}: empty honorific`);
  // one word each: these lists are looked up word by word ("Bidang", "To")
  for (const [file, key, words] of [['actor-titles.yml', 'title_words', lists.titleWords], ['actor-titles.yml', 'ordinals', lists.ordinals], ['actor-titles.yml', 'rank_words', lists.rankWords], ['actor-titles.yml', 'past_markers', lists.pastMarkers], ['actor-false-positives.yml', 'not_short', lists.notShort]] as const) {
    for (const w of words) if (normalizePhrase(w).length !== 1) problems.push(`${at(file)}: ${key} must be single words: "${w}"`);
  }
  problems.push(...clashes(pack, lists, data));
  return problems;
}

/**
 * Shared names: known countries, two or more of them, each name once, and each an alias of one of its
 * countries in countries.tsv (the scan finds it there; a name it never finds is a mistake).
 */
function checkSharedNames(lists: PackLists, data: ActorData, at: (line: number) => string): string[] {
  const problems: string[] = [];
  const called = new Set(lists.countries.map((c) => `${c.iso3} ${sharedKey(c.alias)}`));
  const seen = new Map<string, number>();
  for (const s of lists.sharedNames.list) {
    const key = sharedKey(s.alias);
    for (const c of s.countries) if (!data.countries.has(c)) problems.push(`${at(s.line)}: unknown country: ${c} ("${s.alias}")`);
    if (new Set(s.countries).size < 2) problems.push(`${at(s.line)}: a shared name needs two countries or more: "${s.alias}"`);
    const first = seen.get(key);
    if (first !== undefined) problems.push(`${at(s.line)}: name listed twice (first on line ${first}): "${s.alias}"`);
    else seen.set(key, s.line);
    if (!s.countries.some((c) => called.has(`${c} ${key}`))) problems.push(`${at(s.line)}: not a countries.tsv alias of any of its countries: "${s.alias}"`);
  }
  return problems;
}

/** One alias, two actors, and no rule in actor-false-positives.yml saying it needs context. */
function clashes(pack: LanguagePack, lists: PackLists, data: ActorData): string[] {
  const meaning = new Map<string, Set<string>>();
  const add = (alias: string, id: string) => {
    const key = normalizePhrase(alias).join(' ');
    if (key) (meaning.get(key) ?? meaning.set(key, new Set()).get(key)!).add(id);
  };
  for (const c of lists.countries) add(c.alias, c.iso3);
  for (const o of data.orgs.values()) for (const a of [o.name, ...o.aliases]) add(a, o.id);
  for (const a of lists.extraAliases) add(a.alias, a.id);
  for (const p of data.people.values()) for (const a of [p.name, ...(p.aliases ?? []), ...(p.langAliases[pack.code] ?? [])]) add(a, p.id);
  const problems: string[] = [];
  for (const [key, ids] of meaning) {
    if (ids.size > 1 && !lists.aliasRules.has(key)) problems.push(`lang/${pack.code}: duplicate alias with clashing meaning: "${key}" → ${[...ids].sort().join(', ')}`);
  }
  return problems;
}
