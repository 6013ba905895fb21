import { addDraft, makeDraft, type ArticleContext, type Draft } from '../context.js';
import type { Agents, AgentLexicon } from '../agents/compile-agents.js';
import { ensureGroup } from '../agents/ensure-group.js';
import { DraftIndex } from '../draft-index.js';
import { HYPHEN_AFTER, HYPHEN_BEFORE, POSSESSIVE } from '../match-units.js';

/** An agent whose country the text left unsaid, and its sector. */
export interface Ownerless {
  draft: Draft;
  sector: string;
}

/**
 * Generic agents: nouns for kinds of actors, coded as country + sector. The country is a demonym or
 * possessive before the noun ("Syrian rebels", "Syria's rebels"), or after it ("polisi Israel", "a court
 * in Guyana", "pengadilan di Guyana"); that country mention becomes part of the agent's. Without one, a
 * `bare` noun stands alone ("insurgents" → REB), a `focus` noun takes the article's one focus country
 * ("the government") unless that country is named in its sentence, else stands alone (GOV), and a `country` noun is no mention ("residents"). Never inside a named actor.
 * Returns the agents whose country the text did not write beside them, by first unit, with their sector: a possessive
 * pronoun before one names its owner once pronouns are resolved ("his government", see `resolveReferences`).
 */
export function resolveAgents(ctx: ArticleContext, agents: Agents): Map<number, Ownerless> {
  const ownerless = new Map<number, Ownerless>();
  const lex = ctx.doc.lang ? agents.byLang.get(ctx.doc.lang) : undefined;
  if (!lex) return ownerless;
  const { units, covered, agentStarts } = ctx;
  // the drafts before this step, indexed at the first agent noun (many articles have none)
  let index: DraftIndex | null = null;
  const taken = new Set<Draft>();
  let focus: string | null | undefined;
  // past a found agent, the next unit to look at
  let from = 0;
  for (const i of agentStarts) {
    // the scan listed the units whose signature a first word has (so no word is read again here)
    if (i < from || covered[i] || !lex.trie.firsts.has(units[i]!.norm)) continue;
    const m = lex.trie.longestAt(units, i, covered);
    if (!m) continue;
    index ??= new DraftIndex(ctx.drafts, units.length);
    const country = lex.follows ? countryAfter(ctx, lex, index, m.end) : (countryBefore(ctx, index, m.start) ?? countryAfter(ctx, lex, index, m.end));
    const start = country && country.start < m.start ? country.start : m.start;
    const end = country && country.end > m.end ? country.end : m.end;
    if (properName(ctx, start, m.start)) continue;
    // "the government in Kabul", "the foreign ministry in Tallinn": a capital after the link is its country
    let iso3 = country ? country.actorIds[0]! : capitalAfter(ctx, lex, m.end);
    if (!iso3 && m.entry.use === 'country') continue;
    if (!iso3 && (m.entry.use === 'focus' || m.entry.use === 'owned')) {
      if (focus === undefined) focus = focusCountry(ctx);
      // "The government thanked China": a country named beside the agent is its counterpart, not its own
      if (focus && !inSentence(ctx, focus, units[i]!.sentence)) iso3 = focus;
      else if (m.entry.use === 'owned') continue;
    }
    if (country) taken.add(country);
    // "US and British activists", "Kenyan and Ugandan police": each country before the shared noun has its own group
    for (let other = country && country.start < m.start ? coordinatedBefore(ctx, index, country, false) : null; other; other = coordinatedBefore(ctx, index, other, true)) {
      taken.add(other);
      addDraft(ctx, makeDraft({ start: other.start, end: other.end, actorIds: [ensureGroup(ctx, agents, other.actorIds[0]!, m.entry.sector).id], resolution: 'name', confidence: 0.7 }));
    }
    const group = ensureGroup(ctx, agents, iso3, m.entry.sector);
    const draft = makeDraft({ start, end, actorIds: [group.id], resolution: 'name', confidence: country ? 0.8 : iso3 ? 0.6 : m.entry.use === 'bare' ? 0.7 : 0.5 });
    addDraft(ctx, draft);
    if (!country) ownerless.set(draft.start, { draft, sector: m.entry.sector });
    from = end;
  }
  if (taken.size > 0) dropDrafts(ctx.drafts, taken);
  return ownerless;
}

