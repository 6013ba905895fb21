import { join } from 'node:path';
import type { LanguagePack } from '../../lang/pack.js';
import { normalizePhrase, normalizeWord } from './match-units.js';
import { readYamlCached } from './read-yaml.js';
import type { AliasRule, Entry } from './types.js';

/** The actor files of one pack, read into plain lists (data/lang/<code>/…). */
export interface PackLists {
  countries: Array<{ iso3: string; kind: 'name' | 'short' | 'adjective' | 'demonym'; alias: string; line: number }>;
  /** Short country names several countries share (shared-country-names.tsv). */
  sharedNames: SharedNames;
  extraAliases: Array<{ id: string; alias: string; line: number }>;
  seats: Array<{ alias: string; iso3: string; kind: 'seat' | 'capital'; line: number }>;
  titles: Array<{ pattern: string; entry: Extract<Entry, { type: 'title' | 'institution' }> }>;
  /** `object`: only ever an object ("him"), never the subject of its own clause's verb. */
  pronouns: Array<{ form: string; gender: 'm' | 'f' | null; object: boolean }>;
  groups: Array<{ form: string; refers: 'person' | 'country' | 'any'; roles: string[] | 'head' | null }>;
  blocks: string[];
  aliasRules: Map<string, AliasRule>;
  notNames: Set<string>;
  /** Honorifics skipped between a title and a name ("Pangeran", "Datuk Seri", "Dr."). */
  honorifics: string[];
  /** Words that continue a title ("Menteri Koordinator Bidang Kemaritiman"), ordinals included. */
  titleWords: Set<string>;
  /** Rank words inside a title ("Deputy", "Wakil"): the title's role is not its bearer's. */
  rankWords: Set<string>;
  /** Ordinals after a title ("Presiden Pertama"): the title then names nobody in particular. */
  ordinals: Set<string>;
  /** Words before a title saying it is no longer held ("former", "mantan"). */
  pastMarkers: Set<string>;
  /** Words between a named person and a role in apposition ("Anwar Ibrahim, as ASEAN chair", "selaku"). */
  appositionCues: Set<string>;
  /** Words never taken as a short form of a name ("To" of To Lam). */
  notShort: Set<string>;
  particles: Set<string>;
  /** Words between a name and its country ("Foreign Minister Ana Lima of Brazil"). */
  countryLinks: Set<string>;
  /** Words between a title and the country its holder is posted to ("ambassador to China", "untuk China"). */
  postingLinks: Set<string>;
  verbs: Set<string>;
  places: Set<string>;
  coordinators: Set<string>;
  /** Things sent to a capital's government ("protest notes to Zagreb", "surat kepada Beijing"), and the words sending them. */
  recipients: Set<string>;
  recipientPreps: Set<string>;
}

interface TitleFile {
  titles?: Array<{ role: string; country?: string; patterns: string[] }>;
  institutions?: Array<{ institution: string; country?: string; patterns: string[] }>;
  name_particles?: string[];
  not_names?: string[];
  honorifics?: string[];
  title_words?: string[];
  ordinals?: string[];
  rank_words?: string[];
  past_markers?: string[];
  apposition_cues?: string[];
  country_links?: string[];
  posting_links?: string[];
}

interface RuleFile {
  aliases?: Array<{ alias: string; introduced?: boolean; exact?: boolean; not_before?: string[]; not_after?: string[] }>;
  phrases?: string[];
  not_short?: string[];
}

