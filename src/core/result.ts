import type { ActorKind, Doc, Event, Quote, Rejection, Role } from './doc.js';

/** The contract's ArticleResult: what `extract` prints, one a line. */
export interface ArticleResult {
  id: string;
  source_path: string | null;
  lang: string | null;
  published: string | null;
  title: string | null;
  diagnostics: Array<{ code: string; message: string; severity: string; stage: string; start?: number; end?: number }>;
  actors: Array<{
    id: string;
    name: string;
    kind: ActorKind;
    country: string | null;
    role: Role | null;
    code: string | null;
    mentions: Array<{ start: number; end: number; text: string; resolution: string }>;
  }>;
  events: Event[];
  quotes: Array<Omit<Quote, never>>;
  /** Only with `--text`. */
  text?: string;
  /** Extensions beyond the contract. */
  url?: string;
  source?: string;
  dateline?: { start: number; end: number; text: string } | null;
  lang_scores?: Array<{ lang: string; score: number }>;
}

/** Options of `toArticleResult`. */
export interface ResultOptions {
  /** Include the cleaned text (`--text`). */
  text?: boolean;
}

/** Turns a finished Doc into the contract's ArticleResult. */
export function toArticleResult(doc: Doc, options: ResultOptions = {}): ArticleResult {
  const mentions = doc.mentions ?? [];
  const result: ArticleResult = {
    id: doc.id,
    source_path: doc.input.sourcePath,
    lang: doc.lang ?? null,
    published: doc.published,
    title: doc.title,
    diagnostics: doc.diagnostics.map((d) => {
      const out: ArticleResult['diagnostics'][number] = { code: d.code, message: d.message, severity: d.severity, stage: d.stage };
      if (d.start !== undefined) out.start = d.start;
      if (d.end !== undefined) out.end = d.end;
      return out;
    }),
    actors: (doc.actors ?? []).map((a) => ({
      id: a.id,
      name: a.name,
      kind: a.kind,
      country: a.country,
      role: a.role,
      code: a.code,
      mentions: a.mentions.map((i) => {
        const m = mentions[i]!;
        return { start: m.start, end: m.end, text: m.text, resolution: m.resolution };
      }),
    })),
    events: doc.events ?? [],
    quotes: doc.quotes ?? [],
  };
  if (doc.input.url !== undefined) result.url = doc.input.url;
  if (doc.input.source !== undefined) result.source = doc.input.source;
  if (doc.dateline) result.dateline = { start: doc.dateline.start, end: doc.dateline.end, text: doc.text.slice(doc.dateline.start, doc.dateline.end) };
  if (doc.langScores) result.lang_scores = doc.langScores;
  if (options.text) result.text = doc.text;
  return result;
}

/** One line for stderr naming a rejected input and why. */
export function describeRejection(rejection: Rejection): string {
  const fatal = rejection.diagnostics.find((d) => d.severity === 'fatal') ?? rejection.diagnostics[0];
  return `${rejection.label}: ${fatal ? `${fatal.message} [${fatal.code}]` : 'rejected'}`;
}
