import type { PackRegistry } from '../../lang/pack.js';
import { compileVote, type PunctuationVote } from './choose-punctuation-words.js';
import { mergeRules } from './merge-rules.js';

/** Word lists for punctuation repair, from one pack's `clean.yml`. */
export interface PunctuationWords {
  code: string;
  /** Words after which a period is stray ("ke. Moskow"). */
  noFinal: ReadonlySet<string>;
  /** Words that continue a sentence; a capitalised one after a period shows a stray period ("Rusia. Yang"). */
  continuation: ReadonlySet<string>;
  /** Words that seldom start a sentence: a period before one is only flagged. */
  weakContinuation: ReadonlySet<string>;
  /** Subject pronouns, never a sentence alone ("Ia. Juga mengundang"). */
  subjects: ReadonlySet<string>;
  /** Words that open a predicate after its subject ("juga", "telah"; "also", "was"). */
  predicateStarts: ReadonlySet<string>;
  /** Prefixes of verb forms ("me", "ber", "di"): "Li. Menyetujui" continues with its predicate. */
  verbPrefixes: readonly string[];
  /** Words with a verb prefix that open sentences ("menurut", "menjelang"): not predicates. */
  openers: ReadonlySet<string>;
  /** Verbs that need what follows ("menyatakan. Turki mendukung"). */
  needsObject: ReadonlySet<string>;
  /** Negations: "tidak menjelaskan." may end a sentence. */
  negations: ReadonlySet<string>;
  /** Words after which a clause with its own subject starts ("bahwa", "said"). */
  clauseOpeners: ReadonlySet<string>;
  /** Words tying a noun to its complement ("untuk"): "komitmen. Anwar untuk" is flagged. */
  complementLinks: ReadonlySet<string>;
  /** Prepositions opening a fronted phrase ("Dengan kesepakatan ini. Indonesia"). */
  fronting: ReadonlySet<string>;
}

/** One compiled boilerplate rule and the pack it came from. */
export interface BoilerplateRule {
  test(line: string): boolean;
  source: string;
  /** The regular expression it tests, when it is one (`mergeRules` joins them). */
  pattern?: RegExp;
}

/** Everything the clean steps need from the packs, compiled once by the stage factory. */
export interface CleanData {
  /** Abbreviations of every pack, with their final period (`Dr.`, `U.S.`). */
  abbreviations: ReadonlySet<string>;
  /** The abbreviations ending in a period, without it ("Dr", "U.S"), for the word before a period. */
  abbreviationStems: ReadonlySet<string>;
  boilerplate: readonly BoilerplateRule[];
  /** The same rules merged into a few regular expressions, for testing every short line. */
  anyBoilerplate: readonly BoilerplateRule[];
  /** A bare "Read more:" / "Baca Juga" line: the teaser headline on the next line goes with it. */
  teasers: readonly BoilerplateRule[];
  /** Rules for the closing lines only ("-- AFP", "(END)", "(*)"), too risky to test mid-article. */
  footers: readonly BoilerplateRule[];
  /** Capitalised labels before a colon that are not places ("breaking", "terkini"), lower case. */
  datelineLabels: ReadonlySet<string>;
  /** Punctuation word lists per pack; the repair step picks the pack the text votes for. */
  punctuation: readonly PunctuationWords[];
  /** The punctuation words compiled for the language vote. */
  vote: PunctuationVote;
  /** All packs' punctuation words together: a cheap first look for stray periods, before the vote. */
  anyPunctuation: PunctuationWords;
}

/** File names this module reads in each pack. */
export const CLEAN_FILES = { clean: 'clean.yml', boilerplate: 'boilerplate.yml', abbreviations: 'abbreviations.txt', datelineLabels: 'dateline-labels.txt' } as const;

/** Raw shape of `clean.yml`. */
export interface CleanYaml {
  'no-final'?: string[];
  continuation?: string[];
  'weak-continuation'?: string[];
  subjects?: string[];
  'predicate-starts'?: string[];
  'verb-prefixes'?: string[];
  openers?: string[];
  'needs-object'?: string[];
  negations?: string[];
  'clause-openers'?: string[];
  'complement-links'?: string[];
  fronting?: string[];
}

/** The clean.yml keys, for check-data. */
export const CLEAN_YAML_KEYS = ['no-final', 'continuation', 'weak-continuation', 'subjects', 'predicate-starts', 'verb-prefixes', 'openers', 'needs-object', 'negations', 'clause-openers', 'complement-links', 'fronting'] as const;

/** Raw shape of `boilerplate.yml`. */
export interface BoilerplateYaml {
  'line-starts'?: string[];
  labels?: string[];
  'line-patterns'?: string[];
  teasers?: string[];
  'footer-patterns'?: string[];
}

/** The compiled rules of one `boilerplate.yml`. */
export interface BoilerplateRules {
  lines: BoilerplateRule[];
  teasers: BoilerplateRule[];
  footers: BoilerplateRule[];
}