/**
 * Drops the `taken` drafts from the article's list in place: the context's list is never replaced (the
 * first such write made every step reading the context compile again).
 */
function dropDrafts(drafts: Draft[], taken: ReadonlySet<Draft>): void {
  let kept = 0;
  for (const d of drafts) if (!taken.has(d)) drafts[kept++] = d;
  drafts.length = kept;
}

/** A plain country mention: one country, no fixed code or role ("Syrian", "Russia's", "U.S."). */
function isCountry(ctx: ArticleContext, d: Draft | undefined): d is Draft {
  return d !== undefined && d.actorIds.length === 1 && !d.code && !d.roleKey && d.resolution === 'name' && ctx.actors.get(d.actorIds[0]!)?.kind === 'country';
}

/** "Syrian rebels", "Syria's rebels", "US officials"; not "in Syria rebels", nor "US-Syrian rebels". */
function countryBefore(ctx: ArticleContext, index: DraftIndex, at: number): Draft | null {
  // "Sudan's army-led government": a lower-case hyphenated compound may stand between the country and its noun
  let d = index.endingAt(at);
  const first = d === undefined ? compoundBefore(ctx, at) : -1;
  if (first >= 0) d = index.endingAt(first);
  if (!isCountry(ctx, d) || ctx.units[d.start]!.sentence !== ctx.units[at]!.sentence) return null;
  if (ctx.flags[d.start]! & HYPHEN_BEFORE || ctx.flags[d.end - 1]! & HYPHEN_AFTER) return null;
  if (d.modifier || ctx.flags[d.end - 1]! & POSSESSIVE) return d;
  const prev = ctx.units[d.start - 1];
  return prev && prev.sentence === ctx.units[at]!.sentence && ctx.lex.places.has(prev.norm) ? null : d;
}

/** The first unit of a lower-case hyphenated compound ending right before `at` ("army-led"), or -1. */
function compoundBefore(ctx: ArticleContext, at: number): number {
  let k = at - 1;
  if (k < 1 || !(ctx.flags[k]! & HYPHEN_BEFORE)) return -1;
  while (k > 0 && ctx.flags[k]! & HYPHEN_BEFORE) {
    if (ctx.units[k]!.upper) return -1;
    k--;
  }
  return ctx.units[k]!.upper ? -1 : k;
}

/**
 * The country modifier coordinated before `d` ("US and" before "British activists"; a comma once `comma`): a demonym, or a
 * capitalised abbreviation ("US", "UK"); a country named as a noun ("Russia and Chinese troops") acts alone.
 */
function coordinatedBefore(ctx: ArticleContext, index: DraftIndex, d: Draft, comma: boolean): Draft | null {
  const link = ctx.units[d.start - 1];
  // "Kenyan, Tanzanian and Ugandan police": a comma joins only once "and" was crossed
  if (!link || link.sentence !== ctx.units[d.start]!.sentence || !(ctx.lex.coordinators.has(link.norm) || (comma && link.norm === ','))) return null;
  const other = index.endingAt(d.start - 1);
  if (!isCountry(ctx, other) || ctx.units[other.start]!.sentence !== link.sentence || ctx.flags[other.end - 1]! & (POSSESSIVE | HYPHEN_AFTER)) return null;
  if (other.modifier) return other;
  const text = ctx.doc.text.slice(ctx.units[other.start]!.start, ctx.units[other.end - 1]!.end);
  return other.end - other.start === 1 && text.length <= 3 && text === text.toUpperCase() ? other : null;
}

