import { addDiagnostic } from './diagnostic.js';
import type { ArticleInput, Doc } from './doc.js';
import { identityMap } from './offset-map.js';
import { parsePublished } from './parse-published.js';

/**
 * Makes a fresh Doc from a reader's output; `text` equals `raw` until `clean` runs. The declared
 * publication date is validated here: a bad one leaves `published` null with a `published-invalid`
 * warning (the article is still processed). `id` is the record's id, or '' for the clean stage to
 * fill with a hash of the cleaned text.
 *
 * @example createDoc({ meta: { sourcePath: null, format: 'txt', publishedRaw: 'not-a-date' }, raw: 'x', diagnostics: [] }).published // null
 */
export function createDoc(input: ArticleInput): Doc {
  const doc: Doc = {
    id: input.meta.recordId ?? '',
    input: input.meta,
    raw: input.raw,
    text: input.raw,
    toRaw: identityMap(),
    title: input.meta.title ?? null,
    published: null,
    diagnostics: [...input.diagnostics],
  };
  const declared = input.meta.publishedRaw;
  if (declared !== undefined) {
    doc.published = parsePublished(declared);
    if (doc.published === null) {
      addDiagnostic(doc, {
        code: 'published-invalid',
        message: `Ignored published date "${declared.slice(0, 80)}": expected an ISO date such as 2024-08-21`,
        severity: 'warning',
        stage: 'read',
        actual: declared.slice(0, 200),
      });
    }
  }
  return doc;
}
