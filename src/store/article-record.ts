import { createHash } from 'node:crypto';
import type { ArticleInput, Doc, Rejection } from '../core/doc.js';
import { toArticleResult, type ArticleResult } from '../core/result.js';
import { lshBands, encodeSignature } from '../cluster/lsh.js';
import { minhash } from '../cluster/minhash.js';
import { outletOf } from '../cluster/outlet.js';

/** Everything the store keeps of one extracted article; built where extraction ran (a worker). */
export interface ArticleRecord {
  kind: 'article';
  inputHash: string;
  contentHash: string;
  result: ArticleResult;
  raw: string;
  text: string;
  url: string | null;
  source: string | null;
  outlet: string | null;
  /** `path` or `path:line` when the input had no record id: an edited file then replaces its old article. */
  origin: string | null;
  signature: string;
  bands: number[];
  /** Event id → 1-based sentence number of its first evidence (GDELT Mentions' SentenceID). */
  sentenceIds: Record<string, number>;
}

/** A rejected input as the store keeps it. */
export interface RejectionRecord {
  kind: 'rejection';
  label: string;
  sourcePath: string | null;
  recordId: string | null;
  code: string;
  reason: string;
}

/**
 * Hashes what an input says (text and record metadata, not where it was found), so that an
 * unchanged input is recognised before extraction and a rerun skips straight past it.
 */
export function inputHash(input: ArticleInput): string {
  const m = input.meta;
  const meta = [m.recordId, m.title, m.url, m.source, m.publishedRaw, m.lang, m.format].map((v) => v ?? '').join('\u0001');
  return createHash('sha1').update(meta).update('\u0002').update(input.raw).digest('hex');
}

/** Builds the record of a finished Doc: the ArticleResult plus text, hashes and MinHash bands. */
export function toArticleRecord(doc: Doc, hash: string): ArticleRecord {
  const result = toArticleResult(doc);
  const body = bodyOf(doc);
  const signature = minhash(body);
  const contentHash = createHash('sha1')
    .update([doc.title ?? '', doc.published ?? '', doc.lang ?? '', doc.input.url ?? '', doc.input.source ?? ''].join('\u0001'))
    .update('\u0002').update(doc.text).update('\u0002').update(JSON.stringify(result.events)).update(JSON.stringify(result.actors))
    .digest('hex');
  return {
    kind: 'article',
    inputHash: hash,
    contentHash,
    result,
    raw: doc.raw,
    text: doc.text,
    url: doc.input.url ?? null,
    source: doc.input.source ?? null,
    outlet: outletOf({ source: doc.input.source ?? null, url: doc.input.url ?? null }),
    origin: originOf(doc),
    signature: encodeSignature(signature),
    bands: lshBands(signature),
    sentenceIds: sentenceIdsOf(doc),
  };
}

/** Builds the record of a rejected input. */
export function toRejectionRecord(rejection: Rejection): RejectionRecord {
  const fatal = rejection.diagnostics.find((d) => d.severity === 'fatal') ?? rejection.diagnostics[0];
  return {
    kind: 'rejection',
    label: rejection.label,
    sourcePath: rejection.meta.sourcePath,
    recordId: rejection.meta.recordId ?? null,
    code: fatal?.code ?? 'rejected',
    reason: fatal?.message ?? 'rejected',
  };
}

/** The cleaned text without its headline: reposts often change only the headline. */
function bodyOf(doc: Doc): string {
  const title = doc.paragraphs?.find((p) => p.title);
  return title ? doc.text.slice(title.end) : doc.text;
}

function sentenceIdsOf(doc: Doc): Record<string, number> {
  const out: Record<string, number> = {};
  const sentences = doc.sentences ?? [];
  for (const event of doc.events ?? []) {
    const start = event.evidence[0]?.start;
    if (start === undefined) continue;
    const index = sentences.findIndex((s) => s.start <= start && start < s.end);
    out[event.id] = index >= 0 ? index + 1 : 1;
  }
  return out;
}

/** `path[:line]` of an input that names no id of its own; stdin and records with ids have none. */
function originOf(doc: Doc): string | null {
  const m = doc.input;
  if (m.recordId !== undefined || m.sourcePath === null || m.sourcePath === '-') return null;
  return m.line !== undefined ? `${m.sourcePath}:${m.line}` : m.sourcePath;
}
