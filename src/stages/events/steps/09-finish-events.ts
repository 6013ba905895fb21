import type { ActorRef, Doc } from '../../../core/doc.js';
import { LEAD, type EventLexicon } from '../lexicon.js';
import type { SentenceView } from '../types.js';
import type { Draft } from './06-build-drafts.js';

/**
 * Gives each event its topics (PLOVER contexts and named issues found in its evidence sentences)
 * and a stable id: a hash of the article id, the type and the participants.
 */
export function finishEvents(doc: Doc, drafts: readonly Draft[], views: readonly SentenceView[], lex: EventLexicon): void {
  const used = new Map<string, number>();
  // restatements share sentences: each sentence's topics are read once
  const bySentence: Array<readonly string[] | undefined> = new Array(views.length);
  for (const d of drafts) {
    const e = d.event;
    if (d.sentences.length === 1) {
      const s = d.sentences[0]!;
      const own = bySentence[s] ?? (bySentence[s] = sortedTopics(views[s], lex));
      e.topics = own.slice();
    } else if (topicsIn(d.sentences, bySentence, views, lex) === 0) {
      // most restated events name no topic in any of their sentences
      e.topics = NO_TOPICS.slice();
    } else {
      const topics: string[] = [];
      for (const s of d.sentences) for (const t of bySentence[s] ?? (bySentence[s] = sortedTopics(views[s], lex))) addOnce(topics, t);
      e.topics = sortStrings(topics);
    }
    // the hash of "id|plover|mode|modality|participant|…", read part by part: the joined key was a string made,
    // flattened and dropped for every event
    hashStart(doc.id);
    hashPart(e.plover);
    hashPart(e.mode ?? '');
    hashPart(e.modality);
    if (e.participants.length === 1) hashPart(e.participants[0]!.id);
    else if (e.participants.length > 1) for (const id of sortStrings(idsOf(e.participants))) hashPart(id);
    const base = hashEnd();
    const n = used.get(base) ?? 0;
    used.set(base, n + 1);
    e.id = n === 0 ? base : `${base}-${n + 1}`;
  }
}

/** The refs' ids, pushed, not mapped: an optimised map() makes a holey list, and sortStrings would deoptimise on it. */
function idsOf(refs: readonly ActorRef[]): string[] {
  const out: string[] = [];
  for (const r of refs) out.push(r.id);
  return out;
}

/** How many topics the sentences hold in all (reading, and keeping, each sentence's topics once). */
function topicsIn(sentences: readonly number[], bySentence: Array<readonly string[] | undefined>, views: readonly SentenceView[], lex: EventLexicon): number {
  let n = 0;
  for (const s of sentences) n += (bySentence[s] ??= sortedTopics(views[s], lex)).length;
  return n;
}

/**
 * Sorts strings in place by UTF-16 code units, as `Array#sort()` does; the lists here hold a few
 * items, and the built-in sort allocates scratch space for any list.
 */
function sortStrings(items: string[]): string[] {
  if (items.length > 16) return items.sort();
  for (let i = 1; i < items.length; i++) {
    const v = items[i]!;
    let j = i - 1;
    for (; j >= 0 && items[j]! > v; j--) items[j + 1] = items[j]!;
    items[j + 1] = v;
  }
  return items;
}

/** A sentence's topics, sorted, without repeats. */
function sortedTopics(view: SentenceView | undefined, lex: EventLexicon): readonly string[] {
  const topics = topicsOf(view, lex);
  if (topics.length < 2) return topics;
  const unique: string[] = [];
  for (const t of topics) addOnce(unique, t);
  return sortStrings(unique);
}

/**
 * Adds `topic` unless the list holds it: an event's topics are a few, so a search of the list, where a Set and the
 * list spread from it were made for every event told more than once.
 */
function addOnce(topics: string[], topic: string): void {
  if (!topics.includes(topic)) topics.push(topic);
}

function topicsOf(view: SentenceView | undefined, lex: EventLexicon): readonly string[] {
  if (!view) return NO_TOPICS;
  const out: string[] = [];
  for (let i = 0; i < view.words.length; i++) {
    if ((view.leads[i]! & LEAD.topic) === 0 || view.attributed[i]) continue;
    const hit = lex.topics.longest(view.words, i);
    if (!hit) continue;
    out.push(...hit.value);
    i += hit.length - 1;
  }
  return out.length > 0 ? out : NO_TOPICS;
}

/**
 * No topic, as a list with the map of a list of strings (an empty literal has the small-integer map, and the
 * loops optimised on lists of strings would deoptimise on it). Never changed: events get copies.
 */
const NO_TOPICS: readonly string[] = stringList();

function stringList(): string[] {
  const list = [''];
  list.pop();
  return list;
}

// The two 32-bit lanes of the hash being read (see `hashStart`); kept as int32, never boxed.
let laneA = 0;
let laneB = 0;

/**
 * Starts a hash with `text`: FNV-1a over UTF-16 code units in two 32-bit lanes, fed by `hashPart` and read by
 * `hashEnd`, a stable 16-hex-digit id, cheaper than a crypto hash.
 */
function hashStart(text: string): void {
  laneA = 0x811c9dc5;
  laneB = 0xcbf29ce4;
  hashText(text);
}

/** Feeds "|" and then `text`, as if both were appended to the text hashed so far. */
function hashPart(text: string): void {
  hashCode(PIPE);
  hashText(text);
}

const PIPE = 124;

function hashText(text: string): void {
  for (let i = 0; i < text.length; i++) hashCode(text.charCodeAt(i));
}

function hashCode(c: number): void {
  laneA = Math.imul(laneA ^ c, 0x01000193);
  laneB = Math.imul(laneB ^ c ^ (laneA >>> 7), 0x01000193);
}

/** The hash so far as sixteen hex digits. */
function hashEnd(): string {
  const a = laneA;
  const b = laneB;
  // sixteen hex digits by hand: Number#toString(16) takes a slow path for numbers above 2^30
  return String.fromCharCode(
    HEX[(a >>> 28) & 15]!, HEX[(a >>> 24) & 15]!, HEX[(a >>> 20) & 15]!, HEX[(a >>> 16) & 15]!,
    HEX[(a >>> 12) & 15]!, HEX[(a >>> 8) & 15]!, HEX[(a >>> 4) & 15]!, HEX[a & 15]!,
    HEX[(b >>> 28) & 15]!, HEX[(b >>> 24) & 15]!, HEX[(b >>> 20) & 15]!, HEX[(b >>> 16) & 15]!,
    HEX[(b >>> 12) & 15]!, HEX[(b >>> 8) & 15]!, HEX[(b >>> 4) & 15]!, HEX[b & 15]!,
  );
}

/** Character codes of the hex digits. */
const HEX = Array.from('0123456789abcdef', (d) => d.charCodeAt(0));
