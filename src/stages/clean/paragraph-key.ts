/**
 * A comparison key for a paragraph: lower case, diacritics stripped, letters and digits only, single
 * spaces ("Putin’s  VISIT, again!" → "putin s visit again"). Linear in the paragraph's length.
 */
export function paragraphKey(text: string): string {
  // Plain ASCII needs no decomposition and a cheaper class.
  if (ASCII.test(text)) return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const ASCII = /^[\x00-\x7f]*$/;
