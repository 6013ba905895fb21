/** Options shared by all readers. */
export interface ReadOptions {
  /** Publication date for inputs that carry none (`--published`). */
  published?: string;
  /** Language for inputs that carry none (`--lang`). */
  lang?: string;
  /** Standard input stream, for the path `-` (default `process.stdin`). */
  stdin?: NodeJS.ReadableStream;
  /** Largest article accepted, in bytes (default 32 MB); a `.json` file may hold four times this. */
  maxBytes?: number;
  /** Deepest HTML nesting handed to the DOM parser (default 128); deeper HTML is read by the tag stripper. */
  maxHtmlDepth?: number;
}

/** Read options with every default filled in. */
export interface ResolvedReadOptions {
  published: string | undefined;
  lang: string | undefined;
  stdin: NodeJS.ReadableStream;
  maxBytes: number;
  maxHtmlDepth: number;
}

/** Default size limit of one article: real articles are kilobytes; 32 MB leaves room for pasted dumps. */
export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

/**
 * Default HTML depth limit. Readability's cost grows with the square of the nesting depth
 * (about 0.15 s at 150 levels, 20 s at 2,000) and overflows the stack near 5,000; real pages stay under 60.
 */
export const DEFAULT_MAX_HTML_DEPTH = 128;

/** Fills in the defaults of `ReadOptions`. */
export function resolveReadOptions(options: ReadOptions = {}): ResolvedReadOptions {
  return {
    published: options.published,
    lang: options.lang,
    stdin: options.stdin ?? process.stdin,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    maxHtmlDepth: options.maxHtmlDepth ?? DEFAULT_MAX_HTML_DEPTH,
  };
}

/** Formats a byte count for messages: `25.0 MB`, `812 kB`, `12 bytes`. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} kB`;
  return `${bytes} bytes`;
}
