import type { Stage } from '../../core/stage.js';
import type { PackRegistry } from '../../lang/pack.js';

/** Options of the sentences stage. */
export interface SentencesOptions {}

/** Splits sentences and tokens. TODO(#2): abbreviations, linear time. */
export function createSentencesStage(_options: SentencesOptions = {}, _packs?: PackRegistry): Stage {
  return {
    name: 'sentences',
    requires: ['text', 'paragraphs', 'lang'],
    provides: ['sentences', 'tokens'],
    run(doc) {
      doc.sentences = [];
      doc.tokens = [];
      (doc.paragraphs ?? []).forEach((p, paragraph) => {
        const re = /[^.!?]+[.!?]*/g;
        const body = doc.text.slice(p.start, p.end);
        for (let m = re.exec(body); m; m = re.exec(body)) {
          if (m[0].trim()) doc.sentences!.push({ start: p.start + m.index, end: p.start + m.index + m[0].length, paragraph });
        }
      });
    },
  };
}
