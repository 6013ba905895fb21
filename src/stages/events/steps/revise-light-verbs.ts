import type { Candidate, Party } from '../types.js';
import { groupBefore, isPunct, mentionRange, partiesAt, type ScanContext } from './arguments-scan.js';

/** Plain words allowed between the preposition and the event noun ("in a fierce gunfight"). */
const NOUN_GAP = 2;

/**
 * "Sudanese rebels engaged Ugandan troops in a gunfight": a verb that is no trigger takes the
 * event noun after "in" as its act, so its subject is the source and its object the target. The subject
 * scan of the noun stops at the object; this reads the clause again when it finds that shape, for
 * assaults only (who accompanies or joins someone in an act does it with them, not to them).
 */
export function readLightVerbs(ctx: ScanContext, found: readonly Candidate[]): void {
  const { view, lex } = ctx;
  for (const c of found) {
    // "accompanied Prabowo on a visit", "joined X in a protest": only a fight makes the object its target
    if (c.trigger.plover !== 'ASSAULT' || c.trigger.pattern !== 'svo' || c.target.length > 0 || c.source.length === 0 || c.carried) continue;
    let k = c.from - 1;
    for (let gap = 0; k >= 0 && gap < NOUN_GAP && plain(ctx, k); gap++) k--;
    if (k < 3 || !lex.locativePreps.has(view.words[k]!)) continue;
    // the object right before the preposition, or a head noun after it ("Ugandan troops in")
    let o = k - 1;
    if (view.mention[o]! < 0 && plain(ctx, o)) o--;
    if (o < 2 || view.mention[o]! < 0) continue;
    const object = partiesAt(ctx, o);
    if (!same(object, c.source)) continue;
    const [from] = mentionRange(view, o);
    const verb = from - 1;
    if (verb < 1 || !plain(ctx, verb) || lex.passiveAux.has(view.words[verb]!) || found.some((x) => x.from <= verb && verb < x.to)) continue;
    const subject = groupBefore(ctx, verb, 0);
    if (!subject || subject.to !== verb) continue;
    c.source = subject.parties;
    c.target = object;
  }
}

/** A word that is no actor, punctuation, preposition, coordinator or clause break. */
export function plain(ctx: ScanContext, k: number): boolean {
  const { view, lex } = ctx;
  const w = view.words[k];
  if (w === undefined || view.mention[k]! >= 0 || isPunct(w)) return false;
  return !(lex.clauseBreaks.has(w) || lex.coordinators.hasWord(w) || lex.objectPreps.has(w) || lex.locativePreps.has(w) || lex.topicPreps.has(w) || lex.targetPreps.has(w) || lex.purposeMarkers.has(w) || lex.agentMarkers.has(w) || lex.relativePronouns.has(w));
}

function same(a: readonly Party[], b: readonly Party[]): boolean {
  return a.length === b.length && a.every((p, i) => p.actorId === b[i]!.actorId);
}
