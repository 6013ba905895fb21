import type { DiagnosticCode } from './codes.js';
import type { Span } from './span.js';

/** How bad a finding is: `fatal` rejects the article. */
export type Severity = 'fatal' | 'warning' | 'info';

/** Names of the pipeline's stages, plus `read` for the readers. */
export type StageName =
  | 'read' | 'clean' | 'language' | 'sentences' | 'actors' | 'dates' | 'places' | 'events' | 'pipeline'
  | (string & {});

/** A finding about one article: a repair made, a guess, an ambiguity, or why it was rejected. */
export interface Diagnostic extends Partial<Span> {
  code: DiagnosticCode;
  message: string;
  severity: Severity;
  stage: StageName;
  /** The text the finding is about, when useful (what was removed, what was ambiguous). */
  actual?: string;
  /** What was expected or chosen instead. */
  expected?: string[];
  /** Offsets into the raw text, for findings about text that cleaning removed. */
  rawStart?: number;
  rawEnd?: number;
}

/** Anything with a diagnostics list (a Doc, a reader result). */
export interface HasDiagnostics {
  diagnostics: Diagnostic[];
}

/** Appends a diagnostic and returns it. */
export function addDiagnostic(target: HasDiagnostics, diagnostic: Diagnostic): Diagnostic {
  target.diagnostics.push(diagnostic);
  return diagnostic;
}

/** Returns the first fatal diagnostic, if any. */
export function fatalOf(target: HasDiagnostics): Diagnostic | undefined {
  return target.diagnostics.find((d) => d.severity === 'fatal');
}
