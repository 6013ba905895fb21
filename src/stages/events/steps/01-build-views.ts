import type { Doc, Mention, Token } from '../../../core/doc.js';
import { firstTokenAt } from '../first-token-at.js';
import { LEAD, type EventLexicon } from '../lexicon.js';
import { tokenKey } from '../phrase-trie.js';
import type { SentenceView } from '../types.js';

/**
 * Builds one view per sentence: match keys, the mention covering each word (agents preferred to
 * modifiers, longer to shorter), and the words inside attributions (`according to the Kremlin`).
 */
export function buildViews(doc: Doc, lex: EventLexicon, owner: Int32Array): SentenceView[] {
  const sentences = doc.sentences ?? [];
  const tokens = doc.tokens ?? [];
  const views: SentenceView[] = new Array(sentences.length);
  for (let index = 0; index < sentences.length; index++) {
    const s = sentences[index]!;
    views[index] = {
      index, start: s.start, end: s.end, paragraph: s.paragraph, title: s.title === true,
      words: [], tok: [], mention: NO_MENTIONS, attributed: NO_MARKS, leads: NO_MARKS,
    };
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const view = views[t.sentence];
    if (!view) continue;
    // punctuation keeps its character so `,` and `;` can be matched; a hyphen token is no word
    if (t.kind === 'punct') {
      if (t.norm === '-') continue;
      view.words.push(t.norm);
      view.tok.push(i);
      continue;
    }
    const key = tokenKey(t.norm);
    if (key.includes(' ')) {
      for (const part of key.split(' ')) {
        view.words.push(part);
        view.tok.push(i);
      }
    } else {
      view.words.push(key || t.norm);
      view.tok.push(i);
    }
  }
  // one buffer per doc, sliced per sentence: a typed array of its own per sentence costs an allocation outside the heap
  let total = 0;
  for (const view of views) total += view.words.length;
  const mentionBuf = new Int32Array(total);
  const attributedBuf = new Uint8Array(total);
  const leadsBuf = new Uint8Array(total);
  let at = 0;
  for (const view of views) {
    const n = view.words.length;
    const mention = mentionBuf.subarray(at, at + n);
    const leads = leadsBuf.subarray(at, at + n);
    for (let k = 0; k < n; k++) {
      mention[k] = owner[view.tok[k]!]!;
      leads[k] = lex.leads.get(view.words[k]!) ?? 0;
    }
    view.mention = mention;
    view.leads = leads;
    view.attributed = attributedBuf.subarray(at, at + n);
    markAttributions(view, lex);
    at += n;
  }
  return views;
}

const NO_MENTIONS = new Int32Array(0);
const NO_MARKS = new Uint8Array(0);

/** For each token, the index of the mention covering it, or -1 (an agent beats a modifier, a longer span a shorter one). */
export function mentionOwners(mentions: readonly Mention[], tokens: readonly Token[]): Int32Array {
  const owner = new Int32Array(tokens.length).fill(-1);
  for (let mi = 0; mi < mentions.length; mi++) {
    const m = mentions[mi]!;
    if (m.actorIds.length === 0) continue;
    const r = rank(m);
    for (let t = firstTokenAt(tokens, m.start); t < tokens.length && tokens[t]!.start < m.end; t++) {
      const cur = owner[t]!;
      if (cur < 0 || r > rank(mentions[cur]!)) owner[t] = mi;
    }
  }
  return owner;
}

function rank(m: Mention): number {
  return (m.modifier ? 0 : 1_000_000) + (m.end - m.start);
}

/**
 * "according to Hua Chunying, the spokeswoman" / "menurut media pemerintah": from the cue to the
 * clause end, or to the first comma after a named source ("according to the Kremlin, Putin met …").
 */
function markAttributions(view: SentenceView, lex: EventLexicon): void {
  const out = view.attributed;
  for (let i = 0; i < view.words.length; i++) {
    if ((view.leads[i]! & LEAD.attribution) === 0) continue;
    const length = lex.attribution.lengthAt(view.words, i);
    if (length === 0) continue;
    let named = false;
    const fronted = i === 0 || view.words[i - 1] === '"';
    let j = i;
    for (; j < view.words.length; j++) {
      const w = view.words[j]!;
      // "According to the Elysee, Macron urged …": a fronted attribution ends at its comma
      if (j >= i + length && (lex.clauseBreaks.has(w) || ((named || fronted) && w === ','))) break;
      if (view.mention[j]! >= 0) named = true;
      out[j] = 1;
    }
    i = j;
  }
}
