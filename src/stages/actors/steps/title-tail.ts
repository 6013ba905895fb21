import type { ArticleContext } from '../context.js';
import type { Unit } from '../match-units.js';
import { ScratchInts } from '../scratch.js';
import { addSignature, hasSignature, signature, SIGNATURE_WORDS, type SignatureSet } from '../signature.js';
import type { Match } from '../token-trie.js';

/** What stands between a title and its name. */
export interface TitleTail {
  /** Unit where the name may start. */
  at: number;
  /** A country named after a title that had none ("Presiden Republik Korea …", "Menlu Saudi"), else null. */
  country: string | null;
  /** The match inside the tail (the country), to be consumed with the title, or null. */
  inner: Match | null;
  /** An ordinal followed the title ("Presiden Pertama yang …"): nobody in particular. */
  ordinal: boolean;
}

/**
 * Reads past what continues a title before its name: title words ("Presiden Pertama", "Menteri Koordinator
 * Bidang Kemaritiman dan Investasi"), a country when the title named none ("Presiden Republik Korea Yoon
 * Suk Yeol", "Menlu Saudi"), and honorifics ("Arab Saudi Pangeran Faisal", "Prime Minister Datuk Seri Anwar").
 */
export function readTail(ctx: ArticleContext, m: Match): TitleTail {
  let at = skipTitleWords(ctx, m.end);
  const ordinal = at > m.end && ctx.lex.ordinals.has(ctx.units[m.end]!.norm);
  const c = m.slot ? undefined : (countryAt(ctx, at) ?? countryAfterQualifiers(ctx, at));
  if (c) at = skipTitleWords(ctx, c.match.end);
  return { at: skipHonorifics(ctx, at), country: c ? c.id : null, inner: c ? c.match : null, ordinal };
}

/** "Pertama", "Bidang Kemaritiman dan Investasi": title words, and "dan" or a comma between two of them. */
function skipTitleWords(ctx: ArticleContext, i: number): number {
  const { units, lex } = ctx;
  const sentence = units[i]?.sentence;
  let j = i;
  while (j < units.length && units[j]!.sentence === sentence) {
    const u = units[j]!;
    // "Agama" is a title word, though some G. K. Agama makes it a surname too
    // capitalised only: "Presiden dalam pidatonya" is the president speaking
    if (u.upper && lex.titleWords.has(u.norm) && !ctx.matchStarts.get(j)?.finals.some((f) => f.entry.type !== 'partial')) j++;
    else if (j > i && (u.norm === ',' || lex.coordinators.has(u.norm)) && units[j + 1]?.upper && lex.titleWords.has(units[j + 1]!.norm)) j++;
    else break;
  }
  return j;
}

/**
 * "Menteri Perdagangan Internasional Jepang Kenta Morimoto": capitalised words the pack does not list as
 * title words, then a country, then a capitalised name. The words belong to the title; without this the
 * first of them would be read as the name. At most three, none of them part of any match.
 */
function countryAfterQualifiers(ctx: ArticleContext, i: number): { id: string; match: Match } | undefined {
  const { units, lex } = ctx;
  const sentence = units[i]?.sentence;
  for (let j = i; j < i + 3; j++) {
    const u = units[j];
    if (!u || u.kind !== 'word' || !u.upper || u.sentence !== sentence || ctx.covered[j] || lex.notNames.has(u.norm)) return undefined;
    const c = countryAt(ctx, j + 1);
    if (c) {
      const next = units[c.match.end];
      return next && next.kind === 'word' && next.upper && next.sentence === sentence && !lex.notNames.has(next.norm) ? c : undefined;
    }
  }
  return undefined;
}

/** A country name or short name starting at unit `i` (not an adjective, not a possessive: "Korea's"). */
function countryAt(ctx: ArticleContext, i: number): { id: string; match: Match } | undefined {
  const match = ctx.matchStarts.get(i);
  if (!match || ctx.units[i]?.sentence !== ctx.units[i - 1]?.sentence) return undefined;
  for (const f of match.finals) {
    const e = f.entry;
    if (e.type === 'actor' && e.kind === 'country' && (e.alias === 'name' || e.alias === 'short')) return { id: e.id, match };
  }
  return undefined;
}

/** "Pangeran", "Datuk Seri", "Dr." (its dot too), repeated: "Prof. Dr. Ir. …". */
function skipHonorifics(ctx: ArticleContext, i: number): number {
  const { units, lex, text } = ctx;
  let j = i;
  for (let n = 0; n < 4 && units[j] && units[j]!.kind !== 'punct'; n++) {
    // "Prince Faisal bin Farhan" may be a name of the data itself
    if (ctx.matchStarts.get(j)?.finals.some((f) => f.entry.type === 'actor' && f.entry.kind === 'person')) break;
    const h = lex.honorificTrie.longestAt(units, j, text);
    if (!h || !units[h.end]) break;
    j = h.end;
    const u = units[j]!;
    if (u.kind === 'punct' && (u.norm === '.' || u.norm === "'" || u.norm === '’') && u.start === units[j - 1]!.end) j++;
  }
  return j < units.length && units[j]!.sentence === units[i]!.sentence ? j : i;
}

/**
 * A known person a few capitalised words after the title, past the words of an organisation or portfolio
 * the title names: "Sekjen Partai Komunis Vietnam To Lam" → To Lam. Stops at lower-case words,
 * punctuation and other titles ("Presiden Rusia dan Presiden China Xi Jinping" never reaches Xi).
 */
