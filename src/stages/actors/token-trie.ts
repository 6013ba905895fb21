import type { Unit } from './match-units.js';
import type { AliasRule, Entry } from './types.js';

/** A phrase's meaning plus the checks it needs where it matches. */
export interface Final {
  entry: Entry;
  /** At least one matched unit must start with a capital ("Turkey", not "turkey"). */
  needsUpper: boolean;
  rule?: AliasRule;
}

/** Kinds of slot a pattern may hold: `{country}`, `{org}`. */
export type SlotKind = 'country' | 'org';

/** What filled a slot. */
export interface SlotFill {
  kind: SlotKind;
  id: string;
  start: number;
  end: number;
}

/** A match: units `[start, end)`, every valid meaning, and the slot fill. */
export interface Match {
  start: number;
  end: number;
  finals: Final[];
  slot?: SlotFill;
}

interface Node {
  next: Map<string, Node> | null;
  slots: Array<{ kind: SlotKind; node: Node }> | null;
  finals: Final[] | null;
  /** Norms whose edge needs an all-capitals unit ("as" of "AS"). */
  caps: Set<string> | null;
}

/** Prefix of edges that match only all-capital units ("AS", "PM"). */
const CAPS = '\u0001';

/**
 * A trie over unit norms with `{country}` / `{org}` slot edges, compiled once per pack. Matching is
 * linear in practice: each position walks at most the length of the longest phrase.
 */
export class TokenTrie {
  private readonly root: Node = node();
  /** Norms a phrase may start with in any case, for a one-lookup pre-check. */
  readonly firsts = new Set<string>();
  /** Norms a phrase starts with only when capitalised (names: "Said", "To", "Frank" start names, not "said"). */
  readonly firstsUpper = new Set<string>();
  /** Some phrase starts with a slot. */
  startsWithSlot = false;

  /** Adds a phrase given as norms; `caps[i]` marks norms that must be written in capitals. */
  insert(norms: string[], caps: boolean[], final: Final, slots: Array<SlotKind | null> = [], upperFirst = false): void {
    let at = this.root;
    if (slots[0]) this.startsWithSlot = true;
    else (upperFirst ? this.firstsUpper : this.firsts).add(norms[0]!);
    norms.forEach((norm, i) => {
      const slot = slots[i];
      if (slot) {
        at.slots ??= [];
        let edge = at.slots.find((s) => s.kind === slot);
        if (!edge) at.slots.push((edge = { kind: slot, node: node() }));
        at = edge.node;
        return;
      }
      const key = caps[i] ? CAPS + norm : norm;
      if (caps[i]) (at.caps ??= new Set()).add(norm);
      at.next ??= new Map();
      let child = at.next.get(key);
      if (!child) at.next.set(key, (child = node()));
      at = child;
    });
    (at.finals ??= []).push(final);
  }

  /** True when some phrase may start with this unit (cheap pre-check). */
  starts(u: Unit): boolean {
    return this.firsts.has(u.norm) || (u.upper && this.firstsUpper.has(u.norm));
  }

  /** Every valid match starting at unit `i`, longest first (slot fills need them all). */
  matchesAt(units: Unit[], i: number, text: string, fill?: SlotFiller): Match[] {
    const w: Walk = { units, i, text, fill, sentence: units[i]!.sentence, out: [] };
    walk(this.root, w, i, undefined);
    return w.out.length > 1 ? w.out.sort((a, b) => b.end - a.end) : w.out;
  }

  /** The longest valid match starting at unit `i`, or undefined. */
  longestAt(units: Unit[], i: number, text: string, fill?: SlotFiller): Match | undefined {
    // one scratch walk per trie: this runs at every candidate word, so it must not allocate
    const w = this.scratch;
    w.units = units;
    w.i = i;
    w.text = text;
    w.fill = fill;
    w.sentence = units[i]!.sentence;
    w.out.length = 0;
    walk(this.root, w, i, undefined);
    let best = w.out[0];
    for (const m of w.out) if (m.end > best!.end) best = m;
    w.fill = undefined;
    return best;
  }

  private readonly scratch: Walk = { units: [], i: 0, text: '', fill: undefined, sentence: 0, out: [] };
}

/** Gives the matches of a slot at a unit. */
export type SlotFiller = (kind: SlotKind, j: number) => Match[];

interface Walk {
  units: Unit[];
  i: number;
  text: string;
  fill: SlotFiller | undefined;
  sentence: number;
  out: Match[];
}

function walk(at: Node, w: Walk, j: number, slot: SlotFill | undefined): void {
  if (at.finals && j > w.i) collect(at.finals, w, j, slot);
  const u = w.units[j];
  if (!u || u.sentence !== w.sentence || u.kind === 'punct') return;
  if (at.next) {
    const child = at.next.get(u.norm);
    if (child) walk(child, w, j + 1, slot);
    if (at.caps?.has(u.norm) && allCaps(w.text, u)) {
      const capsChild = at.next.get(CAPS + u.norm);
      if (capsChild) walk(capsChild, w, j + 1, slot);
    }
  }
  if (at.slots && w.fill && !slot) {
    for (const s of at.slots) {
      for (const m of w.fill(s.kind, j)) walk(s.node, w, m.end, { kind: s.kind, id: idOf(m), start: m.start, end: m.end });
    }
  }
}

function collect(finals: Final[], w: Walk, j: number, slot: SlotFill | undefined): void {
  let valids: Final[] | null = null;
  for (const f of finals) if (valid(f, w.units, w.i, j, w.text)) (valids ??= []).push(f);
  if (!valids) return;
  // "UN": the capitals-only edge and the plain edge end together
  const same = w.out.find((m) => m.end === j && m.slot?.id === slot?.id);
  if (same) same.finals.push(...valids);
  else w.out.push(slot ? { start: w.i, end: j, finals: valids, slot } : { start: w.i, end: j, finals: valids });
}

function node(): Node {
  return { next: null, slots: null, finals: null, caps: null };
}

function idOf(m: Match): string {
  const e = m.finals[0]!.entry;
  return e.type === 'actor' ? e.id : '';
}

/** All letters of the unit are capitals ("AS", "U.S."), so "as" and "As" never match. */
export function allCaps(text: string, u: Unit): boolean {
  const s = text.slice(u.start, u.end);
  return s === s.toUpperCase() && s !== s.toLowerCase();
}

function valid(f: Final, units: Unit[], i: number, j: number, text: string): boolean {
  if (f.needsUpper) {
    let upper = false;
    for (let k = i; k < j && !upper; k++) upper = units[k]!.upper;
    if (!upper) return false;
  }
  const rule = f.rule;
  if (!rule) return true;
  if (rule.exact !== undefined && text.slice(units[i]!.start, units[j - 1]!.end) !== rule.exact) return false;
  if (rule.notBefore && j < units.length && rule.notBefore.has(units[j]!.norm)) return false;
  if (rule.notAfter) {
    // "Atlanta, Georgia": look past one comma
    const prev = units[i - 1]?.kind === 'punct' ? units[i - 2] : units[i - 1];
    if (prev && rule.notAfter.has(prev.norm)) return false;
  }
  return true;
}
