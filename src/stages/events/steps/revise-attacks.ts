import { LEAD } from '../lexicon.js';
import type { Candidate } from '../types.js';
import { partiesAt, type ScanContext } from './arguments-scan.js';
import { plain } from './revise-light-verbs.js';

/** Plain words between a country modifier and the attack it qualifies ("Peruvian tank shelling"). */
const MODIFIER_GAP = 1;
/** Words from a passive killing to the attack that did it ("were killed in a Peruvian drone strike"). */
const CAUSE_REACH = 4;

/**
 * Attacks named by a noun:
 * - "in a Peruvian drone strike", "Russian artillery fire": the country modifier of the attack is its
 *   source, even inside a place or time phrase the subject scan passes over;
 * - "Three farmers were killed in a Peruvian drone strike": the passive killing and the attack after "in"
 *   are one act; the attack keeps its code and source and takes the victims (the killing is returned to drop).
 */
export function readAttacks(ctx: ScanContext, found: readonly Candidate[]): Candidate[] {
  const { view, lex } = ctx;
  for (const c of found) {
    if (c.trigger.plover !== 'ASSAULT' || c.source.length === 0 || c.carried) continue;
    // a doer named after the attack ("died in a strike by Bolivian troops") stays its doer
    if (c.source.every((p) => ctx.mentions[p.mention]!.start < c.span.start) && diedIn(ctx, c.from)) befell(c);
  }
  for (const c of found) {
    if (c.trigger.plover !== 'ASSAULT' || (c.source.length > 0 && !c.carried)) continue;
    let k = c.from - 1;
    for (let gap = 0; k >= 0 && gap < MODIFIER_GAP && plain(ctx, k); gap++) k--;
    const mi = k >= 0 ? view.mention[k]! : -1;
    if (mi < 0 || ctx.mentions[mi]?.modifier !== true) continue;
    c.source = partiesAt(ctx, k);
    c.carried = false;
    c.anaphor = false;
    c.target = c.target.filter((t) => !c.source.some((s) => s.actorId === t.actorId));
  }
  const dropped: Candidate[] = [];
  for (let i = 0; i + 1 < found.length; i++) {
    const c = found[i]!;
    const n = found[i + 1]!;
    const passive = lex.passiveAux.has(view.words[c.from]!) || lex.passiveAux.has(view.words[c.from - 1] ?? '');
    if (!passive || c.trigger.plover !== 'ASSAULT' || c.source.length > 0 || n.trigger.plover !== 'ASSAULT' || n.source.length === 0) continue;
    if (!lex.locativePreps.has(view.words[c.to] ?? '') || n.from - c.to > CAUSE_REACH) continue;
    if (n.target.length === 0) n.target = c.target.filter((t) => !n.source.some((s) => s.actorId === t.actorId));
    dropped.push(c);
  }
  readWeaponAgents(ctx, found, dropped);
  return dropped;
}

/**
 * "A Japanese schoolboy dies in a knife attack", "tewas dalam serangan drone Rusia": the subject of a verb of dying
 * before the attack's phrase is its victim, never its doer.
 */
function diedIn(ctx: ScanContext, from: number): boolean {
  const { view, lex } = ctx;
  let k = from - 1;
  for (let gap = 0; k > 0 && gap < CAUSE_REACH && !lex.locativePreps.has(view.words[k]!); gap++) {
    if (!plain(ctx, k) && ctx.mentions[view.mention[k]!]?.modifier !== true) return false;
    k--;
  }
  return k > 0 && lex.locativePreps.has(view.words[k]!) && lex.deaths.has(view.words[k - 1]!);
}

/** The attack's subject becomes its victim; a country modifier of the attack may still name the doer after. */
function befell(c: Candidate): void {
  c.target = [...c.source, ...c.target.filter((t) => !c.source.some((s) => s.actorId === t.actorId))];
  c.source = [];
}

/** Words from a passive attack to the act that fired the weapon named as its agent. */
const WEAPON_REACH = 16;

/**
 * "was shot down by a missile fired by Peruvian rebels": a passive attack whose agent is a weapon was done by whoever
 * fired it; the attack keeps its code and takes that source, and the firing and the weapon's own mention, the same
 * act told again, are dropped.
 */
function readWeaponAgents(ctx: ScanContext, found: readonly Candidate[], dropped: Candidate[]): void {
  const { view, lex } = ctx;
  for (let i = 0; i < found.length; i++) {
    const c = found[i]!;
    if (c.trigger.plover !== 'ASSAULT' || c.source.length > 0 || !(lex.passiveAux.has(view.words[c.from - 1] ?? '') || lex.passiveAux.has(view.words[c.from]!))) continue;
    const by = weaponAgentAt(ctx, c.to);
    if (by < 0) continue;
    for (let k = i + 1; k < found.length && found[k]!.from - c.to <= WEAPON_REACH; k++) {
      const m = found[k]!;
      if (m.trigger.plover !== 'ASSAULT' || m.from < by) continue;
      if (m.source.length === 0) {
        // "a surface-to-air missile": the weapon told as an attack of its own, by no one
        if (m.target.length === 0) dropped.push(m);
        continue;
      }
      c.source = m.source;
      c.target = c.target.filter((t) => !m.source.some((s) => s.actorId === t.actorId));
      dropped.push(m);
      break;
    }
  }
}

/** The word after the agent marker of a weapon ("by a surface-to-air missile") within reach after `from`, else -1. */
function weaponAgentAt(ctx: ScanContext, from: number): number {
  const { view, lex } = ctx;
  const stop = Math.min(view.words.length, from + WEAPON_REACH);
  for (let k = from; k < stop; k++) {
    if ((view.leads[k]! & LEAD.clauseBreak) !== 0) return -1;
    if (!lex.agentMarkers.has(view.words[k]!)) continue;
    for (let j = k + 1; j < stop && view.mention[j]! < 0; j++) if (lex.weapons.has(view.words[j]!)) return k + 1;
    return -1;
  }
  return -1;
}
