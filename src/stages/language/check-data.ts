import type { PackRegistry } from '../../lang/pack.js';
import { MARKERS_FILE } from './lexical-evidence.js';

/**
 * Validates each pack's `language-markers.txt`: a header with source and licence; lines of language
 * codes (2–3 lower-case letters, comma-separated) and a lower-case marker of letters and spaces; no
 * marker listed twice.
 */
export function checkData(packs: PackRegistry): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const code of packs.codes()) {
    const source = packs.get(code)!.text(MARKERS_FILE);
    if (source === null) continue;
    const at = (line: number) => `lang/${code}/${MARKERS_FILE}:${line}`;
    const lines = source.split('\n');
    const header = lines.slice(0, 12).filter((l) => l.startsWith('#')).join('\n');
    if (!header.includes('Source:') || !header.includes('Licence:')) problems.push(`${at(1)}: header: missing Source: or Licence:`);
    lines.forEach((raw, i) => {
      const line = raw.replace(/(^|\s)#.*$/, '').trim();
      if (line === '') return;
      const m = /^([a-z]{2,3}(?:,[a-z]{2,3})*) ([\p{Ll} ]+)$/u.exec(line);
      if (!m) {
        problems.push(`${at(i + 1)}: expected "<codes> <lower-case marker>": ${line}`);
        return;
      }
      const marker = m[2]!.trim();
      if (seen.has(marker)) problems.push(`${at(i + 1)}: marker listed twice (also ${seen.get(marker)}): ${marker}`);
      seen.set(marker, at(i + 1));
    });
  }
  return problems;
}
