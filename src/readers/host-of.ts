/** The URL's host without a leading `www.`: `https://www.kompas.com/a` → `kompas.com`; null when it is no absolute URL. */
export function hostOf(url: string): string | null {
  try {
    const host = new URL(url).hostname;
    return host ? host.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}
