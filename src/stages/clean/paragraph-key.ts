/**
 * A comparison key for a paragraph: lower case, diacritics stripped, letters and digits only, single
 * spaces ("Putin’s  VISIT, again!" → "putin s visit again"). Linear in the paragraph's length.
 */
export function paragraphKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
