import type { Token } from '../../core/doc.js';

// Order matters: initialisms ("U.S.", "a.m."), possessive "'s", words (letters, optionally digits:
// "G20"; inner apostrophes: "O'Brien"; hyphen chains: "undang-undang"), numbers ("3.5", "2.000",
// "21/8/2024"), an ellipsis, then any other single character. Groups: 1 initialism, 2 possessive,
// 3 word, 4 number, 5 other (numbered, not named: named groups cost an object per match).
const TOKEN = new RegExp(
  [
    String.raw`(\p{L}(?:\.\p{L})+\.)`,
    String.raw`(['’][sS](?![\p{L}\p{N}]))`,
    String.raw`(WORD(?:-WORD)*)`,
    String.raw`(\p{N}+(?:[.,:/]\p{N}+)*)`,
    String.raw`(\.\.\.|\S)`,
  ]
    .join('|')
    .replace(/WORD/g, String.raw`\p{L}[\p{L}\p{M}]*(?:['’](?![sS](?![\p{L}\p{N}]))[\p{L}\p{M}]+)*(?:\p{N}+(?![\p{N}]|[.,]\p{N}))?`),
  'gu',
);

/**
 * Tokens of `text.slice(start, end)`, appended to `out` with `sentence` as their sentence index.
 * Hyphenated words are split at the hyphen ("Rusia-Tiongkok" → Rusia, -, Tiongkok) so that names
 * inside compounds can be matched, except reduplications, which are one word in Indonesian
 * ("undang-undang", "negara-negara", "bertahun-tahun"). A possessive is its own token
 * ("Putin's" → Putin, 's).
 */
export function tokenize(text: string, start: number, end: number, sentence: number, out: Token[]): void {
  // Matching on the sentence alone keeps a giant word from being rescanned for every sentence.
  const slice = text.slice(start, end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    const at = start + m.index;
    const s = m[0];
    if (m[3] !== undefined && s.includes('-') && !isReduplication(s)) {
      let offset = at;
      for (const part of s.split('-')) {
        if (offset > at) out.push(make('-', offset - 1, 'punct', sentence));
        out.push(make(part, offset, 'word', sentence));
        offset += part.length + 1;
      }
      continue;
    }
    const kind = m[4] !== undefined ? 'number' : m[5] !== undefined ? 'punct' : 'word';
    out.push(make(s, at, kind, sentence));
  }
}

/** "undang-undang", "negara-negara", "bertahun-tahun", "sebesar-besarnya": yes; "Rusia-Tiongkok": no. */
export function isReduplication(word: string): boolean {
  const parts = word.toLowerCase().split('-');
  if (parts.length !== 2) return false;
  const [a, b] = parts as [string, string];
  if (a.length < 2 || b.length < 2) return false;
  return a === b || a.endsWith(b) || b.startsWith(a) || (a.length >= 4 && b.includes(a.slice(-4)) && a.includes(b.slice(0, 4)));
}

function make(text: string, start: number, kind: Token['kind'], sentence: number): Token {
  const c = text.charCodeAt(0);
  const upper = c < 128 ? c >= 65 && c <= 90 : text.charAt(0) !== text.charAt(0).toLowerCase();
  return { start, end: start + text.length, norm: normalize(text), kind, upper, sentence };
}

/** Lower case without diacritics; curly apostrophes become straight ("Pérez’s" → "perez's"). */
export function normalize(text: string): string {
  // ASCII is the common case and needs no decomposition; a lower-case ASCII word is its own norm.
  let lower = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 127) return text.normalize('NFD').replace(/\p{M}+/gu, '').replace(/’/g, "'").toLowerCase();
    if (c >= 65 && c <= 90) lower = false;
  }
  return lower ? text : text.toLowerCase();
}
