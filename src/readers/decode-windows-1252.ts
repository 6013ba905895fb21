/**
 * Characters of windows-1252 bytes 0x80–0x9F (where it differs from latin-1); undefined bytes stay
 * as their C1 code points, as the WHATWG encoding standard says.
 */
const HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];
const HIGH_CHARS = HIGH.map((c) => String.fromCharCode(c));

/**
 * Decodes windows-1252 bytes. Node 20's `TextDecoder('windows-1252')` decodes as plain latin-1
 * (0x80 becomes U+0080, not €), so the 32 differing bytes are mapped here.
 *
 * @example decodeWindows1252(Buffer.from([0x93, 0x63, 0x61, 0x66, 0xe9, 0x94, 0x80])) // '“café”€'
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(/[\u0080-\u009f]/g, (c) => HIGH_CHARS[c.charCodeAt(0) - 0x80]!);
}
