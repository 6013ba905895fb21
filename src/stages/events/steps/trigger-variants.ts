import type { Doc } from '../../../core/doc.js';
import { actorsById } from '../actors-by-id.js';
import { tokenKey } from '../phrase-trie.js';
import type { Party, SentenceView } from '../types.js';
import type { TriggerHit } from './02-find-triggers.js';
import { findArguments, type Arguments, type Inherited } from './03-find-arguments.js';
import type { ScanContext } from './arguments-scan.js';

/** Words after a welcome searched for its object. */
const OBJECT_REACH = 16;
/** Words after a pledge searched for a sum ("pledged on Monday some $40 million"). */
const MONEY_REACH = 6;

/** CAMEO actor codes of a state: a country, or its government, army, legislature, courts or services. */
const STATE_CODE = /^[A-Z]{3}((GOV|MIL|LEG|JUD|SPY)[A-Z]*)?$/;

/**
 * Whether an actor of the article is a state or an official ("VNM", "IDNGOV"), not farmers or
 * students ("FRAAGR", "IDNEDU").
 */
export function stateTest(doc: Doc): (actorId: string) => boolean {
  const actors = actorsById(doc);
  return (id) => {
    const a = actors.get(id);
    return a !== undefined && (a.kind === 'country' || (a.kind !== 'group' && STATE_CODE.test(a.code ?? '')));
  };
}

/**
 * Reads a trigger's arguments and switches the trigger to the variant they call for, re-reading them
 * when the pattern changes; null when the trigger is no event here.
 * - "Vietnam protests Chinese ships" (state subject) → the trigger's `state` variant (ACCUSE), with an object
 * - "welcomed Premier Li to Parliament House" (object, then a destination) → its `hosting` variant
 * - "pledged $50 million to Ukraine" (a sum of money after the trigger) → its `money` variant (AID)
 * - "issued a heavy rain warning" (a trigger that needs an actor as target, and has none) → null
 */
export function readVariant(ctx: ScanContext, hit: TriggerHit, hits: readonly TriggerHit[], inherited: Inherited, isState: (id: string) => boolean): Arguments | null {
  let args = findArguments(ctx, hit, hits, inherited);
  if (hit.trigger.state && !args.carried && args.source.length > 0 && allStates(ctx, args.source, isState)) {
    hit.trigger = hit.trigger.state;
    args = findArguments(ctx, hit, hits, inherited);
  }
  if (hit.trigger.hosting && args.target.length > 0 && ctx.lex.arrivalPreps.has(ctx.view.words[objectEnd(ctx.view, hit.to, args.target)] ?? '')) {
    hit.trigger = hit.trigger.hosting;
  }
  if (hit.trigger.money && moneyAfter(ctx.view.words, hit.to, ctx.lex)) {
    hit.trigger = hit.trigger.money;
    args = findArguments(ctx, hit, hits, inherited);
  }
  if (hit.trigger.needsTarget && args.target.length === 0) return null;
  return args;
}

/** Every party is a state, not its people: "Chileans protested" are demonstrators, "Chile protested" a government. */
function allStates(ctx: ScanContext, parties: readonly Party[], isState: (id: string) => boolean): boolean {
  for (const p of parties) {
    if (!isState(p.actorId)) return false;
    const text = ctx.mentions[p.mention]?.text;
    if (text !== undefined && ctx.lex.demonyms.has(tokenKey(text))) return false;
  }
  return true;
}

/** The word after the last word, within a short reach after `from`, of the mentions naming `parties` (-1: none). */
function objectEnd(view: SentenceView, from: number, parties: readonly Party[]): number {
  const ids = new Set(parties.map((p) => p.mention));
  let end = -1;
  for (let k = from; k < Math.min(view.words.length, from + OBJECT_REACH); k++) if (ids.has(view.mention[k]!)) end = k;
  return end < 0 ? -1 : end + 1;
}

/** A currency word or sign beside a number ("$ 106", "20 million euros", "rp5"), before a clause break. */
function moneyAfter(words: readonly string[], from: number, lex: ScanContext['lex']): boolean {
  const number = (w: string | undefined) => w !== undefined && /^\p{N}/u.test(w);
  for (let k = from; k < Math.min(words.length, from + MONEY_REACH); k++) {
    const w = words[k]!;
    if (lex.clauseBreaks.has(w)) return false;
    if (lex.currencies.has(w) && (number(words[k + 1]) || number(words[k - 1]) || number(words[k - 2]))) return true;
    // "Rp5 triliun": the sign glued to the sum
    const digits = /\p{N}/u.exec(w)?.index ?? -1;
    if (digits > 0 && lex.currencies.has(w.slice(0, digits))) return true;
  }
  return false;
}
