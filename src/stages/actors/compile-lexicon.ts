import type { LanguagePack } from '../../lang/pack.js';
import { normalizePhrase, normalizeWord, phraseParts } from './match-units.js';
import { makeFinal, TokenTrie, type SlotKind } from './token-trie.js';
import type { ActorData, AliasRule, Entry } from './types.js';
import { readPackLists, type PackLists } from './read-pack-lists.js';

/** One pack's actor vocabulary compiled for matching; built once per pack in the factory. */
export interface Lexicon extends PackLists {
  trie: TokenTrie;
  /** Country aliases (fill `{country}` slots). */
  countryTrie: TokenTrie;
  /** Organisation aliases (fill `{org}` slots). */
  orgTrie: TokenTrie;
  /** Honorifics between a title and a name ("Datuk Seri", "Pangeran"). */
  honorificTrie: TokenTrie;
  /** Capital norms ("hanoi", "kuala lumpur") → ISO3, for datelines. */
  capitals: Map<string, string>;
  /** Person id → the norms of every name and alias token ("li", "qiang"). */
  nameNorms: Map<string, Set<string>>;
  /** Surname norm → the one person in the data with that surname, when only one has it. */
  uniqueSurnames: Map<string, string>;
}

/** Compiles countries, organisations, people and the pack's titles, seats, pronouns and traps. */
export function compileLexicon(data: ActorData, pack: LanguagePack): Lexicon {
  const lists = readPackLists(pack);
  const lex: Lexicon = {
    ...lists,
    trie: new TokenTrie(),
    countryTrie: new TokenTrie(),
    orgTrie: new TokenTrie(),
    honorificTrie: new TokenTrie(),
    capitals: new Map(),
    nameNorms: new Map(),
    uniqueSurnames: new Map(),
  };
  const rules = lists.aliasRules;
  let cache = patternCache.get(data);
  if (!cache) patternCache.set(data, (cache = new Map()));
  const patternOf = patternsIn(cache);
  const add = (phrase: string, entry: Entry, needsUpper: boolean, also?: TokenTrie) => {
    const { norms, caps, slots } = patternOf(phrase);
    if (norms.length === 0) return;
    const rule = rules.get(norms.join(' '));
    const final = makeFinal(entry, needsUpper, rule);
    // a name written with a capital first ("Said", "Frank") is only looked for where the text has one
    const upperFirst = needsUpper && /^\p{Lu}/u.test(phrase.trimStart());
    lex.trie.insert(norms, caps, final, slots, upperFirst);
    also?.insert(norms, caps, final, slots, upperFirst);
  };
  for (const c of lists.countries) add(c.alias, { type: 'actor', id: c.iso3, kind: 'country', alias: c.kind }, true, lex.countryTrie);
  for (const o of data.orgs.values()) {
    for (const alias of [o.name, ...o.aliases]) add(alias, { type: 'actor', id: o.id, kind: 'organization', alias: 'alias' }, true, lex.orgTrie);
  }
  for (const a of lists.extraAliases) {
    const kind = data.orgs.has(a.id) ? 'organization' : 'person';
    add(a.alias, { type: 'actor', id: a.id, kind, alias: 'alias' }, true, kind === 'organization' ? lex.orgTrie : undefined);
  }
  addPeople(lex, data, pack.code, add, patternOf);
  for (const s of lists.seats) {
    add(s.alias, { type: 'seat', country: s.iso3, kind: s.kind }, true);
    if (s.kind === 'capital') lex.capitals.set(normalizePhrase(s.alias).join(' '), s.iso3);
  }
  for (const t of lists.titles) add(t.pattern, t.entry, false);
  for (const p of lists.pronouns) add(p.form, { type: 'pronoun', gender: p.gender, object: p.object }, false);
  for (const g of lists.groups) add(g.form, { type: 'group', refers: g.refers, roles: g.roles }, false);
  for (const phrase of lists.blocks) add(phrase, { type: 'block' }, true);
  for (const phrase of lists.honorifics) {
    const { norms, caps, slots } = compilePattern(phrase);
    if (norms.length > 0) lex.honorificTrie.insert(norms, caps, makeFinal({ type: 'block' }, false, undefined), slots);
  }
  // every norm a phrase can start with, slots expanded: the scan's pre-check
  lex.trie.seal([lex.countryTrie, lex.orgTrie]);
  lex.countryTrie.seal();
  lex.orgTrie.seal();
  return lex;
}

