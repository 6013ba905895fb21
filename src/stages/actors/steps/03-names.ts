import { ensureCountry, ensureOrg, ensurePerson } from '../actor-registry.js';
import { addDraft, makeDraft, type ArticleActor, type ArticleContext } from '../context.js';
import { HYPHEN_AFTER, HYPHEN_BEFORE, normalizePhrase, POSSESSIVE } from '../match-units.js';
import type { MatchSet } from '../match-starts.js';
import type { Match } from '../token-trie.js';
import type { Entry, PersonDef } from '../types.js';

type ActorEntry = Extract<Entry, { type: 'actor' }>;
type SeatEntry = Extract<Entry, { type: 'seat' }>;

/**
 * Full names of people, countries and organisations, and seats or capitals standing for a government.
 * Single-word person aliases ("Putin") are left for the partial-names step, which knows who the article
 * introduced. "Chinese" before a noun is a modifier mention of China; "US-China" gives two modifiers.
 */
export function resolveNames(ctx: ArticleContext, consumed: MatchSet): void {
  // each person's surname norm, split once per article rather than once per country word
  const surnames = new Map<ArticleActor, string | undefined>();
  for (const m of ctx.matches) {
    if (consumed.has(m)) continue;
    // the first full name of a person, the first other actor, the first seat (one pass: this runs for every match)
    let block = false;
    let person: ActorEntry | undefined;
    let other: ActorEntry | undefined;
    let seat: SeatEntry | undefined;
    for (const f of m.finals) {
      const e = f.entry;
      if (e.type === 'block') block = true;
      else if (e.type === 'seat') seat ??= e;
      else if (e.type !== 'actor') continue;
      else if (e.kind !== 'person') other ??= e;
      else if (!person && !e.partial && !ruleOf(m, e)) person = e;
    }
    if (block) {
      consumed.add(m); // "China Daily", "South China Sea"
      continue;
    }
    const surnamed = other?.kind === 'country' ? titledSurname(ctx, m, other.id, surnames) : null;
    if (person) {
      const p = ctx.data.people.get(person.id);
      if (!p) continue;
      ensurePerson(ctx, p);
      addDraft(ctx, makeDraft({ start: m.start, end: m.end, actorIds: [p.id], resolution: 'name', confidence: 0.95 }));
    } else if (surnamed) {
      addDraft(ctx, makeDraft({ start: m.start, end: m.end, actorIds: [surnamed], resolution: 'partial-name', confidence: 0.8 }));
    } else if (other) {
      addOther(ctx, m, other);
    } else if (seat) {
      addSeat(ctx, m, seat);
    } else continue;
    consumed.add(m);
  }
}

/**
 * "Montenegro" in an article that introduced "Portuguese Prime Minister Luis Montenegro": the surname of
 * a person the article already named, from another country, is that person.
 */
function titledSurname(ctx: ArticleContext, m: Match, country: string, surnames: Map<ArticleActor, string | undefined>): string | null {
  if (m.end - m.start !== 1) return null;
  const norm = ctx.units[m.start]!.norm;
  for (const a of ctx.actors.values()) {
    if (a.kind !== 'person' || a.country === country) continue;
    if (!surnames.has(a)) surnames.set(a, a.person ? dataSurname(a.person) : surname(a.name, false));
    if (surnames.get(a) === norm) return a.id;
  }
  return null;
}

/**
 * The surname norms of the data's people, each split once for the stage's life rather than once per
 * article that names the person: a pure function of the person, so no article sees another's.
 */
const DATA_SURNAMES = new WeakMap<PersonDef, string | undefined>();

function dataSurname(p: PersonDef): string | undefined {
  if (DATA_SURNAMES.has(p)) return DATA_SURNAMES.get(p);
  const norm = surname(p.name, !!p.family_first);
  DATA_SURNAMES.set(p, norm);
  return norm;
}

function surname(name: string, familyFirst: boolean): string | undefined {
  const parts = normalizePhrase(name);
  return familyFirst ? parts[0] : parts.at(-1);
}

