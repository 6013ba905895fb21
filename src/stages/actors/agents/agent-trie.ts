import type { Unit } from '../match-units.js';
import { addSignature, hasSignature, signature, signatureSet, type SignatureSet } from '../signature.js';
import type { AgentEntry } from './compile-agents.js';

interface Node {
  next: Map<string, Node> | null;
  entry: AgentEntry | null;
}

/** A match of an agent phrase over units `[start, end)`. */
export interface AgentMatch {
  start: number;
  end: number;
  entry: AgentEntry;
}

/** A trie of agent phrases over unit norms; each position walks at most the longest phrase. */
export class AgentTrie {
  private readonly root: Node = { next: null, entry: null };
  /** Norms a phrase may start with: the one-lookup pre-check of the step. */
  readonly firsts = new Set<string>();
  /** Signatures of `firsts`: most words share none, and are passed over without hashing. */
  readonly filter: SignatureSet = signatureSet();

  /** Adds a phrase given as norms ("pengunjuk", "rasa"); a later entry for the same phrase loses. */
  insert(norms: string[], entry: AgentEntry): void {
    if (norms.length === 0) return;
    this.firsts.add(norms[0]!);
    addSignature(this.filter, signature(norms[0]!));
    let at = this.root;
    for (const norm of norms) {
      at.next ??= new Map();
      let child = at.next.get(norm);
      if (!child) at.next.set(norm, (child = { next: null, entry: null }));
      at = child;
    }
    at.entry ??= entry;
  }

  /** Some phrase may start with this norm (`firsts`, through the signature filter). */
  starts(norm: string): boolean {
    return hasSignature(this.filter, signature(norm)) && this.firsts.has(norm);
  }

  /** The longest phrase starting at unit `i` over free units of one sentence ("police officers", not "police"). */
  longestAt(units: Unit[], i: number, covered: Uint8Array): AgentMatch | undefined {
    let at: Node | undefined = this.root;
    let best: AgentMatch | undefined;
    const sentence = units[i]!.sentence;
    for (let j = i; at?.next && j < units.length; j++) {
      const u = units[j]!;
      if (u.sentence !== sentence || u.kind === 'punct' || covered[j]) break;
      at = at.next.get(u.norm);
      if (at?.entry) best = { start: i, end: j + 1, entry: at.entry };
    }
    return best;
  }
}
