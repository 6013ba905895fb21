/**
 * Names the outlet of an article: the record's `source`, else the URL's host without `www.`,
 * else null. Outlets are compared lower-cased, so `Antara` and `antara` are one outlet.
 *
 * @example
 * outletOf({ url: 'https://www.antaranews.com/berita/1' }) // 'antaranews.com'
 */
export function outletOf(article: { source?: string | null; url?: string | null }): string | null {
  const source = article.source?.trim();
  if (source) return source.toLowerCase();
  if (article.url) {
    try {
      const host = new URL(article.url).hostname.toLowerCase();
      return host.replace(/^www\d?\./, '') || null;
    } catch {
      return null;
    }
  }
  return null;
}

/**
 * Counts distinct outlets among the articles reporting an event. Articles without a known outlet
 * count once per near-duplicate cluster: syndicated copies of one story are one source, not many.
 */
export function countSources(articles: ReadonlyArray<{ id: string; outlet: string | null; cluster: string | null }>): number {
  const keys = new Set<string>();
  for (const a of articles) keys.add(a.outlet !== null ? `o:${a.outlet}` : `c:${a.cluster ?? a.id}`);
  return keys.size;
}
