/**
 * Named character references common in news pages. The DOM path decodes every HTML5 entity;
 * this table serves only the fallback tag stripper and metadata, so unknown names stay as written.
 */
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad',
  ndash: '\u2013', mdash: '\u2014', hellip: '\u2026', bull: '\u2022', middot: '\u00b7',
  lsquo: '\u2018', rsquo: '\u2019', sbquo: '\u201a', ldquo: '\u201c', rdquo: '\u201d', bdquo: '\u201e',
  laquo: '\u00ab', raquo: '\u00bb', copy: '\u00a9', reg: '\u00ae', trade: '\u2122', deg: '\u00b0',
  euro: '\u20ac', pound: '\u00a3', yen: '\u00a5', cent: '\u00a2', times: '\u00d7', divide: '\u00f7',
  aacute: '\u00e1', eacute: '\u00e9', iacute: '\u00ed', oacute: '\u00f3', uacute: '\u00fa',
  agrave: '\u00e0', egrave: '\u00e8', ograve: '\u00f2', auml: '\u00e4', euml: '\u00eb', ouml: '\u00f6',
  uuml: '\u00fc', iuml: '\u00ef', acirc: '\u00e2', ecirc: '\u00ea', ocirc: '\u00f4', ccedil: '\u00e7',
  ntilde: '\u00f1', szlig: '\u00df', Eacute: '\u00c9', Aacute: '\u00c1', Ouml: '\u00d6', Uuml: '\u00dc',
  zwj: '\u200d', zwnj: '\u200c', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009',
};

const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));?/g;

/**
 * Decodes character references in HTML text: numeric (`&#233;`, `&#xE9;`) and common named ones.
 *
 * @example decodeEntities('caf&eacute; &amp; th&#233;') // 'café & thé'
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name !== undefined) return NAMED[name] ?? whole;
    const code = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex!, 16);
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
    return String.fromCodePoint(code);
  });
}
