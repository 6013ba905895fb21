/** What `scanHtml` reports, in document order. Every callback is optional. */
export interface HtmlVisitor {
  /** Character data between tags (entities not decoded): `html.slice(start, end)`. */
  text?(start: number, end: number): void;
  /** A start tag; `name` is lower-cased, attribute names too. */
  open?(name: string, attributes: Record<string, string>, selfClosing: boolean): void;
  /** An end tag; `name` is lower-cased. */
  close?(name: string): void;
  /** The contents of a raw-text element (`script`, `style`, `title`…), reported instead of text. */
  raw?(name: string, attributes: Record<string, string>, start: number, end: number): void;
}

/** Elements whose contents are not markup: read up to their end tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'noscript', 'iframe', 'xmp', 'noembed', 'noframes']);

/**
 * A linear, non-recursive HTML tokenizer: it never builds a tree, so any nesting depth is safe.
 * Comments, doctypes and processing instructions are skipped; a `<` that starts no tag is text.
 * Good enough for metadata and for a fallback text extraction, not a conforming parser.
 *
 * @example scanHtml('<p class=x>Hi</p>', { open: (n) => …, text: (s, e) => … })
 */
export function scanHtml(html: string, visitor: HtmlVisitor): void {
  const n = html.length;
  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    const textEnd = lt === -1 ? n : lt;
    if (textEnd > i) visitor.text?.(i, textEnd);
    if (lt === -1) return;
    i = scanMarkup(html, lt, visitor);
  }
}

/** Handles the markup starting at `lt` (a `<`); returns the offset after it. */
function scanMarkup(html: string, lt: number, visitor: HtmlVisitor): number {
  const next = html.charCodeAt(lt + 1);
  if (html.startsWith('<!--', lt)) return skipPast(html, '-->', lt + 4);
  if (next === 33 /* ! */ || next === 63 /* ? */) return skipPast(html, '>', lt + 2);
  if (next === 47 /* / */ && isLetter(html.charCodeAt(lt + 2))) {
    const nameEnd = readName(html, lt + 2);
    visitor.close?.(html.slice(lt + 2, nameEnd).toLowerCase());
    return skipPast(html, '>', nameEnd);
  }
  if (!isLetter(next)) {
    // "a < b" or "<3": a lone '<' is text.
    visitor.text?.(lt, lt + 1);
    return lt + 1;
  }
  const nameEnd = readName(html, lt + 1);
  const name = html.slice(lt + 1, nameEnd).toLowerCase();
  const tag = readAttributes(html, nameEnd);
  if (RAW_TEXT.has(name) && !tag.selfClosing) {
    const close = findEndTag(html, name, tag.end);
    visitor.raw?.(name, tag.attributes, tag.end, close);
    visitor.close?.(name);
    return close >= html.length ? html.length : skipPast(html, '>', close);
  }
  visitor.open?.(name, tag.attributes, tag.selfClosing);
  return tag.end;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 12 || c === 13;
}

function readName(html: string, start: number): number {
  let i = start;
  while (i < html.length) {
    const c = html.charCodeAt(i);
    if (isSpace(c) || c === 47 || c === 62) break;
    i++;
  }
  return i;
}

function skipPast(html: string, marker: string, from: number): number {
  const at = html.indexOf(marker, from);
  return at === -1 ? html.length : at + marker.length;
}

/** Offset of `</name` (any case) at or after `from`, or the end of the input. */
function findEndTag(html: string, name: string, from: number): number {
  let at = html.indexOf('</', from);
  while (at !== -1) {
    if (html.slice(at + 2, at + 2 + name.length).toLowerCase() === name) {
      const after = html.charCodeAt(at + 2 + name.length);
      if (Number.isNaN(after) || isSpace(after) || after === 62 || after === 47) return at;
    }
    at = html.indexOf('</', at + 2);
  }
  return html.length;
}

/** Reads attributes up to the closing `>`; each character is visited once. */
function readAttributes(html: string, start: number): { attributes: Record<string, string>; selfClosing: boolean; end: number } {
  const attributes: Record<string, string> = {};
  let i = start;
  let selfClosing = false;
  const n = html.length;
  while (i < n) {
    const c = html.charCodeAt(i);
    if (c === 62) return { attributes, selfClosing, end: i + 1 };
    if (isSpace(c)) { i++; continue; }
    if (c === 47) { selfClosing = html.charCodeAt(i + 1) === 62; i++; continue; }
    let j = i;
    while (j < n && !isSpace(html.charCodeAt(j)) && html.charCodeAt(j) !== 61 && html.charCodeAt(j) !== 62 && html.charCodeAt(j) !== 47) j++;
    if (j === i) j = i + 1;
    const key = html.slice(i, j).toLowerCase();
    i = j;
    while (i < n && isSpace(html.charCodeAt(i))) i++;
    if (html.charCodeAt(i) !== 61) { attributes[key] ??= ''; continue; }
    i++;
    while (i < n && isSpace(html.charCodeAt(i))) i++;
    const quote = html.charCodeAt(i);
    let valueEnd: number;
    if (quote === 34 || quote === 39) {
      valueEnd = html.indexOf(String.fromCharCode(quote), i + 1);
      if (valueEnd === -1) valueEnd = n;
      attributes[key] ??= html.slice(i + 1, valueEnd);
      i = valueEnd + 1;
    } else {
      valueEnd = i;
      while (valueEnd < n && !isSpace(html.charCodeAt(valueEnd)) && html.charCodeAt(valueEnd) !== 62) valueEnd++;
      attributes[key] ??= html.slice(i, valueEnd);
      i = valueEnd;
    }
  }
  return { attributes, selfClosing, end: n };
}
