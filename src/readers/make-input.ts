import type { Diagnostic } from '../core/diagnostic.js';
import type { InputMeta } from '../core/doc.js';
import { looksBinary } from './looks-binary.js';
import type { ResolvedReadOptions } from './read-options.js';
import { rejectInput, type ReadResult } from './reject-input.js';

/**
 * Finishes one article: applies the `--published`/`--lang` defaults where the input gave none,
 * refuses empty or binary text, and puts the title (when known) in front of the body with a blank
 * line between, so the headline has offsets like any text.
 *
 * @example makeInput('Body.', { sourcePath: 'a.json', format: 'json', title: 'Head' }, [], options).raw // 'Head\n\nBody.'
 */
export function makeInput(body: string, meta: InputMeta, diagnostics: Diagnostic[], options: ResolvedReadOptions): ReadResult {
  if (meta.publishedRaw === undefined && options.published !== undefined) meta.publishedRaw = options.published;
  if (meta.lang === undefined && options.lang !== undefined) meta.lang = options.lang;
  if (body.trim() === '') return rejectInput(meta, 'input-empty', 'Cannot read input: it has no text', diagnostics);
  const binary = looksBinary(body);
  if (binary) return rejectInput(meta, 'input-binary', `Cannot read input: it is binary, not text (${binary})`, diagnostics);
  if (meta.title !== undefined) {
    const title = meta.title.replace(/\s+/g, ' ').trim();
    if (title === '') delete meta.title;
    else {
      meta.title = title;
      return { meta, raw: `${title}\n\n${body.replace(/^\s*\n/, '')}`, diagnostics };
    }
  }
  return { meta, raw: body, diagnostics };
}
