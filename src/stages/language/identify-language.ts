import type { LangScore } from '../../core/doc.js';
import type { Evidence, Markers } from './lexical-evidence.js';

/** Fewer words than this make a short text, where the statistical detector is weak. */
const SHORT_WORDS = 12;
/** Weights of the detector and of marker coverage, for short and long texts. */
const WEIGHTS = { short: { model: 0.5, lexical: 1.5 }, long: { model: 1, lexical: 0.3 } };
/** Below this top score (or this margin over the second) the result is uncertain. */
const UNCERTAIN_SCORE = 0.5;
const UNCERTAIN_MARGIN = 0.1;

/** The language chosen, its candidates with scores (best first, summing to at most 1), and whether it was a close call. */
export interface Identification {
  lang: string;
  scores: LangScore[];
  uncertain: boolean;
  /** The close-language tie-breaker changed the detector's choice (`ms` → `id`). */
  tieBroken: boolean;
}

/**
 * Combines the detector's probabilities with lexical evidence from the packs: marker coverage lifts
 * pack languages on short texts ("Menlu Retno tiba di Moskow" is not Italian), and exclusive markers
 * decide between close languages ("pemerintah", "karena" → Indonesian; "kerajaan", "kerana" → Malay).
 */
export function identifyLanguage(predictions: ReadonlyArray<{ lang: string; score: number }>, evidence: Evidence, markers: Markers): Identification {
  const weights = evidence.words < SHORT_WORDS ? WEIGHTS.short : WEIGHTS.long;
  const raw = new Map<string, number>();
  for (const p of predictions) raw.set(p.lang, p.score * weights.model);
  for (const [lang, hits] of evidence.hits) raw.set(lang, (raw.get(lang) ?? 0) + (hits / Math.max(1, evidence.words)) * weights.lexical);
  const total = [...raw.values()].reduce((a, b) => a + b, 0);
  let scores = [...raw].map(([lang, s]) => ({ lang, score: total > 0 ? s / total : 0 })).sort((a, b) => b.score - a.score);
  if (scores.length === 0) return { lang: 'und', scores: [], uncertain: true, tieBroken: false };
  let tieBroken = false;
  // "Prabowo Terima Kunjungan PM Anwar di Istana Merdeka …": names fool the detector, but running text of a language
  // with markers always holds some of them; one whose markers are absent from a long sample loses to one whose cover it
  const covered = evidence.words >= SHORT_WORDS && markedLanguages(markers).has(scores[0]!.lang) && !evidence.hits.get(scores[0]!.lang) ? lexicalLeader(evidence) : undefined;
  if (covered !== undefined) scores = promote(scores, covered);
  const winner = breakTie(scores[0]!.lang, evidence, markers);
  if (winner !== scores[0]!.lang) {
    scores = promote(scores, winner);
    tieBroken = true;
  }
  const [first, second] = scores;
  const uncertain = first!.score < UNCERTAIN_SCORE || (second !== undefined && first!.score - second.score < UNCERTAIN_MARGIN && !tieBroken);
  return { lang: first!.lang, scores: scores.slice(0, 3).map((s) => ({ lang: s.lang, score: round(s.score) })), uncertain, tieBroken };
}

/** Share of a long sample's words a language's markers must cover to overrule a detector whose choice shows none. */
const COVERAGE = 0.15;

/** The language whose markers cover the most of the sample, if they cover at least `COVERAGE` of it. */
function lexicalLeader(evidence: Evidence): string | undefined {
  let best: string | undefined;
  let most = COVERAGE * evidence.words;
  for (const [lang, hits] of evidence.hits) if (hits >= most) (best = lang), (most = hits);
  return best;
}

/** Languages with markers of their own in some pack (cached per marker set). */
function markedLanguages(markers: Markers): ReadonlySet<string> {
  let langs = MARKED.get(markers);
  if (langs === undefined) {
    langs = new Set([...markers.words.values(), ...markers.phrases.map((p) => p.langs)].flat());
    MARKED.set(markers, langs);
  }
  return langs;
}

const MARKED = new WeakMap<Markers, ReadonlySet<string>>();

/** Among the best language and its family, the one with strictly the most exclusive markers. */
function breakTie(best: string, evidence: Evidence, markers: Markers): string {
  const family = markers.families.get(best);
  if (!family) return best;
  let winner = best;
  let most = evidence.exclusive.get(best) ?? 0;
  for (const other of family) {
    const n = evidence.exclusive.get(other) ?? 0;
    if (n > most) {
      winner = other;
      most = n;
    }
  }
  return winner;
}

/** Moves `lang` to the top by swapping its score with the leader's. */
function promote(scores: LangScore[], lang: string): LangScore[] {
  const out = scores.map((s) => ({ ...s }));
  const i = out.findIndex((s) => s.lang === lang);
  if (i <= 0) {
    if (i === -1) out.unshift({ lang, score: out[0]!.score });
    return out;
  }
  [out[0]!.score, out[i]!.score] = [out[i]!.score, out[0]!.score];
  return out.sort((a, b) => b.score - a.score);
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
