import { decodeEntities } from './decode-entities.js';
import { BLOCK_ELEMENTS, ParagraphBuilder } from './paragraph-builder.js';
import { scanHtml } from './scan-html.js';

/** Elements whose text is page furniture, not article: dropped by the fallback. */
const SKIPPED = new Set(['nav', 'aside', 'footer', 'form', 'button', 'select', 'svg']);

/** Text and title found by the fallback stripper. */
export interface StrippedHtml {
  text: string;
  /** `og:title`, else `<title>`, else null. */
  title: string | null;
}

/**
 * Turns HTML into paragraphs of text in one linear pass, without a DOM: for pages too deep or too
 * broken for the DOM parser. Block elements become paragraphs, `<br>` a line break; scripts,
 * styles, navigation and footers are dropped.
 *
 * @example stripTags('<title>T</title><p>One</p><p>Two<br>three</p>') // { text: 'One\n\nTwo\nthree', title: 'T' }
 */
export function stripTags(html: string): StrippedHtml {
  const out = new ParagraphBuilder();
  let skipping = 0;
  let title: string | null = null;
  let ogTitle: string | null = null;
  scanHtml(html, {
    text(start, end) {
      if (skipping === 0) out.text(decodeEntities(html.slice(start, end)));
    },
    open(name, attributes, selfClosing) {
      if (name === 'meta' && (attributes['property'] ?? attributes['name']) === 'og:title' && attributes['content']) {
        ogTitle ??= attributes['content'];
      }
      if (SKIPPED.has(name) && !selfClosing) skipping++;
      else if (name === 'br') out.lineBreak();
      else if (BLOCK_ELEMENTS.has(name)) out.breakParagraph();
    },
    close(name) {
      if (SKIPPED.has(name)) skipping = Math.max(0, skipping - 1);
      else if (BLOCK_ELEMENTS.has(name)) out.breakParagraph();
    },
    raw(name, _attributes, start, end) {
      if (name === 'title') title ??= html.slice(start, end);
    },
  });
  const chosen = ogTitle ?? title;
  const clean = chosen === null ? null : decodeEntities(chosen).replace(/\s+/g, ' ').trim();
  return { text: out.finish(), title: clean || null };
}