type Add = (phrase: string, entry: Entry, needsUpper: boolean) => void;

/** A pattern split into norms, capitals-only flags and slots (see `compilePattern`). */
export interface Pattern {
  norms: string[];
  caps: boolean[];
  slots: Array<SlotKind | null>;
}

/**
 * Patterns compiled for a data set, by phrase: every pack holds the same ~2,200 people, and each name is
 * split once for its norms and once for the trie. Read only once made.
 */
const patternCache = new WeakMap<ActorData, Map<string, Pattern>>();

/** `compilePattern` through a cache. */
function patternsIn(cache: Map<string, Pattern>): (phrase: string) => Pattern {
  return (phrase) => {
    let pattern = cache.get(phrase);
    if (!pattern) cache.set(phrase, (pattern = compilePattern(phrase)));
    return pattern;
  };
}

/** Full names and aliases match anywhere; surnames and given names become partial entries. */
function addPeople(lex: Lexicon, data: ActorData, lang: string, add: Add, patternOf: (phrase: string) => Pattern): void {
  // a phrase without slots compiles to its normalised words
  const normsOf = (phrase: string) => (phrase.includes('{') ? normalizePhrase(phrase) : patternOf(phrase).norms);
  const partials = new Map<string, Set<string>>();
  const surnames = new Map<string, Set<string>>();
  for (const p of data.people.values()) {
    const norms = new Set<string>();
    const nameTokens = normsOf(p.name);
    const aliases = [p.name, ...(p.aliases ?? []), ...(p.langAliases[lang] ?? [])];
    for (const alias of aliases) {
      const an = normsOf(alias);
      an.forEach((n) => norms.add(n));
      const partial = an.length === 1 && nameTokens.includes(an[0]!);
      add(alias, partial ? { type: 'actor', id: p.id, kind: 'person', alias: 'alias', partial } : { type: 'actor', id: p.id, kind: 'person', alias: 'alias' }, true);
    }
    lex.nameNorms.set(p.id, norms);
    if (nameTokens.length < 2) continue;
    const surname = p.family_first ? nameTokens[0]! : nameTokens[nameTokens.length - 1]!;
    // a given name alone only for two-part names: "Kim Jong Un" is never "Un"
    const given = nameTokens.length === 2 ? (p.family_first ? nameTokens[1]! : nameTokens[0]!) : surname;
    // "To" of To Lam, "Son", "Long": common words that are never a short form
    for (const n of new Set([surname, given])) if (n.length > 1 && !lex.notShort.has(n)) (partials.get(n) ?? partials.set(n, new Set()).get(n)!).add(p.id);
    (surnames.get(surname) ?? surnames.set(surname, new Set()).get(surname)!).add(p.id);
  }
  // partial names are inserted capitalised: "Said" (a surname) is looked for, "said" is not
  for (const [norm, ids] of partials) add(norm.charAt(0).toUpperCase() + norm.slice(1), { type: 'partial', ids: [...ids] }, true);
  for (const [norm, ids] of surnames) {
    // a short or common surname alone ("To", "Xi", "Said") needs the full name in the article
    if (ids.size === 1 && partials.get(norm)?.size === 1 && norm.length > 2 && !lex.notNames.has(norm)) lex.uniqueSurnames.set(norm, [...ids][0]!);
  }
}

/** Splits a pattern into norms, capitals-only flags and slots ("{country} PM" → [slot, pm*]). */
export function compilePattern(phrase: string): Pattern {
  const norms: string[] = [];
  const caps: boolean[] = [];
  const slots: Array<SlotKind | null> = [];
  for (const part of phrase.split(/(\{country(?:-adj)?\}|\{org\})/)) {
    if (part.startsWith('{')) {
      norms.push(part);
      caps.push(false);
      slots.push(part === '{org}' ? 'org' : 'country');
      continue;
    }
    for (const p of phraseParts(part)) {
      norms.push(p.norm);
      caps.push(isShortCaps(p.surface));
      slots.push(null);
    }
  }
  return { norms, caps, slots };
}

/** "AS", "RI", "PM", "U.S.": two or three capitals, which must stay capitals to match. */
function isShortCaps(surface: string): boolean {
  const letters = surface.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters.length <= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** Normalised key of an alias, as rules are looked up. */
export function aliasKey(alias: string): string {
  return normalizePhrase(alias).join(' ') || normalizeWord(alias);
}