/** "polisi Israel" (when the language puts the country after), "a court in Guyana", "tentara dari Rusia". */
function countryAfter(ctx: ArticleContext, lex: AgentLexicon, index: DraftIndex, at: number): Draft | null {
  const u = ctx.units[at];
  if (!u || u.sentence !== ctx.units[at - 1]!.sentence) return null;
  if (lex.follows) {
    const d = index.startingAt(at);
    if (isCountry(ctx, d) && !(ctx.flags[d.end - 1]! & HYPHEN_AFTER)) return d;
  }
  if (!lex.links.has(u.norm)) return null;
  const d = index.startingAt(modifiersFrom(ctx, at + 1));
  return isCountry(ctx, d) && ctx.units[d.start]!.sentence === u.sentence ? d : null;
}

/** Units a capital's name may take ("Tallinn", "Kuala Lumpur", "Port of Spain"). */
const CAPITAL_UNITS = 3;

/** The country of the capital named right after a link word ("in Tallinn"), ending its clause or not; else null. */
function capitalAfter(ctx: ArticleContext, lex: AgentLexicon, at: number): string | null {
  const { units } = ctx;
  const link = units[at];
  if (!link || link.sentence !== units[at - 1]!.sentence || !lex.links.has(link.norm)) return null;
  let name = '';
  for (let k = at + 1; k < units.length && k <= at + CAPITAL_UNITS && units[k]!.sentence === link.sentence && units[k]!.upper; k++) {
    name = name === '' ? units[k]!.norm : `${name} ${units[k]!.norm}`;
    const iso3 = ctx.lex.capitals.get(name);
    if (iso3 && !units[k + 1]?.upper) return iso3;
  }
  return null;
}

/** Lower-case words a country may follow after a link word: a determiner and a modifier ("of the northern West Bank"). */
const MODIFIER_WORDS = 2;

/**
 * Past the lower-case modifiers before a country, hyphenated or not ("in eastern Syria", "from military-ruled Myanmar",
 * "the mayor of the northern West Bank city").
 */
function modifiersFrom(ctx: ArticleContext, at: number): number {
  let k = at;
  for (let n = 0; n < MODIFIER_WORDS; n++) {
    const u = ctx.units[k];
    if (!u || u.kind !== 'word' || u.upper || u.sentence !== ctx.units[k - 1]!.sentence) return k;
    while (ctx.flags[k]! & HYPHEN_AFTER && k + 1 < ctx.units.length && ctx.units[k + 1]!.kind === 'word' && !ctx.units[k + 1]!.upper) k++;
    k++;
  }
  return k;
}

/** A capitalised word mid-sentence before a capitalised agent makes a name: "the Free Syrian Army", "its National Police". */
function properName(ctx: ArticleContext, start: number, noun: number): boolean {
  const { units } = ctx;
  const prev = units[start - 1];
  const u = units[noun]!;
  if (!u.upper || !prev || prev.sentence !== u.sentence || prev.kind !== 'word' || !prev.upper) return false;
  const before = units[start - 2];
  return before !== undefined && before.sentence === prev.sentence; // "The Syrian Army said" starts a sentence
}

/** A country mention of `iso3` in the sentence. */
function inSentence(ctx: ArticleContext, iso3: string, sentence: number): boolean {
  return ctx.drafts.some((d) => d.actorIds[0] === iso3 && ctx.units[d.start]!.sentence === sentence);
}

/** The article's focus country: the most mentioned one, at least twice as often as any other. */
function focusCountry(ctx: ArticleContext): string | null {
  const counts = new Map<string, number>();
  for (const d of ctx.drafts) if (isCountry(ctx, d)) counts.set(d.actorIds[0]!, (counts.get(d.actorIds[0]!) ?? 0) + 1);
  let best: string | null = null;
  let top = 0;
  let second = 0;
  for (const [id, n] of counts) {
    if (n > top) (second = top), (top = n), (best = id);
    else if (n > second) second = n;
  }
  return best !== null && top >= 2 * second ? best : null;
}
