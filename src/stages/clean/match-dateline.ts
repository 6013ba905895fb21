import type { Span } from '../../core/span.js';

/** A dateline found at the start of a line, with offsets into that line. */
export interface FoundDateline extends Span {
  place?: Span;
  date?: Span;
  outlet?: string;
}

// Place: one to four capitalised words, up to three places joined by "/" ("BEIJING/JAKARTA"); then
// maybe ", region" before a date ("ODESA, Ukraine, Aug 21"); then ", detail" (a date, possibly
// "16th February, 2024", or an outlet); then "(outlet or date)"; then a dash or a colon, or nothing
// when a bracket is followed by a capital ("(PTI) Prime Minister"). Every part is bounded and the
// head is at most 160 characters, so the pattern cannot backtrack badly.
const WORD = String.raw`\p{Lu}[\p{L}\p{M}'’.-]{0,30}`;
const PLACE = String.raw`${WORD}(?: ${WORD}){0,3}`;
const DOMAIN = String.raw`[\p{L}\p{N}][\p{L}\p{N}-]{0,30}(?:\.\p{L}{2,4}){1,2}`;
const DETAIL = String.raw`[^,:()\s–—-][^,:()\n–—-]{0,39}?(?:, ?\d{4})?`;
const REGION = String.raw`\p{Lu}[\p{L}\p{M}.' ]{1,30}?`;
const TAIL = String.raw`(?:, ?(?<region>${REGION}))??(?:, ?(?<detail>${DETAIL}))?(?:,? ?\((?<paren>[^()\n]{1,40})\))?(?: ?(?<sep>--?|–|—|:)(?= |$)|(?<=\))(?= [\p{Lu}"“]))`;
const PLACE_FIRST = new RegExp(String.raw`^(?<place>${PLACE}(?:/${PLACE}){0,2})${TAIL}`, 'u');
// "Liputan6.com, Jakarta -", "TEMPO.CO, Jakarta -": the outlet's domain, then the place.
const OUTLET_FIRST = new RegExp(String.raw`^(?<lead>${DOMAIN})(?:, ?(?<place>${PLACE}))? ?(?<sep>--?|–|—|:)(?= |$)`, 'u');
/** Endings that make a word a web address rather than a place ("KOMPAS.com", "TEMPO.CO", "VIVA.co.id"). */
const DOMAIN_ENDINGS = new Set(['com', 'co', 'id', 'tv', 'net', 'org', 'news', 'info', 'my', 'sg', 'in', 'ph', 'vn', 'au', 'uk']);

interface Groups {
  place: string;
  region?: string;
  detail?: string;
  paren?: string;
  sep?: string;
}

/**
 * Parses a dateline at the start of `head`, or returns null. With `labels` (capitalised words before
 * a colon that are not places: "BREAKING"), a place in capitals and a colon alone make a dateline too
 * ("SINGAPORE: The minister …"); without them, a colon needs a date or an outlet.
 */
export function matchDateline(head: string, labels?: ReadonlySet<string>): FoundDateline | null {
  const lead = OUTLET_FIRST.exec(head);
  if (lead?.groups && isDomain(lead.groups.lead!)) {
    // "Liputan6.com, Jakarta -": the place follows the outlet; "Kabarkota.com -" has none.
    const { lead: outlet, place } = lead.groups as { lead: string; place?: string };
    const found: FoundDateline = { start: 0, end: lead[0].length, outlet };
    const at = outlet.length + head.slice(outlet.length).indexOf(place ?? '\0');
    if (place !== undefined) found.place = { start: at, end: at + place.length };
    return found;
  }
  const m = PLACE_FIRST.exec(head);
  if (!m?.groups || !plausible(head, m[0].length, m.groups as unknown as Groups, labels)) return null;
  const { place, detail, paren } = m.groups as unknown as Groups;
  // "BEIJING/JAKARTA": the first place is where the story was filed.
  const slash = place.indexOf('/');
  const found: FoundDateline = { start: 0, end: m[0].length, place: { start: 0, end: slash === -1 ? place.length : slash } };
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

/** Whether a place-first match is a dateline rather than prose that happens to fit the pattern. */
function plausible(head: string, length: number, g: Groups, labels: ReadonlySet<string> | undefined): boolean {
  const { place, region, detail, paren, sep } = g;
  const caps = place.length >= 2 && place === place.toUpperCase();
  // "ODESA, Ukraine, Aug 21 (AP) —": a region comes only before a date.
  if (region !== undefined && !hasDigit(detail)) return false;
  // "Putin: we…" and "Menurut dia:" are not datelines; a colon needs a date or an outlet in brackets,
  // or a place in capitals that is no label before a capitalised word ("KUALA LUMPUR: Malaysia will").
  if (sep === ':' && !(paren !== undefined || hasDigit(detail))) {
    const label = labels === undefined || labels.has(place.toLowerCase());
    if (label || !caps || detail !== undefined || place.length < 3 || !/^ [\p{Lu}"“]/u.test(head.slice(length))) return false;
    // "MINERIA: CHILE ABRE LICITACION" is a slug over a headline in capitals.
    const after = head.slice(length).split(' ').filter((x) => /\p{L}/u.test(x)).slice(0, 3);
    if (after.every((x) => x === x.toUpperCase())) return false;
  }
  if (sep === undefined) {
    // "MUMBAI, Feb 3 (PTI) Finance Minister…" and "NEW DELHI (PTI) Prime…" end at the bracket; a bracket
    // after a title does not ("Menteri Luar Negeri (Menlu) Retno", "KPK (Komisi Pemberantasan Korupsi) Menetapkan").
    const outletWords = paren === undefined || hasDigit(paren) ? 0 : paren.trim().split(/\s+/).length;
    if (outletWords === 0 || outletWords > 2) return false;
    if (!hasDigit(detail) && !(caps && outletWords === 1 && place.length > 3)) return false;
  }
  if (!caps && detail === undefined && paren === undefined) {
    // "Jakarta - Presiden tiba" is a dateline; "Vladimir Putin — who rules Russia — said" is not.
    if (place.split(' ').length > 2 || !/^\s*\p{Lu}/u.test(head.slice(length))) return false;
  }
  // "Moreover, the minister said -" is prose: an outlet after the comma is capitalised ("KOMPAS.com")
  // or a web address ("Jakarta, tvberita.co.id -").
  if (detail !== undefined && !hasDigit(detail) && !/^\p{Lu}/u.test(detail) && !isDomain(detail.trim())) return false;
  return true;
}

function hasDigit(s: string | undefined): boolean {
  return s !== undefined && /\d/.test(s);
}

/** "KOMPAS.com", "TEMPO.CO", "tvberita.co.id": a name and known web-address endings. */
function isDomain(word: string): boolean {
  const parts = word.toLowerCase().split('.');
  return parts.length >= 2 && parts.length <= 3 && /^[\p{L}\p{N}-]+$/u.test(parts[0]!) && parts.slice(1).every((p) => DOMAIN_ENDINGS.has(p));
}
