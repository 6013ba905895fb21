import type { DiagnosticCode } from '../core/codes.js';
import type { Diagnostic } from '../core/diagnostic.js';
import type { ArticleInput, InputMeta, Rejection } from '../core/doc.js';
import { inputLabel } from '../core/pipeline.js';

/** What every reader yields: an article, or an input that could not become one. */
export type ReadResult = ArticleInput | Rejection;

/**
 * Makes a rejection naming the input and why, with a fatal diagnostic.
 * `message` should not repeat the path: the CLI prints the label in front of it.
 *
 * @example rejectInput(meta, 'input-binary', 'Cannot read file: it is binary (NUL bytes)')
 */
export function rejectInput(meta: InputMeta, code: DiagnosticCode, message: string, earlier: readonly Diagnostic[] = []): Rejection {
  return {
    meta,
    label: inputLabel(meta),
    diagnostics: [...earlier, { code, message, severity: 'fatal', stage: 'read' }],
  };
}

/** Makes a non-fatal reading diagnostic (`charset-fallback`, `record-field-ignored`…). */
export function readDiagnostic(code: DiagnosticCode, message: string, severity: 'warning' | 'info' = 'warning'): Diagnostic {
  return { code, message, severity, stage: 'read' };
}
