import type { Doc, Sentence, Token } from '../../core/doc.js';
import { identityMap } from '../../core/offset-map.js';

/** Options of {@link buildTestDoc}. */
export interface TestDocOptions {
  lang?: string;
  /** A leading dateline: its place is the text before the first comma (`MOSKOW, Kompas -`). */
  dateline?: string;
  /** Give no tokens, as a sentences stage that only splits sentences would. */
  noTokens?: boolean;
}

/**
 * A Doc with sentences and tokens, for unit tests that must not depend on the clean and sentences
 * stages: one sentence per `.`/`!`/`?`, tokens with lower-cased, diacritics-free norms.
 */
export function buildTestDoc(body: string, options: TestDocOptions = {}): Doc {
  const prefix = options.dateline ? `${options.dateline} ` : '';
  const text = prefix + body;
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  const re = /[^.!?]+[.!?]*/g;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const lead = m[0].length - m[0].trimStart().length;
    const start = prefix.length + m.index + lead;
    const end = prefix.length + m.index + m[0].trimEnd().length;
    if (end <= start) continue;
    const sentence = sentences.push({ start, end, paragraph: 0 }) - 1;
    for (const t of text.slice(start, end).matchAll(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu)) {
      const s = start + t.index;
      const kind = /^\p{N}/u.test(t[0]) ? 'number' : /^\p{L}/u.test(t[0]) ? 'word' : 'punct';
      const norm = t[0].toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
      tokens.push({ start: s, end: s + t[0].length, norm, kind, upper: /^\p{Lu}/u.test(t[0]), sentence });
    }
  }
  const doc: Doc = {
    id: 'test', input: { sourcePath: null, format: 'txt' }, raw: text, text, toRaw: identityMap(), title: null,
    published: null, diagnostics: [], paragraphs: [{ start: prefix.length, end: text.length }],
    lang: options.lang ?? 'en', sentences, tokens: options.noTokens ? [] : tokens,
    dateline: options.dateline ? { start: 0, end: options.dateline.length, place: { start: 0, end: options.dateline.indexOf(',') } } : null,
  };
  return doc;
}
