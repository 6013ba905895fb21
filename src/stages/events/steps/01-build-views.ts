import type { Doc, Mention, Token } from '../../../core/doc.js';
import { firstTokenAt } from '../first-token-at.js';
import type { EventLexicon } from '../lexicon.js';
import { tokenKey } from '../phrase-trie.js';
import type { SentenceView } from '../types.js';

/**
 * Builds one view per sentence: match keys, the mention covering each word (agents preferred to
 * modifiers, longer to shorter), and the words inside attributions (`according to the Kremlin`).
 */
export function buildViews(doc: Doc, lex: EventLexicon): SentenceView[] {
  const sentences = doc.sentences ?? [];
  const tokens = doc.tokens ?? [];
  const views: SentenceView[] = sentences.map((s, index) => ({
    index, start: s.start, end: s.end, paragraph: s.paragraph, title: s.title === true,
    words: [], tok: [], mention: new Int32Array(0), attributed: new Uint8Array(0),
  }));
  tokens.forEach((t, i) => {
    const view = views[t.sentence];
    if (!view) return;
    for (const key of tokenKeys(t)) {
      view.words.push(key);
      view.tok.push(i);
    }
  });
  const owner = mentionOwners(doc.mentions ?? [], tokens);
  for (const view of views) {
    view.mention = Int32Array.from(view.tok, (t) => owner[t] ?? -1);
    view.attributed = markAttributions(view, lex);
  }
  return views;
}

/** Keys of one token; punctuation keeps its character so `,` and `;` can be matched. */
function tokenKeys(t: Token): string[] {
  if (t.kind === 'punct') return t.norm === '-' ? [] : [t.norm];
  const key = tokenKey(t.norm);
  return key.includes(' ') ? key.split(' ') : [key || t.norm];
}

/** For each token, the mention covering it (an agent beats a modifier, a longer span a shorter one). */
export function mentionOwners(mentions: readonly Mention[], tokens: readonly Token[]): Array<number | undefined> {
  const owner: Array<number | undefined> = new Array(tokens.length);
  const rank = (m: Mention) => (m.modifier ? 0 : 1_000_000) + (m.end - m.start);
  mentions.forEach((m, mi) => {
    if (m.actorIds.length === 0) return;
    for (let t = firstTokenAt(tokens, m.start); t < tokens.length && tokens[t]!.start < m.end; t++) {
      const cur = owner[t];
      if (cur === undefined || rank(m) > rank(mentions[cur]!)) owner[t] = mi;
    }
  });
  return owner;
}

/**
 * "according to Hua Chunying, the spokeswoman" / "menurut media pemerintah": from the cue to the
 * clause end, or to the first comma after a named source ("according to the Kremlin, Putin met …").
 */
function markAttributions(view: SentenceView, lex: EventLexicon): Uint8Array {
  const out = new Uint8Array(view.words.length);
  for (let i = 0; i < view.words.length; i++) {
    const hit = lex.attribution.longest(view.words, i);
    if (!hit) continue;
    let named = false;
    const fronted = i === 0 || view.words[i - 1] === '"';
    let j = i;
    for (; j < view.words.length; j++) {
      const w = view.words[j]!;
      // "According to the Elysee, Macron urged …": a fronted attribution ends at its comma
      if (j >= i + hit.length && (lex.clauseBreaks.has(w) || ((named || fronted) && w === ','))) break;
      if (view.mention[j]! >= 0) named = true;
      out[j] = 1;
    }
    i = j;
  }
  return out;
}
