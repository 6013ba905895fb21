import type { CleanStep, Marks } from '../clean-step.js';
import { textLines } from '../text-lines.js';

/**
 * Recognises a leading dateline in the first body paragraph and marks it; the text keeps it, the
 * sentences stage leaves it out of every sentence:
 * - `JAKARTA, KOMPAS.com -` (place, outlet, dash)
 * - `WASHINGTON (Reuters) -` (place, outlet in brackets)
 * - `Islamabad, 20 March 2023 (TDI):` (place, date, outlet, colon)
 * - `Moskow, Rabu (21/8) -` (place, weekday and date)
 * - `Jakarta -` (place and dash alone)
 */
export const findDateline: CleanStep = {
  name: 'find-dateline',
  run(text, { marks }) {
    const lines = textLines(text);
    const line = marks.title && lines[0]?.start === marks.title.start ? lines[1] : lines[0];
    if (!line) return {};
    const head = text.slice(line.start, Math.min(line.end, line.start + 160));
    const dateline = matchDateline(head);
    if (!dateline) return {};
    const shift = (s: { start: number; end: number }) => ({ start: s.start + line.start, end: s.end + line.start });
    const mark: NonNullable<Marks['dateline']> = { ...shift(dateline), place: shift(dateline.place) };
    if (dateline.date) mark.date = shift(dateline.date);
    if (dateline.outlet !== undefined) mark.outlet = dateline.outlet;
    return {
      marks: { dateline: mark },
      findings: [{ code: 'dateline-found', message: `Found the dateline "${head.slice(dateline.start, dateline.end)}"`, severity: 'info', start: mark.start, end: mark.end }],
    };
  },
};

// Place: one to four capitalised words; then ", detail" (a date or an outlet); then "(outlet or date)";
// then a dash or a colon. Every part is bounded, so the pattern cannot backtrack badly.
const PLACE = String.raw`\p{Lu}[\p{L}\p{M}'’.-]{0,30}(?: \p{Lu}[\p{L}\p{M}'’.-]{0,30}){0,3}`;
const DATELINE = new RegExp(
  String.raw`^(?<place>${PLACE})(?:, ?(?<detail>[^,:()\n–—-]{1,40}?))?(?: ?\((?<paren>[^()\n]{1,40})\))? ?(?<sep>--?|–|—|:)(?= |$)`,
  'u',
);

interface FoundDateline {
  start: number;
  end: number;
  place: { start: number; end: number };
  date?: { start: number; end: number };
  outlet?: string;
}

/** Parses a dateline at the start of `head`, or returns null. */
export function matchDateline(head: string): FoundDateline | null {
  const m = DATELINE.exec(head);
  if (!m?.groups) return null;
  const { place, detail, paren, sep } = m.groups as { place: string; detail?: string; paren?: string; sep: string };
  const caps = place.length >= 2 && place === place.toUpperCase();
  const words = place.split(' ').length;
  const hasDigit = (s?: string) => s !== undefined && /\d/.test(s);
  // "Putin: we…" and "Menurut dia:" are not datelines; a colon needs a date or an outlet in brackets.
  if (sep === ':' && !(paren !== undefined || hasDigit(detail))) return null;
  if (!caps && detail === undefined && paren === undefined) {
    // "Jakarta - Presiden tiba" is a dateline; "Vladimir Putin — who rules Russia — said" is not.
    if (words > 2 || !/^\s*\p{Lu}/u.test(head.slice(m[0].length))) return null;
  }
  // "Moreover, the minister said -" is prose: an outlet after the comma is capitalised ("KOMPAS.com").
  if (detail !== undefined && !hasDigit(detail) && !/^\p{Lu}/u.test(detail)) return null;
  const found: FoundDateline = { start: 0, end: m[0].length, place: { start: 0, end: place.length } };
  const detailStart = detail === undefined ? -1 : head.indexOf(detail, place.length);
  const parenStart = paren === undefined ? -1 : head.indexOf(`(${paren})`, place.length) + 1;
  if (hasDigit(detail)) {
    const end = hasDigit(paren) ? parenStart + paren!.length + 1 : detailStart + detail!.length;
    found.date = { start: detailStart, end };
  } else if (hasDigit(paren)) {
    found.date = { start: detail !== undefined ? detailStart : parenStart - 1, end: parenStart + paren!.length + 1 };
  }
  // "(Reuters)" is the outlet; "KOMPAS.com" too, but "Rabu" in "Rabu (21/8)" belongs to the date.
  if (paren !== undefined && !hasDigit(paren)) found.outlet = paren.trim();
  else if (detail !== undefined && !hasDigit(detail) && !hasDigit(paren)) found.outlet = detail.trim();
  return found;
}
