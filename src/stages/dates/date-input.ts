import type { HasDiagnostics } from '../../core/diagnostic.js';
import type { Dateline, Doc, Sentence, Token } from '../../core/doc.js';

/**
 * What the dates stage reads of a doc. The stage's functions take this, made once an article by
 * {@link dateInputOf}, rather than the doc: a doc's hidden class changes as stages add their fields (the
 * stage's own `dates` included, which a second pass over the same docs meets), and every function that
 * read the doc threw its optimised code away at each change. A doc fits this type too.
 */
export interface DateInput extends HasDiagnostics {
  readonly text: string;
  readonly sentences?: readonly Sentence[] | undefined;
  readonly tokens?: readonly Token[] | undefined;
  readonly dateline?: Dateline | null | undefined;
}

/** The doc's fields the stage reads, in an object of one shape whatever the doc's; diagnostics go to the doc's list. */
export function dateInputOf(doc: Doc): DateInput {
  return { text: doc.text, sentences: doc.sentences, tokens: doc.tokens, dateline: doc.dateline, diagnostics: doc.diagnostics };
}
