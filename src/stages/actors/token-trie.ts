import type { Unit } from './match-units.js';
import { addSignature, FILTER_SIZE, hasSignature, signature, signatureSet } from './signature.js';
import type { AliasRule, Entry } from './types.js';

/** A phrase's meaning plus the checks it needs where it matches; made by `makeFinal`. */
export interface Final {
  entry: Entry;
  /** At least one matched unit must start with a capital ("Turkey", not "turkey"). */
  needsUpper: boolean;
  rule?: AliasRule | undefined;
}

/**
 * A final with its rule always there (undefined for none) and its meaning given every field of every type
 * of meaning (see `shapeEntry`): the steps read the meanings of every match.
 */
export function makeFinal(entry: Entry, needsUpper: boolean, rule: AliasRule | undefined): Final {
  return { entry: shapeEntry(entry), needsUpper, rule };
}

/**
 * `e` with every field any type of meaning has, in one order (undefined where its type has none). Meanings
 * of a dozen shapes, one per type and its optional fields, made each step's `entry.type` a lookup in the
 * engine's shared cache of shapes rather than one comparison, at every final of every match.
 */
export function shapeEntry(e: Entry): Entry {
  const f = e as Partial<Record<EntryField, unknown>>;
  const shaped = {
    type: e.type, id: f.id, kind: f.kind, alias: f.alias, partial: f.partial, ids: f.ids, role: f.role, country: f.country,
    slot: f.slot, key: f.key, gender: f.gender, object: f.object, refers: f.refers, roles: f.roles,
  };
  return shaped as unknown as Entry;
}

/** The fields of the types of meaning but `type`. */
type EntryField = 'id' | 'kind' | 'alias' | 'partial' | 'ids' | 'role' | 'country' | 'slot' | 'key' | 'gender' | 'object' | 'refers' | 'roles';

/** Kinds of slot a pattern may hold: `{country}`, `{org}`. */
export type SlotKind = 'country' | 'org';

/** What filled a slot. */
export interface SlotFill {
  kind: SlotKind;
  id: string;
  start: number;
  end: number;
}

/** A match: units `[start, end)`, every valid meaning, and the slot fill; made by `makeMatch`. */
export interface Match {
  start: number;
  end: number;
  /** Read only: often the trie node's own list. */
  finals: readonly Final[];
  slot: SlotFill | undefined;
}

/**
 * A match with every property, in one order, never written after: matches of a few shapes, or one whose
 * list was replaced, sent the code reading them (every step) back to the interpreter, to be compiled again.
 */
export function makeMatch(start: number, end: number, finals: readonly Final[], slot: SlotFill | undefined): Match {
  return { start, end, finals, slot };
}

interface SlotEdge {
  kind: SlotKind;
  node: Node;
}

/** A node of the trie (exported as a type for `Head`). */
export interface Node {
  next: Map<string, Node> | null;
  /** Edges that match only all-capital units ("as" of "AS", "pm" of "PM"), apart so a walk needs no key. */
  capsNext: Map<string, Node> | null;
  slots: SlotEdge[] | null;
  finals: Final[] | null;
}

/**
 * A trie as the lexicon cache stores it (lexicon-cache.ts): JSON that rebuilds in a few milliseconds what
 * compiling the data takes a quarter of a second to build. `nodes` is flat, in preorder: each node is a
 * header (`packHeader`), its finals as table indexes, then its edges, capitals-only edges and slot
 * edges, each a key followed by the child's node.
 */
export interface StoredTrie {
  nodes: Array<string | number>;
  firsts: string[];
  firstsUpper: string[];
  startsWithSlot: boolean;
}

/** A head's pre-check bit: some phrase starts with the norm in any case. */
const START_ANY = 1;
/** A head's pre-check bit: some phrase starts with the norm when it is capitalised. */
const START_UPPER = 2;
/** A head's bit: some phrase of a slot-filling trie starts with the norm (`seal`'s `also`). */
const START_SLOT = 4;

/** A first word of phrases: its pre-check bits and the root's edges for it, found in one lookup. */
export interface Head {
  flags: number;
  child: Node | undefined;
  capsChild: Node | undefined;
  /**
   * Every norm a phrase from this word can go on with, when none ends at it or goes on with a slot (null
   * otherwise): most words that start a phrase ("the") start none where they stand, and one lookup of the
   * next word tells so before a walk and its slot fills.
   */
  follow: Set<string> | null;
}