/**
 * Compiles the clean data of every pack. Cleaning runs before language identification, so
 * boilerplate and abbreviations of all packs apply to every article (they are distinctive enough);
 * punctuation repair, which is riskier, uses the lists of the one pack the text votes for.
 */
export function compileCleanData(packs: PackRegistry | undefined): CleanData {
  const abbreviations = new Set<string>();
  const boilerplate: BoilerplateRule[] = [];
  const teasers: BoilerplateRule[] = [];
  const footers: BoilerplateRule[] = [];
  const datelineLabels = new Set<string>();
  const punctuation: PunctuationWords[] = [];
  for (const code of packs?.codes() ?? []) {
    const pack = packs!.get(code)!;
    for (const line of pack.lines(CLEAN_FILES.abbreviations)) abbreviations.add(line.split(/\s+/)[0]!);
    for (const line of pack.lines(CLEAN_FILES.datelineLabels)) datelineLabels.add(line.toLowerCase());
    const rules = compileBoilerplate(pack.yaml<BoilerplateYaml>(CLEAN_FILES.boilerplate), `${code}/${CLEAN_FILES.boilerplate}`);
    boilerplate.push(...rules.lines);
    teasers.push(...rules.teasers);
    footers.push(...rules.footers);
    const words = pack.yaml<CleanYaml>(CLEAN_FILES.clean);
    if (words) {
      punctuation.push({
        code,
        noFinal: new Set(words['no-final'] ?? []),
        continuation: new Set(words.continuation ?? []),
        weakContinuation: new Set(words['weak-continuation'] ?? []),
        subjects: new Set(words.subjects ?? []),
        predicateStarts: new Set(words['predicate-starts'] ?? []),
        verbPrefixes: words['verb-prefixes'] ?? [],
        openers: new Set(words.openers ?? []),
        needsObject: new Set(words['needs-object'] ?? []),
        negations: new Set(words.negations ?? []),
        clauseOpeners: new Set(words['clause-openers'] ?? []),
        complementLinks: new Set(words['complement-links'] ?? []),
        fronting: new Set(words.fronting ?? []),
      });
    }
  }
  const union = (pick: (p: PunctuationWords) => ReadonlySet<string>) => new Set(punctuation.flatMap((p) => [...pick(p)]));
  const anyPunctuation: PunctuationWords = {
    code: '*', noFinal: union((p) => p.noFinal), continuation: union((p) => p.continuation), weakContinuation: union((p) => p.weakContinuation),
    subjects: union((p) => p.subjects), predicateStarts: union((p) => p.predicateStarts), verbPrefixes: [...new Set(punctuation.flatMap((p) => p.verbPrefixes))],
    openers: union((p) => p.openers), needsObject: union((p) => p.needsObject), negations: union((p) => p.negations),
    clauseOpeners: union((p) => p.clauseOpeners), complementLinks: union((p) => p.complementLinks), fronting: union((p) => p.fronting),
  };
  const abbreviationStems = new Set([...abbreviations].filter((a) => a.endsWith('.')).map((a) => a.slice(0, -1)));
  return { abbreviations, abbreviationStems, boilerplate, anyBoilerplate: mergeRules(boilerplate), teasers, footers, datelineLabels, punctuation, vote: compileVote(punctuation), anyPunctuation };
}

/** Compiles one `boilerplate.yml`; throws SyntaxError on a bad pattern (check-data reports it first). */
export function compileBoilerplate(data: BoilerplateYaml | null, source: string): BoilerplateRules {
  const out: BoilerplateRules = { lines: [], teasers: [], footers: [] };
  if (!data) return out;
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
  const rule = (re: RegExp): BoilerplateRule => ({ test: (line) => re.test(line), source, pattern: re });
  const starts = data['line-starts'] ?? [];
  // "Baca juga: …", "Read more »", but not "Readers …"
  if (starts.length > 0) out.lines.push(rule(new RegExp(`^(?:${starts.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'iu')));
  const labels = data.labels ?? [];
  // "Foto: ANTARA/…", "Editor : Nama", but not "Foto-foto itu …"
  if (labels.length > 0) out.lines.push(rule(new RegExp(`^(?:${labels.map(escape).join('|')})\\s*:`, 'iu')));
  for (const pattern of data['line-patterns'] ?? []) out.lines.push(rule(new RegExp(pattern, 'u')));
  const teasers = data.teasers ?? [];
  if (teasers.length > 0) {
    // "Read more:", "Baca Juga", "Related Coverage »" alone on their line
    const teaser = rule(new RegExp(`^(?:${teasers.map(escape).join('|')})\\s*[:»›>|]?$`, 'iu'));
    out.lines.push(teaser);
    out.teasers.push(teaser);
  }
  for (const pattern of data['footer-patterns'] ?? []) out.footers.push(rule(new RegExp(pattern, 'u')));
  return out;
}
