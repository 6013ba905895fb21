import type { ActorRef, Doc, Quote, Token } from '../../../core/doc.js';
import { firstAtLeast } from '../../../core/sorted.js';
import { actorsById } from '../actors-by-id.js';
import { firstTokenAt } from '../first-token-at.js';
import type { EventLexicon } from '../lexicon.js';
import { tokenKey } from '../phrase-trie.js';
import { toRef } from './06-build-drafts.js';

const CLOSE: Record<string, string> = { '“': '”', '«': '»', '„': '“', '"': '"' };
const MIN_WORDS = 3;
const REACH = 8;

/**
 * Finds direct quotes of three words or more and their speakers: `"…," said X`, `"…," ujarnya`,
 * `kata X`, `X said: "…"`, and a quote opening a paragraph attributed in the next sentence.
 * Enclitic or pronoun attributions (`ujarnya`, `he said`) go to the last speaker, else the last
 * person who acted in an event, else the last person named. Run after the events are coded.
 */
export function findQuotes(doc: Doc, lex: EventLexicon, owner: Int32Array): Quote[] {
  const quotes: Quote[] = [];
  const tokens = doc.tokens ?? [];
  const mentions = doc.mentions ?? [];
  const actors = actorsById(doc);
  const refAt = (ti: number): ActorRef | null => {
    const mi = owner[ti] ?? -1;
    const m = mi < 0 ? undefined : mentions[mi];
    const actor = m && !m.modifier ? actors.get(m.actorIds[0] ?? '') : undefined;
    return m && actor ? toRef(actor, m.code) : null;
  };
  let lastSpeaker: ActorRef | null = null;
  const openers = openerOffsets(doc.text);
  for (const p of doc.paragraphs ?? []) {
    for (const q of scanQuotes(doc.text, openers, p.start, p.end)) {
      if (!hasWords(doc.text, q.start, q.end, MIN_WORDS)) continue;
      const after = firstTokenAt(tokens, q.end + 1);
      const before = firstTokenAt(tokens, q.start - 1) - 1;
      const speaker: ActorRef | null = speakerAfter(tokens, after, lex, refAt) ?? speakerBefore(tokens, before, lex, refAt)
        ?? speakerInSentence(tokens, before, lex, refAt) ?? attributedAfter(tokens, after, lex, refAt)
        ?? (isVerbNear(tokens, after, lex) || isVerbNear(tokens, before, lex, -1) ? lastSpeaker ?? lastAgent(doc, q.start) ?? lastPerson(doc, q.start, actors) : null);
      if (speaker) lastSpeaker = speaker;
      quotes.push({ speaker, text: doc.text.slice(q.start, q.end), start: q.start, end: q.end });
    }
  }
  return quotes;
}

/** `text` holds `n` words or more in [from, to): runs without white space, counted up to `n` (no copy, no split). */
function hasWords(text: string, from: number, to: number, n: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord && ++words >= n) return true;
    inWord = !space;
  }
  return false;
}

/** What `\s` matches: the white space and line terminators of ECMAScript. */
function isSpace(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Offsets of every opening quotation mark of the text, in order: found once, not once per paragraph. */
function openerOffsets(text: string): number[] {
  const out: number[] = [];
  // one native search per mark, not a regex match object per mark found nor a loop over every character
  let kinds = 0;
  for (const mark of OPENERS) {
    const before = out.length;
    for (let i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + 1)) out.push(i);
    if (out.length > before) kinds++;
  }
  if (kinds > 1) out.sort(byNumber);
  return out;
}

const OPENERS = ['"', '“', '«', '„'];
const byNumber = (a: number, b: number): number => a - b;

/** Inner spans of quotation pairs within [from, to). */
function scanQuotes(text: string, openers: readonly number[], from: number, to: number): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let o = firstAtLeast(openers, from);
  for (let i = from; i < to; i++) {
    while (o < openers.length && openers[o]! < i) o++;
    if (o >= openers.length || openers[o]! >= to) break;
    i = openers[o]!;
    const close = CLOSE[text[i]!];
    if (!close) continue;
    const j = text.indexOf(close, i + 1);
    if (j < 0 || j >= to) break;
    let end = j;
    while (end > i + 1 && /[\s,;:]/.test(text[end - 1]!)) end--; // '"… forever," he said' keeps no comma
    if (end > i + 1) out.push({ start: i + 1, end });
    i = j;
  }
  return out;
}

