import type { Doc, Mention, Sentence, Token } from '../../../core/doc.js';
import { firstTokenAt } from '../first-token-at.js';
import { LEAD, type EventLexicon } from '../lexicon.js';
import { tokenKey } from '../phrase-trie.js';
import type { SentenceView } from '../types.js';
import { isPunct } from './arguments-scan.js';

/**
 * Builds one view per sentence: match keys, the mention covering each word (agents preferred to
 * modifiers, longer to shorter), the phrase lists that may start at each word, and the words inside
 * attributions (`according to the Kremlin`). The views' word layers are reused by the next call: read
 * them before building another doc's views.
 */
export function buildViews(doc: Doc, lex: EventLexicon, owner: Int32Array): SentenceView[] {
  const sentences = doc.sentences ?? [];
  const tokens = doc.tokens ?? [];
  // first pass: each token's words, and how many words the doc holds
  const entries = tokens.length <= SCRATCH_LIMIT ? scratch : new Array<WordEntry>(tokens.length);
  const caches = cachesOf(lex);
  let total = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "India–Pakistan": an en dash joining two words is a hyphen, with no word of its own
    const entry = t.kind === 'punct' && t.norm === EN_DASH && joinsWords(tokens, i) ? NO_WORDS : wordEntry(lex, caches, t);
    entries[i] = entry;
    total += entry.count;
  }
  // one buffer per doc, sliced per sentence: a typed array of its own per sentence costs an allocation outside the heap
  const buffers = wordBuffers(total);
  const views: SentenceView[] = new Array(sentences.length);
  // tokens come sentence by sentence (the sentences stage tokenizes each in turn), so each sentence's words are one run
  // of tokens, counted and then copied in place: no per-sentence counters indexed at every token
  let i = 0;
  let at = 0;
  for (let index = 0; index < sentences.length; index++) {
    while (i < tokens.length && tokens[i]!.sentence < index) i++;
    let end = i;
    let n = 0;
    for (; end < tokens.length && tokens[end]!.sentence === index; end++) n += entries[end]!.count;
    const view = emptyView(index, sentences[index]!, buffers, at, n);
    fillWords(view, tokens, entries, owner, i, end);
    markAttributions(view, lex);
    views[index] = view;
    i = end;
    at += n;
  }
  return views;
}

/** A sentence's view with word lists made at their final size `n`, its layers the buffers' words from `at`. */
function emptyView(index: number, s: Sentence, buffers: WordBuffers, at: number, n: number): SentenceView {
  return {
    index, start: s.start, end: s.end, paragraph: s.paragraph, title: s.title === true, words: new Array<string>(n), tok: new Array<number>(n),
    mention: buffers.mention.subarray(at, at + n), attributed: buffers.attributed.subarray(at, at + n), leads: buffers.leads.subarray(at, at + n),
  };
}

/** Copies the words of tokens [from, to) into the view, with the mention covering each and its `LEAD` bits. */
function fillWords(view: SentenceView, tokens: readonly Token[], entries: readonly WordEntry[], owner: Int32Array, from: number, to: number): void {
  const { words, tok, mention, leads } = view;
  // where the word after a joining hyphen goes, if one was just passed
  let hyphenAt = -1;
  let k = 0;
  for (let i = from; i < to; i++) {
    const entry = entries[i]!;
    if (entry.count === 1) {
      words[k] = entry.key;
      tok[k] = i;
      mention[k] = owner[i]!;
      leads[k] = entry.lead;
      k++;
    } else {
      for (let p = 0; p < entry.count; p++) {
        words[k] = entry.keys[p]!;
        tok[k] = i;
        mention[k] = owner[i]!;
        leads[k] = entry.leads[p]!;
        k++;
      }
    }
    // a hyphen has no word of its own: the word it joins to the one before carries it ("government-held")
    if (entry === NO_WORDS) hyphenAt = joined(tokens, i) ? k : -1;
    else if (hyphenAt >= 0) {
      if (hyphenAt === k - entry.count) leads[hyphenAt] = leads[hyphenAt]! | LEAD.hyphenBefore;
      hyphenAt = -1;
    }
  }
}

/** The word layers of a doc's views, one slot per word. */
interface WordBuffers {
  mention: Int32Array;
  attributed: Uint8Array;
  leads: Uint16Array;
}

// Buffers reused by every doc of their size or smaller: views live only while the stage runs on one doc, and
// each typed array of more than 64 bytes made per doc is allocated outside the heap, which showed in profiles.
let shared: WordBuffers = { mention: new Int32Array(4096), attributed: new Uint8Array(4096), leads: new Uint16Array(4096) };

