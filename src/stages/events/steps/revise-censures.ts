import type { Candidate, Party } from '../types.js';
import { isPunct, partiesAt, type ScanContext } from './arguments-scan.js';
import { retold, sameSide } from './revise-claims.js';

/**
 * A statement whose words condemn, with another side named in them, is a criticism of that side: "Brown said he was
 * disappointed by New Zealand's decision" → the Cook Islands criticise New Zealand (111), "menyebut keputusan Israel
 * tidak dapat diterima". Changes the sentence's candidates in place; a statement condemning nobody named stays one
 * ("said the situation was dangerous"), as does one whose condemning word is negated ("said the move was not illegal").
 */
export function readCensures(ctx: ScanContext, found: Candidate[], stateOf: (actorId: string) => string | null): void {
  const { view, lex } = ctx;
  for (let i = 0; i < found.length; i++) {
    const c = found[i]!;
    const censure = c.trigger.censure;
    if (!censure || c.carried || c.source.length === 0) continue;
    // what the statement says runs to the next act told, or to the sentence's end
    const end = i + 1 < found.length ? found[i + 1]!.from : view.words.length;
    let condemning = false;
    let target: Party[] | null = null;
    for (let k = c.to; k < end && (!condemning || target === null); k++) {
      if (!condemning) condemning = lex.condemnations.lengthAt(view.words, k) > 0 && !negatedAt(ctx, k);
      if (target !== null || view.mention[k]! < 0) continue;
      const parties = partiesAt(ctx, k).filter((p) => !sameSide(c.source, p, stateOf));
      if (parties.length > 0) target = parties;
    }
    if (condemning && target !== null) found[i] = retold(c, censure, target);
  }
}

/** Words before a condemning word searched for a negation cue ("was not illegal", "bukan pelanggaran"). */
const NEGATION_REACH = 2;

function negatedAt(ctx: ScanContext, k: number): boolean {
  const { view, lex } = ctx;
  for (let j = k - 1; j >= 0 && j >= k - NEGATION_REACH; j--) {
    if (isPunct(view.words[j]!)) return false;
    if (lex.modality.negated.lengthAt(view.words, j) > 0) return true;
  }
  return false;
}
