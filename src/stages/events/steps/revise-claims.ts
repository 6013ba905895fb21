import type { Trigger } from '../lexicon.js';
import type { Candidate, Party } from '../types.js';

/** PLOVER types of the acts a claim can allege or own up to: force, coercion, threats and sanctions. */
const HOSTILE = new Set(['ASSAULT', 'COERCE', 'THREATEN', 'SANCTION']);

/**
 * A hostile act told by a claim is what the claimant asserts, not an act the report vouches for; CAMEO
 * codes the claim. Of another actor it is an accusation of that actor ("Chile claimed that Bolivia had
 * shelled Peru" → Chile accuses Bolivia, 112); of the claimant itself it owns up to the act, towards the
 * act's target ("Chile claimed it had shelled Peru", "claimed responsibility for the attack on Peru" → 015).
 * Changes the sentence's candidates in place: the claim takes its variant, the acts it tells go. `stateOf` gives the
 * state an actor acts for (a country, its government or forces and their people), or null: a leader telling what
 * the leader's own state did speaks for the doer ("Putin said Russia was suspending its participation").
 */
export function readClaims(found: Candidate[], stateOf: (actorId: string) => string | null): void {
  for (let i = 0; i < found.length; i++) {
    const claim = found[i]!;
    const { allegation, admission, complaint } = claim.trigger;
    if ((!allegation && !admission && !complaint) || claim.carried || claim.source.length === 0) continue;
    // the acts up to the next statement are the claim's content ("ISIL attacked Iraq and took Mosul")
    let end = i + 1;
    while (end < found.length && found[end]!.trigger.pattern !== 'speech' && !found[end]!.trigger.allegation) end++;
    const acts = found.slice(i + 1, end).filter((c) => HOSTILE.has(c.trigger.plover) && !c.anaphor);
    if (acts.length === 0) continue;
    const act = acts[0]!;
    const own = act.source.length === 0 || act.source.every((p) => sameSide(claim.source, p, stateOf));
    if (complaint) {
      // "Chile said Bolivia had shelled it", "… that Bolivia shelled itself": an act of another with no other victim
      // than the speaker is the speaker's complaint against the actor; the act stays, as the speaker reports it
      // "said it will send a team to identify victims killed by …": only acts the statement opens on are its content
      let lead = i + 1;
      while (lead < end && HOSTILE.has(found[lead]!.trigger.plover)) lead++;
      const named = found.slice(i + 1, lead).find((a) => a.source.length > 0 && !a.carried && !a.anaphor);
      if (named && !named.source.some((p) => sameSide(claim.source, p, stateOf)) && named.target.every((p) => sameSide(claim.source, p, stateOf) || hasActor(named.source, p))) {
        found[i] = retold(claim, complaint, named.source);
      }
      continue;
    }
    const variant = own ? admission : allegation;
    if (!variant) continue;
    // "Chile claimed that Bolivia had shelled Peru": the claim is told now, whatever the time of the act
    found[i] = retold(claim, variant, own ? act.target : act.source);
    for (const a of acts) found.splice(found.indexOf(a), 1);
  }
}

/**
 * The claim coded as `trigger` against `target`, one-sided. Every field is written in the order
 * collectCandidates writes it, so candidates keep one shape (a spread copy gets a map of its own).
 */
export function retold(c: Candidate, trigger: Trigger, target: Party[]): Candidate {
  return {
    trigger, sentence: c.sentence, from: c.from, to: c.to, span: c.span, source: c.source, target, reciprocal: false, carried: c.carried,
    modality: c.modality, background: c.background, linked: c.linked, governed: c.governed, clauseAt: c.clauseAt, framed: c.framed, frameAt: c.frameAt, frameDays: c.frameDays, anaphor: c.anaphor, aside: c.aside,
  };
}

/**
 * `p` is one of the speakers, or acts for the state one of them acts for. A function of its own, not a closure made
 * for every sentence read: most sentences tell no claim.
 */
export function sameSide(speakers: readonly Party[], p: Party, stateOf: (actorId: string) => string | null): boolean {
  if (hasActor(speakers, p)) return true;
  const state = stateOf(p.actorId);
  return state !== null && speakers.some((q) => stateOf(q.actorId) === state);
}

function hasActor(parties: readonly Party[], p: Party): boolean {
  for (const q of parties) if (q.actorId === p.actorId) return true;
  return false;
}
