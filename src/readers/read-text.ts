import type { Diagnostic } from '../core/diagnostic.js';
import type { InputMeta } from '../core/doc.js';
import { applyPageMeta, findPageMeta } from './find-page-meta.js';
import { makeInput } from './make-input.js';
import { readHtml } from './read-html.js';
import { readJson } from './read-json.js';
import type { ResolvedReadOptions } from './read-options.js';
import type { ReadResult } from './reject-input.js';
import type { Format } from './sniff-format.js';

/**
 * Reads decoded text of a known format that is not streamed: plain text (kept raw; headline
 * detection is the clean stage's job), HTML (main text, title, published date, url and outlet), or JSON.
 * JSON Lines are streamed by `readJsonLines` instead, but accepted here for in-memory input.
 *
 * @example [...readText('<title>T</title><p>Body</p>', 'html', meta, [], options)]
 */
export function* readText(text: string, format: Format, base: InputMeta, diagnostics: Diagnostic[], options: ResolvedReadOptions): Generator<ReadResult> {
  const meta: InputMeta = { ...base, format };
  if (format === 'json') {
    yield* readJson(text, meta, diagnostics, options);
  } else if (format === 'html') {
    const page = readHtml(text, options.maxHtmlDepth);
    if (page.title !== null) meta.title = page.title;
    if (page.published !== null) meta.publishedRaw = page.published;
    applyPageMeta(meta, findPageMeta(text));
    yield makeInput(page.text, meta, [...diagnostics, ...page.diagnostics], options);
  } else {
    yield makeInput(text, meta, diagnostics, options);
  }
}
