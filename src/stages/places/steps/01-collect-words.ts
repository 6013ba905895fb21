import type { Doc } from '../../../core/doc.js';
import { firstTokenStartingAt } from '../../../core/sorted.js';
import { findSpanIndex } from '../../../core/span.js';
import { hasWordJoiner } from '../gaps.js';
import { normWord, splitWords, type Word } from '../normalize.js';

/**
 * The body's words in the form the lexicon is keyed in. Uses the sentences stage's tokens when there
 * are any, re-splitting a token whose norm joins words (`al-faisal` → `al`, `faisal`); otherwise splits
 * each sentence itself, so the stage works on any Doc that has sentences.
 */
export function collectWords(doc: Doc): Word[] {
  // The dateline is metadata, not body text, even when a sentence splitter's span covers it.
  const d = doc.dateline;
  const tokens = doc.tokens ?? [];
  if (tokens.length === 0) {
    const out: Word[] = [];
    (doc.sentences ?? []).forEach((s, i) => splitWords(doc.text, s.start, s.end, i, out));
    return d ? out.filter((w) => w.end <= d.start || w.start >= d.end) : out;
  }
  // Outside this range a token is wholly before or after the dateline (tokens lie in text order), so only
  // the tokens inside it are tested, and the list is not copied again to leave the dateline out.
  const [skipFrom, skipTo] = d ? [firstTokenStartingAt(tokens, d.start) - 1, firstTokenStartingAt(tokens, d.end)] : [tokens.length, 0];
  // Sized once for every token: growing the list word by word allocated more than the stage kept.
  const out: Word[] = new Array<Word>(tokens.length);
  let n = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'punct') continue;
    const inDateline = i >= skipFrom && i < skipTo;
    // "Guinea-Bissau" as one token: split it so names match word by word. Lower-case tokens start
    // no name ("pro-moscow" is no place mention), so only capitalised ones pay for the test.
    if (t.upper && hasWordJoiner(t.norm)) {
      for (const w of splitWords(doc.text, t.start, t.end, t.sentence)) if (!inDateline || w.end <= d!.start || w.start >= d!.end) out[n++] = w;
      continue;
    }
    if (inDateline && t.end > d!.start && t.start < d!.end) continue;
    // A token has every field of a Word: reuse it rather than copy.
    out[n++] = t.norm ? t : { start: t.start, end: t.end, norm: normWord(doc.text.slice(t.start, t.end)), sentence: t.sentence };
  }
  out.length = n;
  return out;
}

/** Sentence index of an offset, or -1 (the dateline lies outside every body sentence). */
export function sentenceAt(doc: Doc, offset: number): number {
  return findSpanIndex(doc.sentences ?? [], offset);
}