export function personFurther(ctx: ArticleContext, from: number): Match | null {
  const { units, lex } = ctx;
  const sentence = units[from]?.sentence;
  for (let j = from; j < units.length && j - from < 6; j++) {
    const u = units[j]!;
    if (u.sentence !== sentence || u.kind === 'punct' || (!u.upper && !lex.particles.has(u.norm))) return null;
    const m = ctx.matchStarts.get(j);
    if (!m) continue;
    if (m.finals.some((f) => f.entry.type === 'title' || f.entry.type === 'institution')) return null;
    if (j > from && m.finals.some((f) => f.entry.type === 'actor' && f.entry.kind === 'person' && !f.entry.partial)) return m;
    j = m.end - 1;
  }
  return null;
}

/**
 * A name candidate that is not a name: its first word is a pack word that never starts one (a headline
 * verb: "Presiden Iran Ancam Israel"), or every word of it is written in lower case elsewhere in the
 * article ("Partai Komunis" beside "partai komunis").
 */
export function weakName(ctx: ArticleContext, start: number, end: number): boolean {
  const { units, lex } = ctx;
  if (lex.notNames.has(units[start]!.norm) || lex.titleWords.has(units[start]!.norm)) return true;
  for (let j = start; j < end; j++) if (!writesLower(ctx, units[j]!.norm) && !lex.particles.has(units[j]!.norm)) return false;
  return true;
}

/** Questions an article's units answer by a scan before `lowerNorms` builds its set. */
const LOWER_SCANS = 8;

/** The article writes `norm` in lower case somewhere: a scan for the few questions most articles ask. */
export function writesLower(ctx: ArticleContext, norm: string): boolean {
  if (ctx.lowerNorms.size > 0) return ctx.lowerNorms.has(norm);
  // most names are written in lower case nowhere, and share no signature with a word that is (the scan
  // marks them; a context made without one, as in tests, marks them here)
  if (!hasSignature((ctx.lowerSignatures ??= lowerSignatures(ctx.units)), signature(norm))) return false;
  ctx.lowerScans = (ctx.lowerScans ?? 0) + 1;
  if (ctx.lowerScans > LOWER_SCANS) return lowerNorms(ctx).has(norm);
  for (const u of ctx.units) if (u.norm === norm && u.kind === 'word' && !u.upper) return true;
  return false;
}

/** One article's signatures at a time (`run` is synchronous). */
const SIGNATURES = new ScratchInts();

/** Marks the signatures (token-trie.ts) of the norms written in lower case, as the scan does: one pass, no hashing. */
function lowerSignatures(units: readonly Unit[]): SignatureSet {
  const marks = SIGNATURES.zeroed(SIGNATURE_WORDS);
  for (const u of units) if (u.kind === 'word' && !u.upper) addSignature(marks, signature(u.norm));
  return marks;
}

/** One article's lower-case norms at a time (`run` is synchronous; see `ArticleContext.lowerNorms`). */
const LOWER_NORMS = new Set<string>();

/** The set `lowerNorms` fills, emptied for a new article. */
export function emptyLowerNorms(): Set<string> {
  if (LOWER_NORMS.size > 0) LOWER_NORMS.clear();
  return LOWER_NORMS;
}

/** Norms the article writes in lower case somewhere (one pass, on first use: an article that asks has some). */
export function lowerNorms(ctx: ArticleContext): Set<string> {
  const set = ctx.lowerNorms;
  if (set.size === 0) for (const u of ctx.units) if (u.kind === 'word' && !u.upper) set.add(u.norm);
  return set;
}

/** Capitalised portfolio words a country may stand before: "Japanese Economy Minister", "UK Business and Trade Secretary". */
const MAX_PORTFOLIO_WORDS = 4;

/**
 * The country named before a title that has none, past up to four capitalised portfolio words the pack
 * does not list ("Japanese Economy Minister Ryosei Akazawa", "British Business and Trade Secretary X"),
 * with "and" or "&" between them. Without it the title names a person of no country, and every event of
 * that person loses its dyad. `rank` is true when a rank word stands between ("Russian Deputy Foreign
 * Minister"): the title's role then belongs to someone else.
 */
export function countryBefore(ctx: ArticleContext, titleStart: number): { id: string; match: Match; rank: boolean } | undefined {
  const { units, lex } = ctx;
  const sentence = units[titleStart]?.sentence;
  let rank = false;
  let joined = false;
  for (let j = titleStart - 1, words = 0; j >= 0 && words <= MAX_PORTFOLIO_WORDS; j--) {
    const u = units[j]!;
    if (u.sentence !== sentence) return undefined;
    const c = countryEndingAt(ctx, j);
    // "Russia and Foreign Minister Lavrov": a joiner joins portfolio words, never a country to a title
    if (c) return joined ? undefined : { id: c.id, match: c.match, rank };
    joined = lex.coordinators.has(u.norm) || u.norm === '&';
    if (!joined && (u.kind !== 'word' || !u.upper || ctx.covered[j] || lex.notNames.has(u.norm))) return undefined;
    if (lex.rankWords.has(u.norm)) rank = true;
    words++;
  }
  return undefined;
}

/** A country name, adjective or possessive ("Japan's Economy Minister") match ending at unit `j` (inclusive). */
function countryEndingAt(ctx: ArticleContext, j: number): { id: string; match: Match } | undefined {
  for (let s = j; s >= 0 && s > j - 4; s--) {
    const m = ctx.matchStarts.get(s);
    if (!m || m.end !== j + 1 || ctx.units[s]!.sentence !== ctx.units[j]!.sentence) continue;
    for (const f of m.finals) {
      const e = f.entry;
      if (e.type === 'actor' && e.kind === 'country') return { id: e.id, match: m };
    }
  }
  return undefined;
}
