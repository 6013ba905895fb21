import type { PackRegistry } from '../../lang/pack.js';
import { ABBREVIATIONS_FILE } from './abbreviations.js';

/**
 * Validates each pack's `abbreviations.txt`: a header with source and licence, one abbreviation a
 * line ending in a period, an optional `end` flag and nothing else, no duplicates; and that the
 * pack's locale works with Intl.Segmenter.
 */
export function checkData(packs: PackRegistry): string[] {
  const problems: string[] = [];
  for (const code of packs.codes()) {
    const pack = packs.get(code)!;
    try {
      new Intl.Segmenter(pack.meta.locale, { granularity: 'sentence' });
    } catch (error) {
      problems.push(`lang/${code}/pack.yml: locale: ${(error as Error).message}`);
    }
    const source = pack.text(ABBREVIATIONS_FILE);
    if (source === null) continue;
    const at = (line: number) => `lang/${code}/${ABBREVIATIONS_FILE}:${line}`;
    const lines = source.split('\n');
    if (!lines.slice(0, 12).some((l) => l.startsWith('#') && l.includes('Source:')) || !lines.slice(0, 12).some((l) => l.startsWith('#') && l.includes('Licence:'))) {
      problems.push(`${at(1)}: header: missing Source: or Licence:`);
    }
    const seen = new Map<string, number>();
    lines.forEach((raw, i) => {
      const line = raw.replace(/(^|\s)#.*$/, '').trim();
      if (line === '') return;
      const [word, flag, extra] = line.split(/\s+/);
      if (!word!.endsWith('.') || word!.length < 2) problems.push(`${at(i + 1)}: must end in a period: ${word}`);
      if ((flag !== undefined && flag !== 'end') || extra !== undefined) problems.push(`${at(i + 1)}: only the flag "end" may follow: ${line}`);
      if (seen.has(word!)) problems.push(`${at(i + 1)}: duplicate of line ${seen.get(word!)}: ${word}`);
      seen.set(word!, i + 1);
    });
  }
  return problems;
}
