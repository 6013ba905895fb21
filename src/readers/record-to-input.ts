import type { Diagnostic } from '../core/diagnostic.js';
import type { InputMeta } from '../core/doc.js';
import { applyPageMeta, findPageMeta, type PageMeta } from './find-page-meta.js';
import { makeInput } from './make-input.js';
import { readHtml } from './read-html.js';
import type { ResolvedReadOptions } from './read-options.js';
import { readDiagnostic, rejectInput, type ReadResult } from './reject-input.js';

/** A record read from text: no page to take a url or outlet from. */
const NO_PAGE: PageMeta = { url: null, siteName: null };

/** Optional string fields of a record and where they go in `InputMeta`. */
const STRING_FIELDS = [
  ['title', 'title'],
  ['url', 'url'],
  ['source', 'source'],
  ['published', 'publishedRaw'],
  ['lang', 'lang'],
] as const;

/**
 * Turns one parsed JSON record (`{"id"?, "text"? | "html"?, "title"?, "url"?, "source"?, "published"?,
 * "lang"?}`) into an article. A record without usable `text`/`html` is rejected with the reason;
 * an optional field of the wrong type is ignored with a `record-field-ignored` warning.
 *
 * @example recordToInput({ id: 'a1', text: 'Body', title: 'Head' }, meta, options) // raw 'Head\n\nBody'
 * @example recordToInput({ text: 42 }, meta, options) // rejected: "text" is a number
 */
export function recordToInput(value: unknown, meta: InputMeta, options: ResolvedReadOptions, diagnostics: Diagnostic[] = []): ReadResult {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return rejectInput(meta, 'input-malformed', `Cannot read record: expected a JSON object, got ${typeName(value)}`, diagnostics);
  }
  const record = value as Record<string, unknown>;
  readId(record, meta, diagnostics);
  for (const [field, key] of STRING_FIELDS) {
    const v = record[field];
    if (typeof v === 'string') {
      if (v.trim() !== '') meta[key] = v.trim();
    } else if (v !== undefined && v !== null) {
      diagnostics.push(readDiagnostic('record-field-ignored', `Ignored field "${field}": expected a string, got ${typeName(v)}`));
    }
  }
  if (meta.lang !== undefined) meta.lang = meta.lang.toLowerCase();
  const { text, html } = record;
  const fromHtml = !(typeof text === 'string' && text.trim() !== '') && typeof html === 'string' && html.trim() !== '';
  // The outlet is the record's source, else (for HTML) the page's site name, else the url's host.
  if (!fromHtml) applyPageMeta(meta, NO_PAGE);
  if (text !== undefined && text !== null && typeof text !== 'string') {
    return rejectInput(meta, 'record-missing-text', `Cannot read record: "text" must be a string, got ${typeName(text)}`, diagnostics);
  }
  if (typeof text === 'string' && text.trim() !== '') return makeInput(text, meta, diagnostics, options);
  if (typeof html === 'string' && html.trim() !== '') {
    const page = readHtml(html, options.maxHtmlDepth);
    diagnostics.push(...page.diagnostics);
    if (meta.title === undefined && page.title !== null) meta.title = page.title;
    if (meta.publishedRaw === undefined && page.published !== null) meta.publishedRaw = page.published;
    applyPageMeta(meta, findPageMeta(html));
    return makeInput(page.text, meta, diagnostics, options);
  }
  if (html !== undefined && html !== null && typeof html !== 'string') {
    return rejectInput(meta, 'record-missing-text', `Cannot read record: "html" must be a string, got ${typeName(html)}`, diagnostics);
  }
  if (typeof text === 'string' || typeof html === 'string') return makeInput('', meta, diagnostics, options);
  return rejectInput(meta, 'record-missing-text', 'Cannot read record: it has no "text" or "html" field', diagnostics);
}

function readId(record: Record<string, unknown>, meta: InputMeta, diagnostics: Diagnostic[]): void {
  const id = record['id'];
  if (typeof id === 'string' && id.trim() !== '') meta.recordId = id.trim();
  else if (typeof id === 'number' && Number.isFinite(id)) meta.recordId = String(id);
  else if (id !== undefined && id !== null) {
    diagnostics.push(readDiagnostic('record-field-ignored', `Ignored field "id": expected a string or number, got ${typeName(id)}`));
  }
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  const t = typeof value;
  return t === 'object' ? 'an object' : `a ${t}`;
}