export { FILTER_SIZE, signature } from './signature.js';

/** 32-bit words of the first-word filter: two bits per signature (`START_ANY`, `START_UPPER`), 16 to a word (4 kB). */
const FILTER_WORDS = FILTER_SIZE >>> 4;

/**
 * Slots of the norms `headOf` last looked up, by the low bits of their signature (a power of two, at most
 * FILTER_SIZE): the words that pass the filter again and again are a few hundred, and a table the size of
 * the filter held a megabyte more for each thread.
 */
const SEEN_SIZE = 1 << 12;

/**
 * A second signature (second and last but one code units), checked after the first: a third of the words
 * that pass the first ("tie", "toe" beside "the") are no first word, and this turns most away.
 */
function innerSignature(norm: string): number {
  const n = norm.length;
  return n < 3 ? n : (((norm.charCodeAt(1) * 31 + norm.charCodeAt(n - 2)) * 31 + n) >>> 0) & (FILTER_SIZE - 1);
}

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
  /** `seal` was given the tries filling the slots, and flagged their first words `START_SLOT`. */
  private slotsSealed = false;
  /** First words by norm (`seal` builds them once every phrase is in). */
  private heads = new Map<string, Head>();
  /**
   * Signature bits of first words, two per signature (the scan reads this table at every word: in bits it
   * stays in the first-level cache): the low for `firsts`, the high for `firsts` and `firstsUpper`.
   */
  private readonly filter = new Int32Array(FILTER_WORDS);
  /** Signatures of first words by `innerSignature`, in either case. */
  private readonly innerFilter = signatureSet();
  /** The last norm `headOf` looked up at each signature, and what `heads` held for it (`seal` clears them). */
  private readonly seenNorms: string[] = new Array<string>(SEEN_SIZE).fill('');
  private readonly seenHeads: Array<Head | undefined> = new Array<Head | undefined>(SEEN_SIZE).fill(undefined);

  /** Adds a phrase given as norms; `caps[i]` marks norms that must be written in capitals. */
  insert(norms: string[], caps: boolean[], final: Final, slots: Array<SlotKind | null> = [], upperFirst = false): void {
    let at = this.root;
    if (slots[0]) this.startsWithSlot = true;
    else (upperFirst ? this.firstsUpper : this.firsts).add(norms[0]!);
    for (let i = 0; i < norms.length; i++) {
      const slot = slots[i];
      if (slot) {
        at.slots ??= [];
        let edge = at.slots.find((s) => s.kind === slot);
        if (!edge) at.slots.push((edge = { kind: slot, node: node() }));
        at = edge.node;
        continue;
      }
      const edges = caps[i] ? (at.capsNext ??= new Map()) : (at.next ??= new Map());
      let child = edges.get(norms[i]!);
      if (!child) edges.set(norms[i]!, (child = node()));
      at = child;
    }
    (at.finals ??= []).push(final);
  }

  /**
   * Builds the first-word lookup once every phrase is in. The first words of `also` (the tries filling
   * this one's slots) pass the pre-check too: "{country} PM" starts at "Malaysian".
   */
  seal(also: readonly TokenTrie[] = []): void {
    this.slotsSealed = also.length > 0;
    this.heads = new Map();
    this.filter.fill(0);
    this.innerFilter.fill(0);
    this.seenNorms.fill('');
    this.seenHeads.fill(undefined);
    for (const t of [this, ...also]) {
      const slot = t === this ? 0 : START_SLOT;
      for (const norm of t.firsts) this.mark(norm, START_ANY, slot);
      for (const norm of t.firstsUpper) this.mark(norm, START_UPPER, slot);
    }
    for (const [norm, head] of this.heads) head.follow = this.followers(norm, head, also);
  }

  /**
   * The norms a walk from `norm` may read next: those of its edges here and, where a slot at the root may
   * be filled from it, in the `also` tries; null when a walk may find a match without reading one more word.
   */
  private followers(norm: string, head: Head, also: readonly TokenTrie[]): Set<string> | null {
    const out = new Set<string>();
    const take = (at: Node | undefined, slotsToo: boolean): boolean => {
      if (at === undefined) return true;
      if (at.finals !== null || (slotsToo && at.slots !== null)) return false;
      if (at.next !== null) for (const k of at.next.keys()) out.add(k);
      if (at.capsNext !== null) for (const k of at.capsNext.keys()) out.add(k);
      return true;
    };
    if (!take(head.child, true) || !take(head.capsChild, true)) return null;
    if (this.root.slots !== null) {
      if (!this.slotsSealed) return null;
      // slot tries are walked without fills (`matchesFrom`): their slot edges are never taken
      if (head.flags & START_SLOT) for (const t of also) if (!take(t.root.next?.get(norm), false) || !take(t.root.capsNext?.get(norm), false)) return null;
    }
    return out;
  }

  /** No walk from unit `i` can match: the next unit is not a word of the sentence that `head.follow` holds. */
  private static deadEnd(head: Head, units: Unit[], i: number): boolean {
    const follow = head.follow;
    if (follow === null) return false;
    const v = units[i + 1];
    return v === undefined || v.sentence !== units[i]!.sentence || v.kind === 'punct' || !follow.has(v.norm);
  }

  private mark(norm: string, flag: number, slot: number): void {
    let head = this.heads.get(norm);
    if (!head) this.heads.set(norm, (head = { flags: 0, child: this.root.next?.get(norm), capsChild: this.root.capsNext?.get(norm), follow: null }));
    head.flags |= flag | slot;
    const sig = signature(norm);
    this.filter[sig >>> 4]! |= (flag === START_ANY ? 3 : 2) << ((sig & 15) << 1);
    addSignature(this.innerFilter, innerSignature(norm));
  }

  /** The trie as stored data; `finalIndex` numbers the finals (shared finals keep one number). */
  store(finalIndex: (f: Final) => number): StoredTrie {
    const nodes: Array<string | number> = [];
    storeNode(this.root, nodes, finalIndex);
    return { nodes, firsts: [...this.firsts], firstsUpper: [...this.firstsUpper], startsWithSlot: this.startsWithSlot };
  }

  /** A trie rebuilt from `store`'s data and the finals table it numbered; `seal` it as a compiled one. */
  static restore(stored: StoredTrie, finals: readonly Final[]): TokenTrie {
    const trie = new TokenTrie();
    restoreNode(trie.root, stored.nodes, 0, finals);
    for (const norm of stored.firsts) trie.firsts.add(norm);
    for (const norm of stored.firstsUpper) trie.firstsUpper.add(norm);
    trie.startsWithSlot = stored.startsWithSlot;
    return trie;
  }

  /** The first word at this unit when some phrase may start there (in `firsts`, or capitalised and in `firstsUpper`). */
  head(u: Unit): Head | undefined {
    return this.headOf(u, signature(u.norm));
  }

  /** `head` of a unit whose norm's `signature` the caller has already taken. */
  headOf(u: Unit, sig: number): Head | undefined {
    const bit = u.upper ? 2 : 1;
    if (((this.filter[sig >>> 4]! >>> ((sig & 15) << 1)) & bit) === 0) return undefined;
    const norm = u.norm;
    let head: Head | undefined;
    // the tokenizer gives a word met before the same string back, so the last norm seen at this signature
    // is most often this one, and one comparison stands for the second signature and the map's hashing
    const seen = sig & (SEEN_SIZE - 1);
    if (this.seenNorms[seen] === norm) head = this.seenHeads[seen];
    else {
      head = hasSignature(this.innerFilter, innerSignature(norm)) ? this.heads.get(norm) : undefined;
      this.seenNorms[seen] = norm;
      this.seenHeads[seen] = head;
    }
    return head !== undefined && (head.flags & START_ANY || (u.upper && head.flags & START_UPPER)) ? head : undefined;
  }

  /** True when some phrase may start with this unit (cheap pre-check). */
  starts(u: Unit): boolean {
    return this.head(u) !== undefined;
  }

  /** Every valid match starting at unit `i`, longest first (slot fills need them all). */
  matchesAt(units: Unit[], i: number, text: string, fill?: SlotFiller): Match[] {
    const w: Walk = { units, i, text, fill, sentence: units[i]!.sentence, ends: [], finals: [], slots: [], n: 0 };
    walk(this.root, w, i, undefined);
    return found(w);
  }

  /** `matchesAt` from the head of unit `i` (`head(units[i])`). */
  matchesFrom(head: Head, units: Unit[], i: number, text: string): Match[] {
    if (TokenTrie.deadEnd(head, units, i)) return NO_MATCHES;
    // the scratch walk (this runs at most words that start a country or organisation, and most find none)
    const w = this.scratch;
    w.units = units;
    w.i = i;
    w.text = text;
    w.fill = undefined;
    w.sentence = units[i]!.sentence;
    w.n = 0;
    this.walkHead(head, w);
    return w.n === 0 ? NO_MATCHES : found(w);
  }

  /** The longest valid match starting at unit `i`, or undefined. */
  longestAt(units: Unit[], i: number, text: string, fill?: SlotFiller): Match | undefined {
    return this.longest(undefined, units, i, text, fill);
  }

  /** `longestAt` from the head of unit `i` (`head(units[i])`), which saves the root's lookups. */
  longestFrom(head: Head, units: Unit[], i: number, text: string, fill?: SlotFiller): Match | undefined {
    return this.longest(head, units, i, text, fill);
  }

  private longest(head: Head | undefined, units: Unit[], i: number, text: string, fill: SlotFiller | undefined): Match | undefined {
    if (head !== undefined && TokenTrie.deadEnd(head, units, i)) return undefined;
    // one scratch walk per trie: this runs at every candidate word, so it must not allocate
    const w = this.scratch;
    w.units = units;
    w.i = i;
    w.text = text;
    w.fill = fill;
    w.sentence = units[i]!.sentence;
    w.n = 0;
    if (head) this.walkHead(head, w);
    else walk(this.root, w, i, undefined);
    w.fill = undefined;
    if (w.n === 0) return undefined;
    // the first of the longest; the shorter ones met on the way are never made into matches
    let best = 0;
    for (let k = 1; k < w.n; k++) if (w.ends[k]! > w.ends[best]!) best = k;
    return makeMatch(i, w.ends[best]!, w.finals[best]!, w.slots[best]);
  }

  /** The root's step of `walk`, its edges for the unit already looked up. */
  private walkHead(head: Head, w: Walk): void {
    const u = w.units[w.i]!;
    if (u.kind === 'punct') return;
    if (head.child !== undefined) walk(head.child, w, w.i + 1, undefined);
    if (head.capsChild !== undefined && allCaps(w.text, u)) walk(head.capsChild, w, w.i + 1, undefined);
    // a slot at the root is filled by the `also` tries: only where one of them may start
    if (this.root.slots !== null && w.fill !== undefined && (!this.slotsSealed || head.flags & START_SLOT)) walkSlots(this.root.slots, w, w.i);
  }

  private readonly scratch: Walk = { units: [], i: 0, text: '', fill: undefined, sentence: 0, ends: [], finals: [], slots: [], n: 0 };
}