/** Buffers of `total` words, attributions cleared (every mention and lead slot is written by `buildViews`). */
function wordBuffers(total: number): WordBuffers {
  if (total > SCRATCH_LIMIT) return { mention: new Int32Array(total), attributed: new Uint8Array(total), leads: new Uint16Array(total) };
  if (total > shared.mention.length) {
    const n = Math.min(SCRATCH_LIMIT, Math.max(total, shared.mention.length * 2));
    shared = { mention: new Int32Array(n), attributed: new Uint8Array(n), leads: new Uint16Array(n) };
  }
  shared.attributed.fill(0, 0, total);
  return shared;
}

/** Token `i` touches the tokens on both sides, in one sentence ("government-held", not "Chile - the country"). */
function joined(tokens: readonly Token[], i: number): boolean {
  const [a, t, b] = [tokens[i - 1], tokens[i]!, tokens[i + 1]];
  return a !== undefined && b !== undefined && a.end === t.start && t.end === b.start && a.sentence === t.sentence && b.sentence === t.sentence;
}

const EN_DASH = '\u2013';

/** Token `i` is joined to words on both sides ("India–Pakistan", not "1990–2000" nor "Chile – the country"). */
function joinsWords(tokens: readonly Token[], i: number): boolean {
  return joined(tokens, i) && tokens[i - 1]!.kind === 'word' && tokens[i + 1]!.kind === 'word';
}

// One list of token entries reused by every doc of its size or smaller: a doc's own would be garbage at once.
const SCRATCH_LIMIT = 100_000;
const scratch: WordEntry[] = [];

/**
 * A token's match keys and their `LEAD` bits. The first key and its bits are fields of their own: most tokens
 * are one key, and the view is filled from the entry without reaching into its lists.
 */
interface WordEntry {
  count: number;
  key: string;
  lead: number;
  keys: readonly string[];
  leads: readonly number[];
}

const NO_WORDS: WordEntry = { count: 0, key: '', lead: 0, keys: [], leads: [] };

// Per lexicon, word and punctuation entries by normalised form: an article repeats its words, a corpus its vocabulary.
// The first forms seen stay (a corpus's common words come early); 65,536 entries are about 14 MB of a worker's heap, where
// 200,000 filled with one-off numbers and names over 100,000 articles and grew each worker by some 70 MB.
const wordCaches = new WeakMap<EventLexicon, WordCaches>();
const CACHE_LIMIT = 65_536;

interface WordCaches {
  words: Map<string, WordEntry>;
  punct: Map<string, WordEntry>;
}

function cachesOf(lex: EventLexicon): WordCaches {
  let caches = wordCaches.get(lex);
  if (!caches) wordCaches.set(lex, (caches = { words: new Map(), punct: new Map() }));
  return caches;
}

/**
 * Keys of one token with their `LEAD` bits: punctuation keeps its character so `,` and `;` can be
 * matched (a hyphen is no word); a word holding a hyphen or a space gives several keys.
 */
function wordEntry(lex: EventLexicon, caches: WordCaches, t: Token): WordEntry {
  const punct = t.kind === 'punct';
  const cache = punct ? caches.punct : caches.words;
  let entry = cache.get(t.norm);
  if (entry !== undefined) return entry;
  let keys: string[];
  if (punct) keys = t.norm === '-' ? [] : [t.norm];
  else {
    const key = tokenKey(t.norm);
    keys = key.includes(' ') ? key.split(' ') : [key || t.norm];
  }
  // pushed, not mapped: an optimised map() makes a holey list, and the loop reading entries would deoptimise on it;
  // one key, the common case, is a list of its exact length (a push reserves 17 places, kept as long as the entry)
  let leads: number[];
  if (keys.length === 1) leads = [(lex.leads.get(keys[0]!) ?? 0) | encliticBit(lex, keys[0]!)];
  else {
    leads = [];
    for (const k of keys) leads.push((lex.leads.get(k) ?? 0) | encliticBit(lex, k));
  }
  entry = keys.length === 0 ? NO_WORDS : { count: keys.length, key: keys[0]!, lead: leads[0]!, keys, leads };
  if (cache.size < CACHE_LIMIT) cache.set(t.norm, entry);
  return entry;
}


