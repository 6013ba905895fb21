import type { Doc, Sentence, Token } from '../../core/doc.js';
import { addDiagnostic } from '../../core/diagnostic.js';
import type { Stage } from '../../core/stage.js';
import type { PackRegistry } from '../../lang/pack.js';
import { compileAbbreviations } from './abbreviations.js';
import { rulesAgree } from './sentence-breaks.js';
import { splitSentences, type SentenceTools } from './split-sentences.js';
import { tokenize } from './tokenize.js';

/** Options of the sentences stage. */
export interface SentencesOptions {
  /** Add tokens (default true). */
  tokens?: boolean;
}

/**
 * Splits each paragraph into sentences (the headline is one sentence with `title: true`; the dateline
 * and the stamp lines under the headline are in none) and each sentence into tokens. Works for any language: a language without a pack gets
 * Intl.Segmenter's rules without abbreviations.
 *
 * @example
 * const sentences = createSentencesStage({}, packs);
 * sentences.run(doc, context); // doc.sentences, doc.tokens
 */
export function createSentencesStage(options: SentencesOptions = {}, packs?: PackRegistry): Stage {
  const tools = new Map<string, SentenceTools>();
  for (const code of packs?.codes() ?? []) {
    const pack = packs!.get(code)!;
    const segmenter = new Intl.Segmenter(pack.meta.locale, { granularity: 'sentence' });
    tools.set(code, { segmenter, abbreviations: compileAbbreviations(pack), rules: rulesAgree(segmenter) });
  }
  const fallback = (lang: string): SentenceTools => {
    const segmenter = new Intl.Segmenter(safeLocale(lang), { granularity: 'sentence' });
    const made = { segmenter, abbreviations: compileAbbreviations(undefined), rules: rulesAgree(segmenter) };
    tools.set(lang, made);
    return made;
  };
  const withTokens = options.tokens ?? true;
  return {
    name: 'sentences',
    requires: ['text', 'paragraphs', 'lang'],
    provides: ['sentences', 'tokens'],
    run(doc) {
      const lang = doc.lang ?? 'und';
      const { sentences, forced } = sentencesOf(doc, tools.get(lang) ?? fallback(lang));
      doc.sentences = sentences;
      const tokens: Token[] = [];
      if (withTokens) sentences.forEach((s, i) => tokenize(doc.text, s.start, s.end, i, tokens));
      doc.tokens = tokens;
      if (forced > 0) {
        addDiagnostic(doc, {
          code: 'sentence-too-long',
          message: `Split ${forced} over-long stretch${forced === 1 ? '' : 'es'} without a sentence end at a space`,
          severity: 'warning',
          stage: 'sentences',
        });
      }
    },
  };
}

function sentencesOf(doc: Doc, tools: SentenceTools): { sentences: Sentence[]; forced: number } {
  const sentences: Sentence[] = [];
  let forced = 0;
  const dateline = doc.dateline;
  (doc.paragraphs ?? []).forEach((p, paragraph) => {
    if (p.title) {
      sentences.push({ start: p.start, end: p.end, paragraph, title: true });
      return;
    }
    if (p.stamp) return;
    // "JAKARTA, KOMPAS.com - Presiden …": the body starts after the dateline.
    const start = dateline && dateline.start >= p.start && dateline.end <= p.end ? dateline.end : p.start;
    const split = splitSentences(doc.text, { start, end: p.end }, tools);
    forced += split.forced;
    for (const s of split.sentences) sentences.push({ start: s.start, end: s.end, paragraph });
  });
  return { sentences, forced };
}

/** A locale Intl accepts for `lang` ("und" and malformed codes fall back to the root locale). */
function safeLocale(lang: string): string {
  try {
    return Intl.Segmenter.supportedLocalesOf([lang])[0] ?? 'en';
  } catch {
    return 'en';
  }
}
