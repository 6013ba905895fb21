import { createHash } from 'node:crypto';
import type { PackRegistry } from '../../lang/pack.js';
import type { Stage } from '../../core/stage.js';

/** Options of the clean stage. */
export interface CleanOptions {}

/**
 * Cleans the raw text. TODO(#2): normalisation, duplicates, punctuation, boilerplate, dateline.
 */
export function createCleanStage(_options: CleanOptions = {}, _packs?: PackRegistry): Stage {
  return {
    name: 'clean',
    requires: [],
    provides: ['text', 'paragraphs', 'dateline'],
    run(doc) {
      doc.text = doc.raw;
      doc.paragraphs = [];
      const re = /[^\n]+/g;
      for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
        if (m[0].trim()) doc.paragraphs.push({ start: m.index, end: m.index + m[0].length });
      }
      doc.dateline = null;
      if (doc.input.publishedRaw && /^\d{4}-\d{2}-\d{2}/.test(doc.input.publishedRaw)) doc.published = doc.input.publishedRaw.slice(0, 10);
      if (!doc.id) doc.id = createHash('sha256').update(doc.text).digest('hex').slice(0, 16);
    },
  };
}
