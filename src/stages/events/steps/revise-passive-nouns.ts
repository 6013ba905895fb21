import type { Candidate, Party } from '../types.js';
import { endsWithAny } from '../ends-with-any.js';
import { isPunct, partiesAt, type ScanContext } from './arguments-scan.js';

/** Words from an event noun (or its object) to the auxiliary of the passive it is subject of. */
const AUX_REACH = 4;
/** Words of the participle between the auxiliary and "by" ("was carried out by"). */
const PARTICIPLE_WORDS = 2;

/**
 * "New evidence against Bolivia was presented by Chile", "The attack was carried out by rebels": an event
 * phrase that is the subject of a passive takes the passive's agent as its source.
 */
export function readPassiveNouns(ctx: ScanContext, found: readonly Candidate[]): void {
  const { view, lex } = ctx;
  for (const c of found) {
    if (c.source.length > 0 && !c.carried) continue;
    // past the trigger and its object ("evidence against Bolivia", "the attack on Bolivia")
    let k = c.to;
    for (let j = c.to; j < Math.min(view.words.length, c.to + AUX_REACH); j++) {
      const mi = view.mention[j]!;
      if (mi >= 0 && namedBy(c.target, mi)) k = j + 1;
    }
    let aux = -1;
    for (let j = k; j < Math.min(view.words.length, k + AUX_REACH); j++) {
      const w = view.words[j]!;
      if (lex.passiveAux.has(w)) {
        aux = j;
        break;
      }
      if (isPunct(w) || lex.clauseBreaks.has(w) || view.mention[j]! >= 0 || inOther(found, c, j)) break;
    }
    if (aux < 0) continue;
    let by = aux + 1;
    while (by < Math.min(view.words.length, aux + 1 + PARTICIPLE_WORDS + 1) && !lex.agentMarkers.has(view.words[by]!)) by++;
    const first = view.words[aux + 1] ?? '';
    if (!lex.agentMarkers.has(view.words[by] ?? '') || by === aux + 1 || !endsWithAny(first, lex.participleEndings)) continue;
    // "The attack on Peru was condemned by Chile": a participle that is an event of its own has its own agent
    if (inOther(found, c, aux + 1)) continue;
    // "was presented by Chile": the agent is the first actor after "by", a word or two on
    let agent = -1;
    for (let j = by + 1; j < Math.min(view.words.length, by + 3); j++) if (view.mention[j]! >= 0) (agent = j), (j = view.words.length);
    if (agent < 0) continue;
    const source = partiesAt(ctx, agent);
    c.source = source;
    c.carried = false;
    c.target = c.target.filter((t) => !source.some((s) => s.actorId === t.actorId));
  }
}

/** Word `j` lies in the trigger of a candidate other than `c` (a loop, not a closure: this runs per word). */
function inOther(found: readonly Candidate[], c: Candidate, j: number): boolean {
  for (const x of found) if (x !== c && x.from <= j && j < x.to) return true;
  return false;
}

function namedBy(parties: readonly Party[], mention: number): boolean {
  for (const p of parties) if (p.mention === mention) return true;
  return false;
}
