/**
 * Words written with a capital in mid-sentence somewhere in the text ("Presiden Rusia Vladimir" →
 * Rusia, Vladimir): likely proper nouns, evidence that a one-word "sentence" ("Rusia.") is a broken
 * piece of the sentence before. Linear in the text.
 */
export function properNouns(text: string): ReadonlySet<string> {
  const nouns = new Set<string>();
  let previous = '';
  for (const m of text.matchAll(/[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]|\n/gu)) {
    const token = m[0];
    const first = token.charAt(0);
    const isWord = /[\p{L}\p{N}]/u.test(first);
    if (isWord && previous !== '' && previous !== 'break' && first !== first.toLowerCase()) nouns.add(token);
    if (token === '\n' || token === '.' || token === '!' || token === '?' || token === '"' || token === '“' || token === ':') previous = 'break';
    else previous = isWord ? 'word' : previous === 'break' ? 'break' : 'punct';
  }
  return nouns;
}

/**
 * Pairs of a word and a capitalised word written together in mid-sentence, keyed "first Second" with
 * the first word in lower case ("pada hari Rabu" gives "hari Rabu"). Linear in the text.
 */
export function capitalisedPairs(text: string): ReadonlySet<string> {
  const pairs = new Set<string>();
  for (const m of text.matchAll(/([\p{L}\p{M}\p{N}]+) (?=(\p{Lu}[\p{L}\p{M}\p{N}]*))/gu)) pairs.add(`${m[1]!.toLowerCase()} ${m[2]}`);
  return pairs;
}