function ruleOf(m: Match, e: Entry): boolean {
  return m.finals.some((f) => f.entry === e && f.rule?.introduced === true);
}

function addOther(ctx: ArticleContext, m: Match, e: ActorEntry): void {
  if (e.kind === 'country') {
    ensureCountry(ctx, e.id);
    const modifier = e.alias === 'adjective' || (ctx.flags[m.start]! & HYPHEN_BEFORE) !== 0 || (ctx.flags[m.end - 1]! & (HYPHEN_AFTER | POSSESSIVE)) === HYPHEN_AFTER;
    return addDraft(ctx, makeDraft({ start: m.start, end: m.end, actorIds: [e.id], resolution: 'name', confidence: modifier ? 0.9 : 0.95, modifier }));
  }
  const org = ensureOrg(ctx, e.id);
  if (org) addDraft(ctx, makeDraft({ start: m.start, end: m.end, actorIds: [org.id], resolution: 'name', confidence: 0.95 }));
}

/**
 * "the Kremlin said" → Russia's government; "at the Kremlin" is a place. A capital stands for its
 * government only as a speaker or agent: "Beijing warned", "Moscow's decision", "Moscow and Beijing
 * see"; never "in Beijing" nor "Beijing-Moscow cooperation".
 */
function addSeat(ctx: ArticleContext, m: Match, e: SeatEntry): void {
  const { units, lex } = ctx;
  const before = units[m.start - 1];
  // "sends protest notes to Zagreb, Tirana": the capital a note is sent to is its government, not a place
  const recipient = e.kind === 'capital' && sentTo(ctx, m.start);
  if (!recipient && before && before.sentence === units[m.start]!.sentence && lex.places.has(before.norm)) return;
  // "Beijing warned Washington": the object of a speech or action verb is a government too
  const afterVerb = before !== undefined && before.sentence === units[m.start]!.sentence && lex.verbs.has(before.norm);
  if (e.kind === 'capital' && !afterVerb && !recipient && !isAgent(ctx, m.start, m.end, 0)) return;
  const country = ensureCountry(ctx, e.country);
  addDraft(ctx, makeDraft({ start: m.start, end: m.end, actorIds: [e.country], resolution: 'metonym', confidence: e.kind === 'seat' ? 0.9 : 0.8, code: `${country.code ?? e.country}GOV` }));
}

/**
 * A thing sent and a preposition before the name ("notes to Zagreb", "nota protes kepada Tirana"), or before earlier
 * capitals it is listed with ("notes to Zagreb, Tirana").
 */
function sentTo(ctx: ArticleContext, start: number): boolean {
  const { units, lex } = ctx;
  let k = start - 1;
  for (let joins = 0; k > 0 && joins < 4 && (units[k]!.norm === ',' || lex.coordinators.has(units[k]!.norm)); joins++) {
    const prev = ctx.matches.find((x) => x.end === k);
    if (!prev) return false;
    k = prev.start - 1;
  }
  const prep = units[k];
  const thing = units[k - 1];
  return prep !== undefined && thing !== undefined && prep.sentence === units[start]!.sentence && lex.recipientPreps.has(prep.norm) && lex.recipients.has(thing.norm);
}

/** Followed by a verb or a possessive, or coordinated with an agent: "Moskow maupun Beijing memandang". */
export function isAgent(ctx: ArticleContext, start: number, end: number, depth: number): boolean {
  const { units, lex } = ctx;
  const last = units[end - 1]!;
  if (ctx.flags[end - 1]! & POSSESSIVE) return true;
  if (ctx.flags[end - 1]! & HYPHEN_AFTER || ctx.flags[start]! & HYPHEN_BEFORE) return false;
  const next = units[end];
  if (!next || next.sentence !== last.sentence) return false;
  if (lex.verbs.has(next.norm)) return true;
  if (depth === 0 && lex.coordinators.has(next.norm)) {
    const other = ctx.matches.find((x) => x.start === end + 1);
    return other !== undefined && isAgent(ctx, other.start, other.end, 1);
  }
  return false;
}
