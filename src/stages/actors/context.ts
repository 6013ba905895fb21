import type { ActorKind, Doc, Resolution } from '../../core/doc.js';
import type { Lexicon } from './compile-lexicon.js';
import type { Unit } from './match-units.js';
import { holdersOf, type HolderIndex } from './roles-on-date.js';
import type { MatchStarts } from './match-starts.js';
import type { SignatureSet } from './signature.js';
import type { Match } from './token-trie.js';
import type { ActorData, PersonDef, PersonRole } from './types.js';

/** A mention being built, over units `[start, end)`; made by `makeDraft`, so that all drafts share one shape. */
export interface Draft {
  start: number;
  end: number;
  actorIds: string[];
  resolution: Resolution;
  confidence: number;
  roleKey: string | undefined;
  code: string | undefined;
  modifier: boolean;
}

/** What a step says of a draft; the rest is none. */
export type DraftFields = Pick<Draft, 'start' | 'end' | 'actorIds' | 'resolution' | 'confidence'> & { roleKey?: string; code?: string; modifier?: boolean };

/**
 * A draft with every property, in one order. Drafts of a few shapes (with a code, a role, a modifier
 * mark, or none) sent the code reading them (ordering, indexes, the build) back to the interpreter at
 * each shape it had not met yet, to be compiled again: once per shape and reader, early in every run.
 */
export function makeDraft(fields: DraftFields): Draft {
  return { start: fields.start, end: fields.end, actorIds: fields.actorIds, resolution: fields.resolution, confidence: fields.confidence, roleKey: fields.roleKey, code: fields.code, modifier: fields.modifier ?? false };
}

/** An actor met in the article. */
export interface ArticleActor {
  id: string;
  name: string;
  kind: ActorKind;
  country: string | null;
  gender: 'm' | 'f' | null;
  /** The person in the data, when known. */
  person: PersonDef | null;
  /** Role on the article's date (data first, else the title the article gave). */
  role: PersonRole | null;
  /** Fixed code (organisations, institutions); undefined for people, never left out: one shape for all actors. */
  code: string | undefined;
  /** Name norms, for surname and given-name mentions ("li", "qiang"). */
  names: ReadonlySet<string>;
}

/** Everything one run works on; made fresh per article, dropped after. */
export interface ArticleContext {
  doc: Doc;
  text: string;
  units: Unit[];
  /** Possessive and hyphen flags of the units (match-units.ts). */
  flags: Uint8Array;
  lex: Lexicon;
  data: ActorData;
  holders: HolderIndex;
  /** The article's date, or null (roles then come from the most recent data, with less confidence). */
  date: string | null;
  /** The scan's matches in text order (the list of `matchStarts`, which the scan fills). */
  matches: Match[];
  /** Matches by their first unit. */
  matchStarts: MatchStarts;
  drafts: Draft[];
  actors: Map<string, ArticleActor>;
  /** Units covered by a match or a draft. */
  covered: Uint8Array;
  /** Role holders already looked up in this article, by `scope|role`. */
  holderCache: Map<string, PersonDef[]>;
  // The fields below are all in the literal from the start, never added later: a context gaining them as
  // it goes takes up to four shapes, and each step reading it was deoptimised and compiled again.
  /**
   * Norms the article writes in lower case (title-tail.ts fills it once scans no longer pay): an empty set
   * from the start, never replaced (the first such write made every step reading the context compile again).
   */
  lowerNorms: Set<string>;
  /** Signatures of the norms the article writes in lower case (marked by the scan; title-tail.ts reads them). */
  lowerSignatures: SignatureSet | undefined;
  /** The units where an agent phrase may start, ascending (listed by the scan, read by the agents step). */
  agentStarts: Int32Array;
  /** The capitalised units, ascending (listed by the scan: the partial names step reads only these). */
  capitalised: Int32Array;
  /** Lower-case questions answered by a scan so far (title-tail.ts). */
  lowerScans: number;
}

/** People who held a role in a scope on the article's date (memoised per article: titles repeat). */
export function holders(ctx: ArticleContext, scope: string, role: string): PersonDef[] {
  const key = `${scope}|${role}`;
  let found = ctx.holderCache.get(key);
  if (!found) ctx.holderCache.set(key, (found = holdersOf(ctx.data, ctx.holders, scope, role, ctx.date)));
  return found;
}

/** Adds a draft and marks its units covered. */
export function addDraft(ctx: ArticleContext, draft: Draft): void {
  ctx.drafts.push(draft);
  // a loop, not `fill`: drafts are a word or a few, and the builtin's call costs more than the stores
  for (let k = draft.start; k < draft.end; k++) ctx.covered[k] = 1;
}

/** Builds a confidence, lowered when roles had to be guessed without a date. */
export function confidence(ctx: ArticleContext, value: number, dated = false): number {
  return dated && ctx.date === null ? Math.round(value * 0.8 * 100) / 100 : value;
}

/** Each person's mention positions (draft starts), sorted, from drafts naming one person. */
export function personPositions(ctx: ArticleContext, keep: (d: Draft) => boolean = () => true): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const d of ctx.drafts) {
    if (d.actorIds.length !== 1 || ctx.actors.get(d.actorIds[0]!)?.kind !== 'person' || !keep(d)) continue;
    insertSorted(out.get(d.actorIds[0]!) ?? out.set(d.actorIds[0]!, []).get(d.actorIds[0]!)!, d.start);
  }
  return out;
}

/** Puts `value` into the ascending `list` in its place (a person's few positions: no sort call per addition). */
export function insertSorted(list: number[], value: number): void {
  let k = list.length;
  list.push(value);
  for (; k > 0 && list[k - 1]! > value; k--) list[k] = list[k - 1]!;
  list[k] = value;
}

/** Distance from `i` to the nearest position before it; positions after it count only after all before. */
export function nearestScore(sorted: number[], i: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= i) lo = mid + 1;
    else hi = mid;
  }
  if (lo > 0) return i - sorted[lo - 1]!;
  return lo < sorted.length ? 1e9 + sorted[lo]! - i : Infinity;
}
