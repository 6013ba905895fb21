import type { Diagnostic } from '../core/diagnostic.js';
import { decodeWindows1252 } from './decode-windows-1252.js';
import { looksBinary } from './looks-binary.js';
import { readDiagnostic } from './reject-input.js';

/** Text decoded from bytes, or why the bytes are not text. */
export type Decoded =
  | { ok: true; text: string; diagnostics: Diagnostic[] }
  | { ok: false; code: 'input-binary'; message: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf8Lenient = new TextDecoder('utf-8', { ignoreBOM: true });
const utf16le = new TextDecoder('utf-16le', { ignoreBOM: true });
const utf16be = new TextDecoder('utf-16be', { ignoreBOM: true });

/**
 * Decodes bytes as text: a byte-order mark decides (UTF-8, UTF-16 LE/BE); otherwise strict UTF-8,
 * falling back to windows-1252 (a superset of latin-1) for bytes that are not valid UTF-8.
 * Binary data (NUL bytes, many control characters) is refused.
 *
 * @example decodeBytes(Buffer.from([0x63, 0x61, 0x66, 0xe9])) // 'café', with a charset-fallback warning
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  const diagnostics: Diagnostic[] = [];
  let text: string;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    text = utf8Lenient.decode(bytes.subarray(3));
    diagnostics.push(readDiagnostic('charset-bom', 'Read as UTF-8: the input starts with a UTF-8 byte-order mark', 'info'));
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = utf16le.decode(bytes.subarray(2));
    diagnostics.push(readDiagnostic('charset-bom', 'Read as UTF-16 LE: the input starts with its byte-order mark', 'info'));
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = utf16be.decode(bytes.subarray(2));
    diagnostics.push(readDiagnostic('charset-bom', 'Read as UTF-16 BE: the input starts with its byte-order mark', 'info'));
  } else {
    const strict = decodeUtf8OrNull(bytes);
    if (strict !== null) {
      text = strict;
    } else {
      text = decodeWindows1252(bytes);
      diagnostics.push(readDiagnostic('charset-fallback', 'Decoded as windows-1252: the bytes are not valid UTF-8'));
    }
  }
  const binary = looksBinary(text);
  if (binary) return { ok: false, code: 'input-binary', message: `Cannot read input: it is binary, not text (${binary})` };
  return { ok: true, text, diagnostics };
}

/** Strict UTF-8 decoding; null when the bytes are not valid UTF-8. */
export function decodeUtf8OrNull(bytes: Uint8Array): string | null {
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

/** Decodes bytes known to be UTF-8 or windows-1252 (one JSON line), reporting a fallback. */
export function decodeLine(bytes: Uint8Array, diagnostics: Diagnostic[]): string {
  const strict = decodeUtf8OrNull(bytes);
  if (strict !== null) return strict;
  diagnostics.push(readDiagnostic('charset-fallback', 'Decoded as windows-1252: the line is not valid UTF-8'));
  return decodeWindows1252(bytes);
}
