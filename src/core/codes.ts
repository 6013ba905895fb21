/**
 * Every diagnostic code readout emits, listed once, each with a one-line description.
 * Codes are kebab-case and stable: users filter on them. A test fails on any code used
 * in `src/` that is not listed here. Keep each stage's codes in its own section.
 */
export const DIAGNOSTIC_CODES = {
  // --- reading (src/readers) ---
  /** The input could not be read at all (permissions, vanished file). */
  'input-unreadable': 'The input could not be read',
  /** The input holds binary data, not text. */
  'input-binary': 'The input is binary, not text',
  /** The input has no text once whitespace is removed. */
  'input-empty': 'The input has no text',
  /** The input is larger than the configured limit. */
  'input-too-large': 'The input is larger than the size limit',
  /** A JSON or JSON Lines record could not be parsed. */
  'input-malformed': 'The record is not valid JSON',
  /** A record has neither `text` nor `html`, or one of them is not a string. */
  'record-missing-text': 'The record has no usable text or html field',
  /** A record field has the wrong type and was ignored. */
  'record-field-ignored': 'A record field has the wrong type and was ignored',
  /** The bytes were not valid UTF-8 and were decoded as windows-1252. */
  'charset-fallback': 'The input was not valid UTF-8 and was decoded as windows-1252',
  /** A byte-order mark told the encoding. */
  'charset-bom': 'A byte-order mark set the encoding',
  /** A folder walk met a symbolic link loop and skipped it. */
  'symlink-loop': 'A symbolic link loop was skipped',
  /** The published date given could not be understood. */
  'published-invalid': 'The published date is not a valid date',
  /** HTML was nested too deeply for a DOM parser and was read by the fallback tag stripper. */
  'html-too-deep': 'The HTML is nested too deeply; text was extracted without a DOM',
  /** The HTML had no readable main text. */
  'html-no-content': 'The HTML has no readable main text',
  /** The DOM parser or Readability failed on the HTML; text was extracted without a DOM. */
  'html-parse-failed': 'The HTML parser failed; text was extracted without a DOM',
  /** The HTML had too many elements for the DOM path to be quick; text was extracted without a DOM. */
  'html-too-large': 'The HTML has too many elements; text was extracted without a DOM',

  // --- clean (src/stages/clean) ---
  /** Unicode was normalised (NFC, compatibility characters, invisible characters). */
  'unicode-normalized': 'Unicode characters were normalised',
  /** Runs of whitespace were collapsed. */
  'whitespace-collapsed': 'Whitespace was collapsed',
  /** An exact repeat of an earlier paragraph was removed. */
  'duplicate-paragraph-removed': 'A paragraph repeated an earlier one and was removed',
  /** A paragraph nearly identical to an earlier one was removed. */
  'near-duplicate-paragraph-removed': 'A paragraph nearly repeated an earlier one and was removed',
  /** The headline repeated as a body paragraph was removed. */
  'duplicate-headline-removed': 'The headline was repeated in the body and was removed',
  /** A stray period that broke a sentence was removed. */
  'broken-punctuation-repaired': 'A stray period breaking a sentence was removed',
  /** A period looks stray but the evidence was too weak to repair it. */
  'broken-punctuation-suspected': 'A period looks stray and was left in place',
  /** A boilerplate line (read more, byline, credit, share, copyright) was removed. */
  'boilerplate-removed': 'A boilerplate line was removed',
  /** A leading dateline was recognised and kept as metadata. */
  'dateline-found': 'A dateline was found at the start of the article',
  /** The first line was taken as the headline. */
  'headline-detected': 'The first line was taken as the headline',
  /** HTML tags or entities were stripped from text. */
  'html-stripped': 'HTML markup was removed from the text',
  /** UTF-8 text that had been decoded as windows-1252 (`â€™`, `Ã©`) was decoded again (`’`, `é`). */
  'mojibake-repaired': 'Characters garbled by a wrong decoding were repaired',
  /** Lines of a hard-wrapped paragraph were joined into one paragraph. */
  'line-breaks-joined': 'Line breaks inside a hard-wrapped paragraph were joined',

  // --- language (src/stages/language) ---
  /** The detected language has no language pack; language-specific stages are skipped. */
  'language-unsupported': 'No language pack for the detected language',
  /** The detector was unsure between languages. */
  'language-uncertain': 'The language could not be told with confidence',
  /** The language given by the record or flag disagrees with the detector. */
  'language-mismatch': 'The language given disagrees with the detected language',

  // --- sentences (src/stages/sentences) ---
  /** A sentence was longer than the limit and was split at a hard boundary. */
  'sentence-too-long': 'A sentence was longer than the limit and was split',

  // --- actors (src/stages/actors) ---
  /** A name matched several actors and was left unresolved or resolved by context. */
  'actor-ambiguous': 'A name could refer to several actors',
  /** An actor was created from a title pattern, not from the actor data. */
  'actor-from-title': 'An unknown person was recognised by title',
  /** The article has no publication date, so people's roles are their most recent ones. */
  'actor-role-undated': 'Roles were taken as the most recent ones: no publication date',

  // --- dates (src/stages/dates) ---
  /** A weekday and the calendar date it stands beside disagree. */
  'date-weekday-mismatch': 'A weekday disagrees with its date',
  /** No valid publication date, so a relative or year-less date was left unresolved (`partial`, value null). */
  'date-unanchored': 'A relative or year-less date could not be resolved without a valid publication date',
  /** A date was ambiguous between day/month orders. */
  'date-ambiguous': 'A numeric date could be read in more than one way',
  /** No valid publication date, so relative dates were resolved against the dateline's full date. */
  'date-anchored-on-dateline': "Relative dates were resolved against the dateline's date",

  // --- places (src/stages/places) ---
  /** A place name matched several places and was resolved by context. */
  'place-ambiguous': 'A place name could refer to several places',

  // --- events (src/stages/events) ---
  /** An article yielded no event. */
  'no-event': 'No event was found in the article',

  // --- pipeline ---
  /** A stage failed on this article; the article was rejected. */
  'stage-failed': 'A stage failed on this article',
  /** Extracting the article killed its worker thread (out of memory, or a fatal error of the runtime); it was rejected. */
  'extraction-crashed': 'Extracting the article crashed its worker thread',
} as const satisfies Record<string, string>;

/** A stable diagnostic code. */
export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

/** Returns true when `code` is a listed diagnostic code. */
export function isDiagnosticCode(code: string): code is DiagnosticCode {
  return Object.hasOwn(DIAGNOSTIC_CODES, code);
}
