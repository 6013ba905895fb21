import type { Edit } from '../../core/offset-map.js';
import type { Finding } from './clean-step.js';

/** A word or a symbol of a scanned stretch, with offsets into the text. */
export interface Token {
  text: string;
  start: number;
  end: number;
  word: boolean;
}

/** Where the period rules write their edits and findings. */
export interface PeriodOutput {
  edits: Edit[];
  findings: Finding[];
}

/** Records a repair: the edit and a `broken-punctuation-repaired` warning at the period. */
export function repair(out: PeriodOutput, start: number, end: number, insert: string, at: Token, message: string): void {
  out.edits.push({ start, end, insert });
  out.findings.push({ code: 'broken-punctuation-repaired', message, severity: 'warning', start: at.start, end: at.end, actual: '.' });
}

/** Records a doubt: a `broken-punctuation-suspected` note at the period, the text unchanged. */
export function suspect(out: PeriodOutput, at: Token, message: string): void {
  out.findings.push({ code: 'broken-punctuation-suspected', message, severity: 'info', start: at.start, end: at.end });
}

/** "perkembangan" yes; "iPhone", "eBay" no (brand names keep their case mid-word). */
export function isLowerStart(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toUpperCase() && word.slice(1) === word.slice(1).toLowerCase();
}

/** "Rusia", "Li" yes; "ke", "4" no. */
export function isCapitalised(token: Token): boolean {
  const first = token.text.charAt(0);
  return token.word && first !== first.toLowerCase();
}