/** `LEAD.enclitic` when the word is a one-word trigger under one of the pack's enclitics, else 0 (read once per word). */
function encliticBit(lex: EventLexicon, w: string): number {
  for (const e of lex.enclitics) {
    if (w.length > e.length + 3 && w.endsWith(e) && lex.triggers.wordValue(w.slice(0, -e.length)) !== undefined) return LEAD.enclitic;
  }
  return 0;
}

/**
 * For each token, the index of the mention covering it, or -1 (an agent beats a modifier, a longer span a
 * shorter one). The list is reused by the next call: read it before building another doc's owners.
 */
export function mentionOwners(mentions: readonly Mention[], tokens: readonly Token[]): Int32Array {
  // reused, as the word buffers are: the owners serve the stage's run on one doc only
  if (tokens.length > ownerScratch.length && tokens.length <= SCRATCH_LIMIT) ownerScratch = new Int32Array(Math.min(SCRATCH_LIMIT, Math.max(tokens.length, ownerScratch.length * 2)));
  const owner = tokens.length <= SCRATCH_LIMIT ? ownerScratch.subarray(0, tokens.length) : new Int32Array(tokens.length);
  owner.fill(-1);
  // mentions come in text order: each one's first token is found walking on from the last one's, through tokens
  // laid out one after another, where a binary search per mention missed the cache at every step
  let from = 0;
  let lastStart = 0;
  for (let mi = 0; mi < mentions.length; mi++) {
    const m = mentions[mi]!;
    if (m.actorIds.length === 0) continue;
    const r = rank(m);
    if (m.start < lastStart) from = firstTokenAt(tokens, m.start);
    else while (from < tokens.length && tokens[from]!.end <= m.start) from++;
    lastStart = m.start;
    for (let t = from; t < tokens.length && tokens[t]!.start < m.end; t++) {
      const cur = owner[t]!;
      if (cur < 0 || r > rank(mentions[cur]!)) owner[t] = mi;
    }
  }
  return owner;
}

let ownerScratch = new Int32Array(4096);

function rank(m: Mention): number {
  return (m.modifier ? 0 : 1_000_000) + (m.end - m.start);
}

/**
 * "according to Mao Ning, the spokeswoman" / "menurut media pemerintah": from the cue to the
 * clause end, or to the first comma after a named source ("according to the Kremlin, Putin met …").
 */
function markAttributions(view: SentenceView, lex: EventLexicon): void {
  const out = view.attributed;
  if (lex.witnessAfterFirst.size > 0) markOnlookers(view, lex);
  for (let i = 0; i < view.words.length; i++) {
    if ((view.leads[i]! & LEAD.attribution) === 0) continue;
    const length = lex.attribution.lengthAt(view.words, i);
    if (length === 0) {
      i = markMedium(view, lex, i);
      continue;
    }
    let named = false;
    const fronted = i === 0 || view.words[i - 1] === '"';
    const onlookers = lex.witnessCues.lengthAt(view.words, i) === length;
    let j = i;
    for (; j < view.words.length; j++) {
      const w = view.words[j]!;
      // "According to the Elysee, Macron urged …": a fronted attribution ends at its comma
      // "in the presence of Saied, von der Leyen and Meloni": onlookers go on through their list
      if (j >= i + length && (lex.clauseBreaks.has(w) || ((named || fronted) && w === ',' && !(onlookers && listGoesOn(view, j + 1))))) break;
      if (view.mention[j]! >= 0) named = true;
      out[j] = 1;
    }
    i = j;
  }
  markTrailingSpeaker(view, lex);
}

/** Words a list item may take after its comma before its name ("European Commission President Ursula von der Leyen"). */
const LIST_ITEM_WORDS = 6;

/**
 * The words after a comma are one more item of a list: a name, a few words such as a title before it, and after it
 * only the list's end or its next item ("…, Meloni and Rutte."); a name with more words after it opens a clause
 * ("…, and von der Leyen said …").
 */
function listGoesOn(view: SentenceView, from: number): boolean {
  const { words } = view;
  let k = from;
  while (k < words.length && view.mention[k]! < 0) {
    if (k >= from + LIST_ITEM_WORDS || words[k] === ',' || (view.leads[k]! & (LEAD.clauseBreak | LEAD.trigger)) !== 0) return false;
    k++;
  }
  if (k === words.length) return false;
  while (k < words.length && view.mention[k]! >= 0) k++;
  if (k === words.length) return true;
  const w = words[k]!;
  return isPunct(w) || (view.leads[k]! & LEAD.coordinator) !== 0;
}

