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
  /** Some edge needs an all-capitals unit. */
  caps: boolean;
}

/** Prefix of edges that match only all-capital units ("AS", "PM"). */
const CAPS = '\u0001';

/**
 * A trie over unit norms with `{country}` / `{org}` slot edges, compiled once per pack. Matching is
 * linear in practice: each position walks at most the length of the longest phrase.
 */
export class TokenTrie {
  private readonly root: Node = node();

  /** Adds a phrase given as norms; `caps[i]` marks norms that must be written in capitals. */
  insert(norms: string[], caps: boolean[], final: Final, slots: Array<SlotKind | null> = []): void {
    let at = this.root;
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
      if (caps[i]) at.caps = true;
      at.next ??= new Map();
      let child = at.next.get(key);
      if (!child) at.next.set(key, (child = node()));
      at = child;
    });
    (at.finals ??= []).push(final);
  }

  /** True when some phrase starts with this norm (cheap pre-check). */
  starts(norm: string): boolean {
    return this.root.next?.has(norm) === true || this.root.next?.has(CAPS + norm) === true;
  }

  /** Every valid match starting at unit `i`, longest first. */
  matchesAt(units: Unit[], i: number, text: string, fill?: (kind: SlotKind, j: number) => Match[]): Match[] {
    const out: Match[] = [];
    const sentence = units[i]!.sentence;
    const walk = (at: Node, j: number, slot: SlotFill | undefined): void => {
      if (at.finals && j > i) {
        const finals = at.finals.filter((f) => valid(f, units, i, j, text));
        const same = out.find((m) => m.end === j && m.slot?.id === slot?.id);
        if (same) same.finals.push(...finals); // "UN": the capitals-only edge and the plain edge end together
        else if (finals.length > 0) out.push(slot ? { start: i, end: j, finals, slot } : { start: i, end: j, finals });
      }
      const u = units[j];
      if (!u || u.sentence !== sentence || !u.word) return;
      const child = at.next?.get(u.norm);
      if (child) walk(child, j + 1, slot);
      if (at.caps && allCaps(text, u)) {
        const capsChild = at.next?.get(CAPS + u.norm);
        if (capsChild) walk(capsChild, j + 1, slot);
      }
      if (at.slots && fill && !slot) {
        for (const s of at.slots) for (const m of fill(s.kind, j)) walk(s.node, m.end, { kind: s.kind, id: idOf(m), start: m.start, end: m.end });
      }
    };
    walk(this.root, i, undefined);
    return out.sort((a, b) => b.end - a.end);
  }
}

function node(): Node {
  return { next: null, slots: null, finals: null, caps: false };
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
    const prev = units[i - 1]?.word === false ? units[i - 2] : units[i - 1];
    if (prev && rule.notAfter.has(prev.norm)) return false;
  }
  return true;
}