/** No match (shared: never written to). */
const NO_MATCHES: Match[] = [];

/** Gives the matches of a slot at a unit. */
export type SlotFiller = (kind: SlotKind, j: number) => Match[];

interface Walk {
  units: Unit[];
  i: number;
  text: string;
  fill: SlotFiller | undefined;
  sentence: number;
  /**
   * Matches found, the first `n` of them, as their ends, meanings and slot fills side by side: a walk for the
   * longest makes a match of the one it returns only. The scratch walk's lists keep their room from walk to
   * walk (emptied by `n = 0`, not by fresh lists or a truncation, each of which costs an allocation later).
   */
  ends: number[];
  finals: Array<readonly Final[]>;
  slots: Array<SlotFill | undefined>;
  n: number;
}

/** The walk's matches, made, longest first (a list of the caller's own). */
function found(w: Walk): Match[] {
  const out: Match[] = [];
  for (let k = 0; k < w.n; k++) out.push(makeMatch(w.i, w.ends[k]!, w.finals[k]!, w.slots[k]));
  return out.length > 1 ? out.sort((a, b) => b.end - a.end) : out;
}

function walk(at: Node, w: Walk, j: number, slot: SlotFill | undefined): void {
  if (at.finals !== null && j > w.i) collect(at.finals, w, j, slot);
  const u = w.units[j];
  if (u === undefined || u.sentence !== w.sentence || u.kind === 'punct') return;
  if (at.next !== null) {
    const child = at.next.get(u.norm);
    if (child !== undefined) walk(child, w, j + 1, slot);
  }
  if (at.capsNext !== null) {
    const capsChild = at.capsNext.get(u.norm);
    if (capsChild !== undefined && allCaps(w.text, u)) walk(capsChild, w, j + 1, slot);
  }
  if (at.slots !== null && w.fill !== undefined && slot === undefined) walkSlots(at.slots, w, j);
}

