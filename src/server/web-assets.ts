import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** A file the dashboard needs, with its content type. */
interface Asset {
  path: string;
  type: string;
}

const require = createRequire(import.meta.url);
const WEB_DIR = fileURLToPath(new URL('../../web/', import.meta.url));

/**
 * Every URL the server answers with a static file. A fixed table, not a folder mapping, so no
 * request path can ever reach a file outside it.
 */
const ASSETS: Record<string, Asset> = {
  '/': { path: `${WEB_DIR}index.html`, type: 'text/html; charset=utf-8' },
  '/app.js': { path: `${WEB_DIR}app.js`, type: 'text/javascript; charset=utf-8' },
  '/charts.js': { path: `${WEB_DIR}charts.js`, type: 'text/javascript; charset=utf-8' },
  '/style.css': { path: `${WEB_DIR}style.css`, type: 'text/css; charset=utf-8' },
  '/vendor/topojson-client.min.js': { path: require.resolve('topojson-client/dist/topojson-client.min.js'), type: 'text/javascript; charset=utf-8' },
  '/vendor/countries-110m.json': { path: require.resolve('world-atlas/countries-110m.json'), type: 'application/json' },
};

const cache = new Map<string, Buffer>();

/** The asset served at `url`, or null. Files are read once and kept. */
export async function loadAsset(url: string): Promise<{ body: Buffer; type: string } | null> {
  if (!Object.hasOwn(ASSETS, url)) return null;
  const asset = ASSETS[url]!;
  let body = cache.get(url);
  if (!body) {
    body = await readFile(asset.path);
    cache.set(url, body);
  }
  return { body, type: asset.type };
}
