import { decodeEntities } from './decode-entities.js';
import { scanHtml } from './scan-html.js';

/**
 * Meta names and properties that carry the publication date, best first. Lower-cased.
 * `<meta property="article:published_time" content="2024-08-21T10:00:00+07:00">`
 */
const META_KEYS = [
  'article:published_time', 'og:published_time', 'og:article:published_time', 'datepublished',
  'article:published', 'published_time', 'publishdate', 'publish-date', 'publish_date', 'pubdate',
  'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date',
  'dcterms.created', 'dc.date.created', 'content_publish_date', 'date',
];
const META_RANK = new Map(META_KEYS.map((key, i) => [key, i]));

/** Ranks of the other sources, after the best metas and before the weaker ones. */
const RANK_JSON_LD = 3.5;
const RANK_TIME_PUBDATE = 100;
const RANK_TIME_FIRST = 101;

/**
 * Finds the publication date an HTML page declares, as written: `article:published_time` and similar
 * metas, JSON-LD `datePublished`, `itemprop="datePublished"`, `<time pubdate>`, else the first
 * `<time datetime>`. Linear, DOM-free, so it works on any page. Validation happens later (createDoc).
 *
 * @example findPublished('<meta property="article:published_time" content="2024-08-21T10:00:00+07:00">') // '2024-08-21T10:00:00+07:00'
 */
export function findPublished(html: string): string | null {
  let best: string | null = null;
  let bestRank = Infinity;
  const offer = (value: string | undefined, rank: number): void => {
    const v = value === undefined ? '' : decodeEntities(value).trim();
    if (v !== '' && rank < bestRank) {
      best = v;
      bestRank = rank;
    }
  };
  scanHtml(html, {
    open(name, a) {
      if (name === 'meta') {
        const key = (a['property'] ?? a['name'] ?? a['itemprop'] ?? a['http-equiv'] ?? '').toLowerCase();
        const rank = META_RANK.get(key);
        if (rank !== undefined) offer(a['content'], rank);
      } else if ((a['itemprop'] ?? '').toLowerCase() === 'datepublished') {
        offer(a['datetime'] ?? a['content'], META_RANK.get('datepublished')!);
      } else if (name === 'time') {
        offer(a['datetime'], 'pubdate' in a ? RANK_TIME_PUBDATE : RANK_TIME_FIRST);
      }
    },
    raw(name, a, start, end) {
      if (name === 'script' && (a['type'] ?? '').toLowerCase().includes('ld+json') && bestRank > RANK_JSON_LD) {
        const value = jsonLdDatePublished(html.slice(start, end));
        if (value !== null) offer(value, RANK_JSON_LD);
      }
    },
  });
  return best;
}

/** The first `datePublished` string in a JSON-LD block (objects, arrays, `@graph`), or null. */
export function jsonLdDatePublished(source: string): string | null {
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch {
    return null;
  }
  // Breadth-first with an explicit queue: JSON-LD can nest deeply and must not recurse.
  const queue: unknown[] = [value];
  for (let i = 0; i < queue.length && i < 10000; i++) {
    const node = queue[i];
    if (node === null || typeof node !== 'object') continue;
    const published = Array.isArray(node) ? undefined : (node as Record<string, unknown>)['datePublished'];
    if (typeof published === 'string' && published.trim() !== '') return published.trim();
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      if (child !== null && typeof child === 'object') queue.push(child);
    }
  }
  return null;
}