function walkSlots(slots: SlotEdge[], w: Walk, j: number): void {
  for (const s of slots) {
    for (const m of w.fill!(s.kind, j)) walk(s.node, w, m.end, { kind: s.kind, id: idOf(m), start: m.start, end: m.end });
  }
}

function collect(finals: readonly Final[], w: Walk, j: number, slot: SlotFill | undefined): void {
  // the node's own list when every final holds, as most do: a copy only once one fails
  let valids: readonly Final[] | Final[] = finals;
  for (let k = 0; k < finals.length; k++) {
    const f = finals[k]!;
    if (valid(f, w.units, w.i, j, w.text)) {
      if (valids !== finals) (valids as Final[]).push(f);
    } else if (valids === finals) valids = finals.slice(0, k);
  }
  if (valids.length === 0) return;
  // "UN": the capitals-only edge and the plain edge end together
  const id = slot?.id;
  for (let k = 0; k < w.n; k++) {
    // a new list, never a push: the one there may be a node's
    if (w.ends[k] === j && w.slots[k]?.id === id) return void (w.finals[k] = w.finals[k]!.concat(valids));
  }
  w.ends[w.n] = j;
  w.finals[w.n] = valids;
  w.slots[w.n++] = slot;
}

function node(): Node {
  return { next: null, capsNext: null, slots: null, finals: null };
}

