import type { DiagnosticCode } from '../../core/codes.js';
import type { Severity } from '../../core/diagnostic.js';
import type { Edit } from '../../core/offset-map.js';
import type { Span } from '../../core/span.js';
import type { CleanData } from './clean-data.js';

/** A finding of a step, with offsets into the text the step saw. */
export interface Finding extends Span {
  code: DiagnosticCode;
  message: string;
  severity: Severity;
  /** The text removed or questioned. */
  actual?: string;
  expected?: string[];
}

/** Spans a step marks for later steps and for the Doc, in the coordinates of the text it saw. */
export interface Marks {
  /** The headline line. */
  title?: Span;
  /** Lines between the headline and the body: a timestamp, a byline with its date. */
  stamps?: Span[];
  /** The leading dateline and its parts. */
  dateline?: Span & { place?: Span; date?: Span; outlet?: string };
}

/** What the steps share: the compiled data, the record's metadata, the marks so far. */
export interface StepContext {
  data: CleanData;
  /** The title given by the record or HTML, if any. */
  metaTitle: string | null;
  format: string;
  /** Marks of earlier steps, translated into the current text. */
  marks: Marks;
}

/** What a step returns: edits on its input text, findings, new marks. */
export interface StepResult {
  edits?: Edit[];
  findings?: Finding[];
  marks?: Marks;
}

/** One numbered cleaning step. */
export interface CleanStep {
  readonly name: string;
  run(text: string, context: StepContext): StepResult;
}
