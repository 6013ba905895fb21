import { createRequire } from 'node:module';
import { Readability } from '@mozilla/readability';
import type { Diagnostic } from '../core/diagnostic.js';
import { domToText, type DomNode } from './dom-to-text.js';
import { findPublished } from './find-published.js';
import { measureHtml } from './html-depth.js';
import { readDiagnostic } from './reject-input.js';
import { stripTags } from './strip-tags.js';

/** Pages with more elements than this go to the linear stripper; news pages hold 1,000–5,000. */
const MAX_DOM_ELEMENTS = 30_000;

/** What an HTML page yields: its main text in paragraphs, title and declared publication date. */
export interface HtmlArticle {
  text: string;
  title: string | null;
  /** As declared by the page, not yet validated. */
  published: string | null;
  diagnostics: Diagnostic[];
}

/**
 * Extracts an article from HTML. Nesting depth and size are measured first in a linear pass: normal
 * pages go through linkedom and Readability (main text, title); pages nested deeper than `maxDepth`,
 * with more than 30,000 elements, or that the DOM path fails on, go through a linear tag stripper
 * with a diagnostic, so no page can hang or overflow the stack.
 *
 * @example readHtml('<title>T</title><article><p>Body…</p></article>', 128).text
 */
export function readHtml(html: string, maxDepth: number): HtmlArticle {
  const published = findPublished(html);
  const { depth, elements } = measureHtml(html);
  if (depth > maxDepth) {
    const message = `Read HTML without a DOM: it is nested ${depth} levels deep, over the limit of ${maxDepth}`;
    return fallback(html, published, readDiagnostic('html-too-deep', message));
  }
  if (elements > MAX_DOM_ELEMENTS) {
    // Readability's cost grows faster than the page: about 1 s a megabyte on flat pages of 100k elements.
    const message = `Read HTML without a DOM: it has ${elements} elements, over the limit of ${MAX_DOM_ELEMENTS}`;
    return fallback(html, published, readDiagnostic('html-too-large', message));
  }
  try {
    return viaDom(html, published);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fallback(html, published, readDiagnostic('html-parse-failed', `Read HTML without a DOM: the parser failed: ${reason}`));
  }
}

type ParseHtml = typeof import('linkedom')['parseHTML'];

/**
 * linkedom is required on first use: loading it costs about 0.13 s of CPU, which a run over JSON Lines
 * or text without a single page (and each extract worker that is only sent articles) need not pay.
 */
let parseHTML: ParseHtml | undefined;

/** linkedom makes the first element of a bare fragment (`<p>Hi</p>`) the root, with an empty body. */
function parse(html: string): ReturnType<ParseHtml>['document'] {
  parseHTML ??= (createRequire(import.meta.url)('linkedom') as typeof import('linkedom')).parseHTML;
  const whole = /<(?:html|body)[\s>]/i.test(html);
  return parseHTML(whole ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`).document;
}

function viaDom(html: string, published: string | null): HtmlArticle {
  const document = parse(html);
  const diagnostics: Diagnostic[] = [];
  const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { serializer: (node) => node }).parse();
  let text = article?.content ? domToText(article.content as unknown as DomNode) : '';
  const title = clean(article?.title) ?? clean(document.title);
  if (text === '') {
    // Readability removes what it takes for page furniture; on a page that is all "furniture" keep the body.
    const fresh = parse(html);
    text = fresh.body ? domToText(fresh.body as unknown as DomNode) : '';
    if (text !== '') diagnostics.push(readDiagnostic('html-no-content', 'Kept the whole page text: no main article text was found', 'info'));
  }
  return { text, title, published: published ?? clean(article?.publishedTime), diagnostics };
}

function fallback(html: string, published: string | null, why: Diagnostic): HtmlArticle {
  const { text, title } = stripTags(html);
  return { text, title, published, diagnostics: [why] };
}

function clean(value: string | null | undefined): string | null {
  const v = value?.replace(/\s+/g, ' ').trim();
  return v ? v : null;
}