/** Counts of a node's finals (< 256), slot edges (< 16), capitals-only edges (< 256) and edges, in one number. */
function packHeader(at: Node): number {
  const finals = at.finals?.length ?? 0;
  const slots = at.slots?.length ?? 0;
  const caps = at.capsNext?.size ?? 0;
  if (finals > 255 || slots > 15 || caps > 255) throw new RangeError('trie node too wide to store');
  return (((at.next?.size ?? 0) * 256 + caps) * 16 + slots) * 256 + finals;
}

function storeNode(at: Node, out: Array<string | number>, finalIndex: (f: Final) => number): void {
  out.push(packHeader(at));
  if (at.finals !== null) for (const f of at.finals) out.push(finalIndex(f));
  if (at.next !== null) for (const [norm, child] of at.next) out.push(norm), storeNode(child, out, finalIndex);
  if (at.capsNext !== null) for (const [norm, child] of at.capsNext) out.push(norm), storeNode(child, out, finalIndex);
  if (at.slots !== null) for (const s of at.slots) out.push(s.kind), storeNode(s.node, out, finalIndex);
}

/** Reads the node at `stored[k]` into `at`; returns the index after it. */
function restoreNode(at: Node, stored: ReadonlyArray<string | number>, k: number, finals: readonly Final[]): number {
  let header = stored[k++] as number;
  const nFinals = header % 256;
  header = (header - nFinals) / 256;
  const nSlots = header % 16;
  header = (header - nSlots) / 16;
  const nCaps = header % 256;
  const nNext = (header - nCaps) / 256;
  if (nFinals > 0) {
    const own: Final[] = [];
    for (let n = 0; n < nFinals; n++) own.push(finals[stored[k++] as number]!);
    at.finals = own;
  }
  if (nNext > 0) {
    const map = new Map<string, Node>();
    for (let n = 0; n < nNext; n++) {
      const norm = stored[k++] as string;
      const child = node();
      k = restoreNode(child, stored, k, finals);
      map.set(norm, child);
    }
    at.next = map;
  }
  if (nCaps > 0) {
    const map = new Map<string, Node>();
    for (let n = 0; n < nCaps; n++) {
      const norm = stored[k++] as string;
      const child = node();
      k = restoreNode(child, stored, k, finals);
      map.set(norm, child);
    }
    at.capsNext = map;
  }
  if (nSlots > 0) {
    at.slots = [];
    for (let n = 0; n < nSlots; n++) {
      const kind = stored[k++] as SlotKind;
      const child = node();
      k = restoreNode(child, stored, k, finals);
      at.slots.push({ kind, node: child });
    }
  }
  return k;
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