/** `"…," said X` / `"…," X said` / `"…," kata X` / `"…," ujarnya` (null for the enclitic: caller decides). */
function speakerAfter(tokens: readonly Token[], from: number, lex: EventLexicon, refAt: (i: number) => ActorRef | null): ActorRef | null {
  let verb = false;
  for (let i = from; i < Math.min(tokens.length, from + REACH); i++) {
    const t = tokens[i]!;
    if (t.kind === 'punct' && /[.!?]/.test(t.norm)) break;
    if (lex.quoteVerbs.has(tokenKey(t.norm))) verb = true;
    const ref = refAt(i);
    if (ref && (verb || isVerbNear(tokens, i + 1, lex))) return ref;
  }
  return null;
}

/** `X said: "…"` / `X mengatakan, "…"`. */
function speakerBefore(tokens: readonly Token[], from: number, lex: EventLexicon, refAt: (i: number) => ActorRef | null): ActorRef | null {
  if (!isVerbNear(tokens, from, lex, -1)) return null;
  for (let i = from; i >= Math.max(0, from - REACH); i--) {
    const ref = refAt(i);
    if (ref) return ref;
  }
  return null;
}

/** `Putin mengatakan “…” dan “…”`: a speaker with a speech verb earlier in the quote's sentence. */
function speakerInSentence(tokens: readonly Token[], from: number, lex: EventLexicon, refAt: (i: number) => ActorRef | null): ActorRef | null {
  const sentence = tokens[from]?.sentence;
  for (let i = from; i >= Math.max(0, from - 60) && tokens[i]!.sentence === sentence; i--) {
    if (!lex.quoteVerbs.has(tokenKey(tokens[i]!.norm))) continue;
    for (let k = i - 1; k >= 0 && tokens[k]!.sentence === sentence && k >= i - REACH; k--) {
      const ref = refAt(k);
      if (ref) return ref;
    }
  }
  return null;
}

/** `"…," according to the Kremlin` / `menurut pembacaan Kremlin`: the named source. */
function attributedAfter(tokens: readonly Token[], from: number, lex: EventLexicon, refAt: (i: number) => ActorRef | null): ActorRef | null {
  const words = tokens.slice(from, from + REACH).map((t) => tokenKey(t.norm));
  for (let i = 0; i < Math.min(3, words.length); i++) {
    if (!lex.attribution.longest(words, i)) continue;
    for (let k = from + i; k < Math.min(tokens.length, from + REACH); k++) {
      const ref = refAt(k);
      if (ref) return ref;
    }
  }
  return null;
}

/** A speech verb within three tokens of `i`, going forward (or backward with step -1). */
function isVerbNear(tokens: readonly Token[], i: number, lex: EventLexicon, step: 1 | -1 = 1): boolean {
  for (let k = 0, j = i; k < 3 && j >= 0 && j < tokens.length; k++, j += step) {
    if (lex.quoteVerbs.has(tokenKey(tokens[j]!.norm))) return true;
  }
  return false;
}

/** The person who last did something in the text before `offset` ("Prabowo received Albanese. "…," ujarnya"). */
function lastAgent(doc: Doc, offset: number): ActorRef | null {
  const before = (doc.events ?? []).filter((e) => e.source?.kind === 'person' && (e.evidence[0]?.start ?? Infinity) < offset);
  before.sort((a, b) => a.evidence[0]!.start - b.evidence[0]!.start);
  return before.at(-1)?.source ?? null;
}

function lastPerson(doc: Doc, before: number, actors: ReadonlyMap<string, import('../../../core/doc.js').Actor>): ActorRef | null {
  const m = (doc.mentions ?? []).filter((x) => x.end <= before && !x.modifier && actors.get(x.actorIds[0] ?? '')?.kind === 'person').at(-1);
  const actor = m ? actors.get(m.actorIds[0]!) : undefined;
  return m && actor ? toRef(actor, m.code) : null;
}
