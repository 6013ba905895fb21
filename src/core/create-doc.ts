import type { ArticleInput, Doc } from './doc.js';
import { identityMap } from './offset-map.js';

/** Makes a fresh Doc from a reader's output; `text` equals `raw` until `clean` runs. */
export function createDoc(input: ArticleInput): Doc {
  return {
    id: input.meta.recordId ?? '',
    input: input.meta,
    raw: input.raw,
    text: input.raw,
    toRaw: identityMap(),
    title: input.meta.title ?? null,
    published: null,
    diagnostics: [...input.diagnostics],
  };
}
