import type { PackRegistry } from '../../lang/pack.js';

/** The pack file holding lexical language markers. */
export const MARKERS_FILE = 'language-markers.txt';

/** Marker words compiled from every pack: word or phrase → the languages it shows. */
export interface Markers {
  /** Single words. */
  words: ReadonlyMap<string, readonly string[]>;
  /** Phrases of several words, with their languages. */
  phrases: ReadonlyArray<{ phrase: string; langs: readonly string[] }>;
  /** Close languages that share markers ("id,ms …"): each language → the others of its family. */
  families: ReadonlyMap<string, readonly string[]>;
}

/** Counts per language over a sample: hits of shared and of exclusive markers. */
export interface Evidence {
  /** Words in the sample. */
  words: number;
  /** Marker hits per language (shared markers count for each of their languages). */
  hits: Map<string, number>;
  /** Hits of markers listed for that language alone (the tie-breaker between close languages). */
  exclusive: Map<string, number>;
}

/** Compiles `language-markers.txt` of every pack ("id,ms yang", "ms kerajaan", "en the"). */
export function compileMarkers(packs: PackRegistry | undefined): Markers {
  const words = new Map<string, string[]>();
  const phrases: Array<{ phrase: string; langs: string[] }> = [];
  for (const code of packs?.codes() ?? []) {
    for (const line of packs!.get(code)!.lines(MARKERS_FILE)) {
      const space = line.indexOf(' ');
      if (space === -1) continue;
      const langs = line.slice(0, space).split(',');
      const marker = normalizeWords(line.slice(space + 1));
      if (marker.includes(' ')) phrases.push({ phrase: marker, langs });
      else words.set(marker, [...new Set([...(words.get(marker) ?? []), ...langs])]);
    }
  }
  const families = new Map<string, string[]>();
  const join = (langs: readonly string[]) => {
    for (const l of langs) families.set(l, [...new Set([...(families.get(l) ?? []), ...langs.filter((x) => x !== l)])]);
  };
  for (const langs of words.values()) if (langs.length > 1) join(langs);
  for (const { langs } of phrases) if (langs.length > 1) join(langs);
  return { words, phrases, families };
}

/** Counts marker hits in a sample of text. */
export function collectEvidence(sample: string, markers: Markers): Evidence {
  const normalized = normalizeWords(sample);
  const list = normalized === '' ? [] : normalized.split(' ');
  const hits = new Map<string, number>();
  const exclusive = new Map<string, number>();
  const count = (langs: readonly string[]) => {
    for (const l of langs) hits.set(l, (hits.get(l) ?? 0) + 1);
    if (langs.length === 1) exclusive.set(langs[0]!, (exclusive.get(langs[0]!) ?? 0) + 1);
  };
  for (const word of list) {
    const langs = markers.words.get(word);
    if (langs) count(langs);
  }
  const padded = ` ${normalized} `;
  for (const { phrase, langs } of markers.phrases) {
    for (let i = padded.indexOf(` ${phrase} `); i !== -1; i = padded.indexOf(` ${phrase} `, i + 1)) count(langs);
  }
  return { words: list.length, hits, exclusive };
}

/** Lower case, diacritics stripped, letters only, single spaces ("Rp10.000" → "rp"). */
function normalizeWords(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^\p{L}]+/gu, ' ').trim();
}
