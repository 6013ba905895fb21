import type { Doc } from '../../core/doc.js';
import { addDiagnostic } from '../../core/diagnostic.js';
import type { Stage } from '../../core/stage.js';
import type { PackRegistry } from '../../lang/pack.js';
import { identifyLanguage } from './identify-language.js';
import { collectEvidence, compileMarkers, type Evidence } from './lexical-evidence.js';
import { loadFastText } from './load-fasttext.js';

/** Options of the language stage. */
export interface LanguageOptions {
  /** Characters of the text the detector reads (default 200: the headline and lead decide, and the detector slows on longer input). */
  sampleChars?: number;
}

/** Detector score at or above which a language given by the record that disagrees is reported. */
const MISMATCH_SCORE = 0.8;

/**
 * Identifies the article's language (`doc.lang`) with fastText's lid.176 model and the packs'
 * lexical markers, keeping the top candidates (`doc.langScores`). A language given by the record or
 * `--lang` wins, with `language-mismatch` when the text clearly says otherwise. A language with no
 * pack flows on with `language-unsupported`; later stages then find no pack and add empty layers.
 *
 * @example
 * const language = await createLanguageStage({}, packs);
 * language.run(doc, context); // doc.lang === 'id', doc.langScores = [{ lang: 'id', score: 0.93 }, …]
 */
export async function createLanguageStage(options: LanguageOptions = {}, packs?: PackRegistry): Promise<Stage> {
  const model = await loadFastText();
  const markers = compileMarkers(packs);
  const sampleChars = options.sampleChars ?? 200;
  return {
    name: 'language',
    requires: ['text'],
    provides: ['lang'],
    run(doc, context) {
      const sample = sampleOf(doc, sampleChars);
      const predictions = sample ? model.predict(sample, 5) : [];
      const evidence = collectEvidence(sample, markers);
      let found = identifyLanguage(predictions, evidence, markers);
      // "Rutte Minta Maaf kepada Indonesia …" holds no word only Indonesian or only Malay uses: close languages are told
      // apart by their exclusive words in a longer read of the text (the detector's reading stays the sample's)
      if (!found.tieBroken && noneExclusive(found.lang, evidence, markers.families)) {
        const longer = sampleOf(doc, TIE_BREAK_CHARS);
        if (longer.length > sample.length) found = identifyLanguage(predictions, { ...evidence, exclusive: collectEvidence(longer, markers).exclusive }, markers);
      }
      doc.langScores = found.scores;
      const given = normalizeCode(doc.input.lang);
      doc.lang = given ?? closeHint(found.lang, normalizeCode(doc.input.langHint), markers.families);
      if (given !== undefined) reportMismatch(doc, given, found, markers.families.get(given) ?? []);
      else if (found.uncertain) {
        addDiagnostic(doc, {
          code: 'language-uncertain',
          message: `Guessed language "${found.lang}" with low confidence: ${found.scores.map((s) => `${s.lang} ${s.score}`).join(', ')}`,
          severity: 'info',
          stage: 'language',
        });
      }
      if (!context.packs.get(doc.lang)) {
        addDiagnostic(doc, {
          code: 'language-unsupported',
          message: `Cannot analyse language "${doc.lang}": no language pack; only cleaning and sentences apply`,
          severity: 'warning',
          stage: 'language',
          expected: context.packs.codes(),
        });
      }
    },
  };
}

/** Characters read for the exclusive words of close languages when the sample holds none. */
const TIE_BREAK_CHARS = 2000;

/** `lang` has close languages, and the sample holds no word exclusive to it or to any of them. */
function noneExclusive(lang: string, evidence: Evidence, families: ReadonlyMap<string, readonly string[]>): boolean {
  const family = families.get(lang);
  if (!family || evidence.exclusive.get(lang)) return false;
  for (const other of family) if (evidence.exclusive.get(other)) return false;
  return true;
}

/** The headline and the start of the body, on one line (the detector reads one line), dateline left out. */
function sampleOf(doc: Doc, max: number): string {
  const d = doc.dateline;
  const text = d ? doc.text.slice(0, d.start) + doc.text.slice(d.end, d.end + max) : doc.text;
  return text.slice(0, max).replace(/\s+/g, ' ').trim();
}

/**
 * A page that declares Indonesian is Indonesian though the detector leans to Malay: the page's own
 * language decides only between close languages, as templates often declare one language for every page.
 */
function closeHint(found: string, hint: string | undefined, families: ReadonlyMap<string, readonly string[]>): string {
  return hint !== undefined && hint !== found && (families.get(found) ?? []).includes(hint) ? hint : found;
}

/** "EN", "en-US", "id_ID" → "en", "id"; empty → undefined. */
function normalizeCode(code: string | undefined): string | undefined {
  if (!code) return undefined;
  const primary = code.trim().toLowerCase().split(/[-_]/)[0];
  return primary ? primary : undefined;
}

function reportMismatch(doc: Doc, given: string, found: ReturnType<typeof identifyLanguage>, family: readonly string[]): void {
  const top = found.scores[0];
  const givenScore = found.scores.find((s) => s.lang === given)?.score ?? 0;
  // Indonesian given for a text that reads as Malay is a close call, not a mismatch.
  if (!top || top.lang === given || family.includes(top.lang) || top.score < MISMATCH_SCORE || givenScore > 0.1) return;
  addDiagnostic(doc, {
    code: 'language-mismatch',
    message: `Kept the given language "${given}", but the text reads as "${top.lang}" (${top.score})`,
    severity: 'warning',
    stage: 'language',
    actual: top.lang,
    expected: [given],
  });
}
