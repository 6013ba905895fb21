import type { Edit } from '../../../core/offset-map.js';
import type { CleanStep } from '../clean-step.js';

/**
 * Leftover HTML in text (`<p>`, `<br/>`, `</div>`, `&amp;`, `&#8217;`): block tags become line
 * breaks, inline tags vanish, `<script>`/`<style>` go with their content, entities are decoded.
 * Only known HTML tag names count, so `<Kremlin>` or `a < b > c` in prose stay.
 */
export const stripHtml: CleanStep = {
  name: 'strip-html',
  run(text) {
    if (text.indexOf('<') === -1 && text.indexOf('&') === -1) return {};
    const edits: Edit[] = [];
    const unclosed = new Set<string>();
    let last = 0;
    for (let m = MARKUP.exec(text); m; m = MARKUP.exec(text)) {
      if (m.index < last) continue;
      const edit = m[1] !== undefined ? tagEdit(text, m.index, m[0], m[1].toLowerCase(), unclosed) : entityEdit(m.index, m[0]);
      if (!edit) continue;
      edits.push(edit);
      last = edit.end;
      MARKUP.lastIndex = Math.max(MARKUP.lastIndex, edit.end);
    }
    MARKUP.lastIndex = 0;
    if (edits.length === 0) return {};
    return {
      edits,
      findings: [{
        code: 'html-stripped',
        message: `Removed ${edits.length} HTML tag${edits.length === 1 ? '' : 's'} or entit${edits.length === 1 ? 'y' : 'ies'}`,
        severity: 'info',
        start: edits[0]!.start,
        end: edits[0]!.end,
        actual: text.slice(edits[0]!.start, edits[0]!.end),
      }],
    };
  },
};

// A tag with a bounded attribute run (no backtracking blow-up), or an entity.
const MARKUP = /<\/?([a-zA-Z][a-zA-Z0-9]{0,10})(?:\s[^<>]{0,1000})?\/?>|&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g;

const BLOCK = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'table', 'blockquote', 'section', 'article', 'header', 'footer', 'figure', 'figcaption', 'hr', 'pre']);
const INLINE = new Set(['a', 'b', 'i', 'u', 'em', 'strong', 'span', 'small', 'sup', 'sub', 'font', 'img', 'abbr', 'cite', 'q', 'mark', 'time', 'td', 'th', 'tbody', 'thead', 'html', 'body', 'head', 'meta', 'link', 'title', 'source', 'picture', 'iframe', 'noscript', 'main', 'nav', 'aside', 'button', 'label', 'input', 'form', 'svg', 'path', 'code']);
const DROP_CONTENT = new Set(['script', 'style']);
const CLOSE: Record<string, RegExp> = { script: /<\/script\s*>/gi, style: /<\/style\s*>/gi };

function tagEdit(text: string, start: number, tag: string, name: string, unclosed: Set<string>): Edit | null {
  const end = start + tag.length;
  if (DROP_CONTENT.has(name) && tag[1] !== '/') {
    // An unclosed <script> drops only its tag: searching on for every one would be quadratic.
    const close = CLOSE[name]!;
    close.lastIndex = end;
    const found = unclosed.has(name) ? null : close.exec(text);
    if (!found) {
      unclosed.add(name);
      return { start, end, insert: '' };
    }
    return { start, end: found.index + found[0].length, insert: '' };
  }
  if (BLOCK.has(name)) return { start, end, insert: '\n' };
  if (INLINE.has(name) || DROP_CONTENT.has(name)) return { start, end, insert: '' };
  return null;
}

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', copy: '©', reg: '®', deg: '°',
  eacute: 'é', egrave: 'è', aacute: 'á', oacute: 'ó', uuml: 'ü', ouml: 'ö', auml: 'ä', ccedil: 'ç', shy: '',
};

function entityEdit(start: number, entity: string): Edit | null {
  const end = start + entity.length;
  const body = entity.slice(1, -1);
  if (body[0] === '#') {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (!(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) return null;
    return { start, end, insert: code === 0xa0 ? ' ' : String.fromCodePoint(code) };
  }
  const value = NAMED[body];
  return value === undefined ? null : { start, end, insert: value };
}