/**
 * "Chinese state media said Xi met …", "said in a statement that …", "kantor berita Xinhua melaporkan …": a medium,
 * with the name right after it, or a verb of reporting reports the clause, which is still read. Returns the last
 * word marked (or `i`).
 */
function markMedium(view: SentenceView, lex: EventLexicon, i: number): number {
  const cue = lex.attributionMedia.longest(view.words, i);
  if (cue === null) return i;
  let end = i + cue.length;
  // "melaporkan Xi Jinping bertemu …": the name after a verb of reporting is the clause's subject
  const named = cue.value && end < view.words.length ? view.mention[end]! : -1;
  if (named >= 0) while (end < view.words.length && view.mention[end] === named) end++;
  for (let k = i; k < end; k++) view.attributed[k] = 1;
  return end - 1;
}

/** Words a trailing speaker's phrase may take ("the spokesman for the Chinese foreign ministry"). */
const SPEAKER_WORDS = 8;
/** Words after a trailing speech verb before the sentence ends ("said in a statement on Monday."). */
const SPEECH_TAIL = 6;

/**
 * "…, South Korea's military said." / "…, kata juru bicara Kemlu China.": a speaker named after the last comma
 * reports the sentence and takes no part in what it reports.
 */
function markTrailingSpeaker(view: SentenceView, lex: EventLexicon): void {
  const { words } = view;
  let comma = -1;
  for (let k = words.length - 1; k >= Math.max(0, words.length - SPEAKER_WORDS - SPEECH_TAIL - 2); k--) {
    if (words[k] === ',') {
      comma = k;
      break;
    }
  }
  if (comma <= 0) return;
  let verb = -1;
  let named = false;
  for (let k = comma + 1; k < words.length; k++) {
    const w = words[k]!;
    // the view's bits, not the pack's sets: this runs past the last comma of every sentence
    const leads = view.leads[k]!;
    if ((leads & LEAD.clauseBreak) !== 0 || w === '"' || w === '“' || w === '”') return;
    if ((leads & LEAD.quoteVerb) !== 0) {
      verb = k;
      break;
    }
    if (view.mention[k]! >= 0) named = true;
  }
  if (verb < 0) return;
  // the speaker stands before the verb ("X said") or after it ("kata X"), never both ways in one phrase
  const before = named && verb - comma - 1 <= SPEAKER_WORDS && words.length - verb - 1 <= SPEECH_TAIL;
  let after = false;
  if (!before && verb === comma + 1 && words.length - verb - 1 <= SPEAKER_WORDS) {
    // "…, said Bolivia had shelled it": a verb after the speaker makes the rest a reported clause
    for (let k = verb + 1; k < words.length; k++) {
      if ((view.leads[k]! & LEAD.trigger) !== 0) return;
      if (view.mention[k]! >= 0) after = true;
    }
  }
  if (!before && !after) return;
  // "The region must stay calm, Sugiono said.": with no act before it, the speech is the sentence's event
  if (!reportsAct(view, lex, comma)) return;
  const end = before ? verb + 1 : words.length;
  for (let k = comma + 1; k < end; k++) view.attributed[k] = 1;
}

/** Some trigger before word `end` reports an act, not a statement or a demand, which need their speaker. */
function reportsAct(view: SentenceView, lex: EventLexicon, end: number): boolean {
  for (let k = 0; k < end; k++) {
    if ((view.leads[k]! & LEAD.trigger) === 0) continue;
    const trigger = lex.triggers.longestValue(view.words, k);
    if (trigger !== undefined && trigger.pattern !== 'speech' && trigger.pattern !== 'demand') return true;
  }
  return false;
}

/** Words back from an onlookers' cue to the word opening their clause ("as Trump looks on"). */
const ONLOOKER_REACH = 12;

/** "signed the deal as Trump looks on", "with X and Y looking on": the onlookers take no part in the act. */
function markOnlookers(view: SentenceView, lex: EventLexicon): void {
  const { words } = view;
  for (let i = 1; i < words.length; i++) {
    if ((view.leads[i]! & LEAD.witnessAfter) === 0) continue;
    const length = lex.witnessAfter.lengthAt(words, i);
    if (length === 0) continue;
    for (let j = i - 1; j >= 0 && j >= i - ONLOOKER_REACH; j--) {
      const w = words[j]!;
      if (lex.clauseBreaks.has(w)) break;
      if (!lex.witnessOpeners.has(w)) continue;
      for (let k = j; k < i + length; k++) view.attributed[k] = 1;
      break;
    }
    i += length - 1;
  }
}
