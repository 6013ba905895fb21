import { scanHtml } from './scan-html.js';

/** Elements that never hold children. */
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/**
 * Elements whose end tag may be omitted (`<p>a<p>b`, `<li>x<li>y`): a parser closes them implicitly,
 * so counting them would mistake a long page of unclosed paragraphs for deep nesting.
 */
const OPTIONAL_END = new Set(['p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'colgroup', 'rp', 'rt']);

/**
 * Measures the deepest element nesting of an HTML document in one linear pass, without building a tree.
 * An estimate on broken markup (stray end tags are ignored), exact on well-formed pages.
 *
 * @example htmlDepth('<div><div><p>x</p></div></div>') // 2
 * @example htmlDepth('<div>'.repeat(200000)) // 200000, where a DOM parser would overflow its stack
 */
export function htmlDepth(html: string): number {
  return measureHtml(html).depth;
}

/** Nesting depth and number of elements of an HTML document, in one linear pass. */
export function measureHtml(html: string): { depth: number; elements: number } {
  let depth = 0;
  let max = 0;
  let elements = 0;
  scanHtml(html, {
    open(name, _attributes, selfClosing) {
      elements++;
      if (selfClosing || VOID_ELEMENTS.has(name) || OPTIONAL_END.has(name)) return;
      depth++;
      if (depth > max) max = depth;
    },
    close(name) {
      if (depth > 0 && !VOID_ELEMENTS.has(name) && !OPTIONAL_END.has(name)) depth--;
    },
    raw() {
      elements++;
    },
  });
  return { depth: max, elements };
}
