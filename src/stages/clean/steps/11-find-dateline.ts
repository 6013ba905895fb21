import type { CleanStep, Marks } from '../clean-step.js';
import { textLines } from '../text-lines.js';
import { matchDateline } from '../match-dateline.js';

/**
 * Recognises a leading dateline in the first body paragraph and marks it; the text keeps it, the
 * sentences stage leaves it out of every sentence:
 * - `JAKARTA, KOMPAS.com -` (place, outlet, dash)
 * - `WASHINGTON (Reuters) -` (place, outlet in brackets)
 * - `Islamabad, 20 March 2023 (TDI):` (place, date, outlet, colon)
 * - `Moskow, Rabu (21/8) -` (place, weekday and date)
 * - `Jakarta -` (place and dash alone)
 * - `BEIJING/JAKARTA, Nov 11 (Reuters) -`, `NEW DELHI, Nov 19 (PTI) Prime…`, `ABU DHABI, 16th February, 2024 (WAM) --`
 * - `Liputan6.com, Jakarta -` (outlet first), `Kabarkota.com -` (outlet alone, no place)
 * - `ODESA, Ukraine, Aug 21 (AP) —` (a region before the date)
 * - `KUALA LUMPUR: Malaysia will…` (a place in capitals and a colon; not `BREAKING:`, listed in
 *   each pack's `dateline-labels.txt`)
 */
export const findDateline: CleanStep = {
  name: 'find-dateline',
  run(text, { marks, data }) {
    const lines = textLines(text);
    let first = marks.title && lines[0]?.start === marks.title.start ? 1 : 0;
    // "Headline / Rabu, 04 Jun 2025 16:05 WIB / Jakarta - …": the dateline opens the body, under the stamps
    while (lines[first] && marks.stamps?.some((s) => s.start === lines[first]!.start)) first++;
    const line = lines[first];
    if (!line) return {};
    const head = text.slice(line.start, Math.min(line.end, line.start + 160));
    const dateline = matchDateline(head, data.datelineLabels);
    if (!dateline) return {};
    const shift = (s: { start: number; end: number }) => ({ start: s.start + line.start, end: s.end + line.start });
    const mark: NonNullable<Marks['dateline']> = shift(dateline);
    if (dateline.place) mark.place = shift(dateline.place);
    if (dateline.date) mark.date = shift(dateline.date);
    if (dateline.outlet !== undefined) mark.outlet = dateline.outlet;
    return {
      marks: { dateline: mark },
      findings: [{ code: 'dateline-found', message: `Found the dateline "${head.slice(dateline.start, dateline.end)}"`, severity: 'info', start: mark.start, end: mark.end }],
    };
  },
};
