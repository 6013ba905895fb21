import type { Diagnostic } from '../core/diagnostic.js';
import type { InputMeta } from '../core/doc.js';
import type { ResolvedReadOptions } from './read-options.js';
import { recordToInput } from './record-to-input.js';
import { rejectInput, type ReadResult } from './reject-input.js';

/**
 * Reads a JSON document holding one record or an array of records. Unparsable JSON (a truncated
 * file) is one rejection with the parser's reason; each bad record of an array is rejected alone,
 * named by its index.
 *
 * @example readJson('[{"text":"A"},{"text":7}]', meta, [], options) // one article, one rejection (`a.json[1]`)
 */
export function* readJson(text: string, base: InputMeta, diagnostics: Diagnostic[], options: ResolvedReadOptions): Generator<ReadResult> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    yield rejectInput(base, 'input-malformed', `Cannot parse JSON: ${(error as Error).message}`, diagnostics);
    return;
  }
  if (!Array.isArray(value)) {
    yield recordToInput(value, { ...base, format: 'json' }, options, [...diagnostics]);
    return;
  }
  if (value.length === 0) {
    yield rejectInput(base, 'input-empty', 'Cannot read input: the JSON array holds no records', diagnostics);
    return;
  }
  for (let i = 0; i < value.length; i++) {
    yield recordToInput(value[i], { ...base, format: 'json', line: i }, options, [...diagnostics]);
    value[i] = undefined; // let each record be collected once read
  }
}