/** Reads the pack's actor files; absent files give empty lists. */
export function readPackLists(pack: LanguagePack): PackLists {
  // through the JSON cache: parsing these YAML files took longer than compiling the whole lexicon
  const yaml = <T>(file: string) => readYamlCached<T>(join(pack.dir, file));
  const titleFile = yaml<TitleFile>('actor-titles.yml') ?? {};
  const pronounFile = yaml<Pick<PackLists, 'pronouns' | 'groups'>>('pronouns.yml') ?? { pronouns: [], groups: [] };
  const ruleFile = yaml<RuleFile>('actor-false-positives.yml') ?? {};
  const cues = yaml<{ verbs?: string[]; places?: string[]; coordinators?: string[]; recipients?: string[]; recipientPreps?: string[] }>('metonymy-cues.yml') ?? {};
  return {
    countries: pack.tsv('countries.tsv').map(({ line, cells: [iso3 = '', kind = 'name', alias = ''] }) => ({ iso3, kind: kind as 'name', alias, line })),
    sharedNames: readSharedNames(pack),
    extraAliases: pack.tsv('actor-aliases.tsv').map(({ line, cells: [id = '', alias = ''] }) => ({ id, alias, line })),
    seats: pack.tsv('seats.tsv').map(({ line, cells: [alias = '', iso3 = '', kind = 'seat'] }) => ({ alias, iso3, kind: kind as 'seat', line })),
    titles: readTitles(titleFile),
    pronouns: (pronounFile.pronouns ?? []).map((p) => ({ form: String(p.form), gender: p.gender ?? null, object: p.object === true })),
    groups: (pronounFile.groups ?? []).map((g) => ({ form: String(g.form), refers: g.refers ?? 'any', roles: g.roles ?? null })),
    blocks: (ruleFile.phrases ?? []).map(String),
    aliasRules: readRules(ruleFile),
    notNames: normSet(titleFile.not_names),
    honorifics: (titleFile.honorifics ?? []).map(String),
    titleWords: normSet([...(titleFile.title_words ?? []), ...(titleFile.ordinals ?? [])]),
    ordinals: normSet(titleFile.ordinals),
    rankWords: normSet(titleFile.rank_words),
    pastMarkers: normSet(titleFile.past_markers),
    appositionCues: normSet(titleFile.apposition_cues),
    notShort: normSet(ruleFile.not_short),
    particles: normSet(titleFile.name_particles),
    countryLinks: normSet(titleFile.country_links),
    postingLinks: normSet(titleFile.posting_links),
    verbs: normSet(cues.verbs),
    places: normSet(cues.places),
    coordinators: normSet(cues.coordinators),
    recipients: normSet(cues.recipients),
    recipientPreps: normSet(cues.recipientPreps),
  };
}

/** A short name several countries share ("Congo": COD, COG), the default first. */
export interface SharedName {
  alias: string;
  countries: string[];
  line: number;
}

/** The shared names of a pack, as listed and by their normalised words ("congo"). */
export interface SharedNames {
  list: SharedName[];
  byKey: Map<string, SharedName>;
  /** Every country some shared name may stand for: a match naming none of them needs no look-up. */
  countries: Set<string>;
}

function readSharedNames(pack: LanguagePack): SharedNames {
  const list = pack.tsv('shared-country-names.tsv').map(({ line, cells: [alias = '', countries = ''] }) => ({
    alias,
    countries: countries.split(',').map((c) => c.trim()).filter((c) => c !== ''),
    line,
  }));
  const byKey = new Map<string, SharedName>();
  // the first row wins a name listed twice, which the data check reports
  for (const s of list) if (!byKey.has(sharedKey(s.alias))) byKey.set(sharedKey(s.alias), s);
  return { list, byKey, countries: new Set(list.flatMap((s) => s.countries)) };
}

/** The key a shared name is listed by: its normalised words, as the units of a match give them. */
export function sharedKey(alias: string): string {
  return normalizePhrase(alias).join(' ');
}

function readTitles(file: TitleFile): PackLists['titles'] {
  const out: PackLists['titles'] = [];
  const slotOf = (p: string) => (p.includes('{org}') ? 'org' : p.includes('{country') ? 'country' : undefined);
  for (const t of file.titles ?? []) {
    for (const pattern of t.patterns ?? []) {
      const slot = slotOf(pattern);
      const entry: Entry = { type: 'title', role: t.role };
      if (slot) entry.slot = slot;
      else if (t.country) entry.country = t.country;
      out.push({ pattern, entry });
    }
  }
  for (const t of file.institutions ?? []) {
    for (const pattern of t.patterns ?? []) {
      const slot = slotOf(pattern);
      const entry: Entry = { type: 'institution', key: t.institution };
      if (slot) entry.slot = slot;
      else if (t.country) entry.country = t.country;
      out.push({ pattern, entry });
    }
  }
  return out;
}

function readRules(file: RuleFile): Map<string, AliasRule> {
  const rules = new Map<string, AliasRule>();
  for (const r of file.aliases ?? []) {
    const rule: AliasRule = {};
    if (r.introduced) rule.introduced = true;
    if (r.exact) rule.exact = String(r.alias);
    if (r.not_before) rule.notBefore = normSet(r.not_before);
    if (r.not_after) rule.notAfter = normSet(r.not_after);
    rules.set(normalizePhrase(String(r.alias)).join(' '), rule);
  }
  return rules;
}

function normSet(list: unknown[] | undefined): Set<string> {
  return new Set((list ?? []).map((w) => normalizeWord(String(w))));
}
