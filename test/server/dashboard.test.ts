import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type BrowserContext } from 'playwright-core';
import { createApp } from '../../src/server/create-app.js';
import { sqliteStore, type TestStore } from '../store/backends.js';
import { seedStore } from './seed.js';

const CHROMIUM = process.env.READOUT_CHROMIUM ?? '/usr/bin/chromium';
const missing = existsSync(CHROMIUM) ? false : `Chromium not found at ${CHROMIUM} (install the "chromium" package; CI does)`;
if (missing && process.env.CI) throw new Error(`${missing}, and CI is set`);

describe('the dashboard in a real browser', { skip: missing }, () => {
  let ts: TestStore;
  let server: ServerType;
  let base: string;
  let context: BrowserContext;
  let profile: string;
  before(async () => {
    ts = await sqliteStore();
    await seedStore(ts.store);
    const app = createApp({ store: ts.store });
    server = await new Promise<ServerType>((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    profile = mkdtempSync(join(tmpdir(), 'readout-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
        '--disable-component-update', '--no-first-run', '--disable-sync'],
    });
  });
  after(async () => {
    await context?.close();
    await new Promise((resolve) => server?.close(resolve));
    await ts?.dispose();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  test('shows stats, timeline, dyads, network, map and events, and evidence as plain text', async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}/`);
    await page.locator('#events tbody tr').first().waitFor();
    assert.match(await page.textContent('#stats') ?? '', /^3 articles · 2 events/);
    assert.ok((await page.locator('#timeline rect').count()) >= 2);
    assert.equal(await page.locator('#dyads tbody tr').count(), 2);
    assert.ok((await page.locator('#network circle').count()) >= 4);
    assert.ok((await page.locator('#map path').count()) > 100, 'country outlines drawn');
    assert.equal(await page.locator('#map circle').count(), 2);

    await page.locator('#events tbody tr', { hasText: 'Xi Jinping' }).first().click();
    await page.locator('.evidence-item button').first().click();
    await page.waitForSelector('.article-text mark');
    const evidence = await page.textContent('#evidence');
    assert.match(evidence ?? '', /<img src=x onerror=/, 'the markup shows as text');
    assert.equal(await page.locator('#evidence img').count(), 0, 'no element was created from article text');
    assert.equal(await page.evaluate(() => (globalThis as { __owned?: number }).__owned), undefined);
    assert.deepEqual(errors, []);
  });

  test('filters go into the URL and narrow every panel', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/?dyad=IDN-AUS`);
    await page.locator('#events tbody tr').first().waitFor();
    assert.equal(await page.locator('#events tbody tr').count(), 1);
    assert.equal(await page.inputValue('input[name=dyad]'), 'IDN-AUS');
    await page.fill('input[name=country]', 'R1S');
    await page.click('button[type=submit]');
    await page.locator('#error', { hasText: /country/ }).waitFor();
    assert.match(await page.textContent('#error') ?? '', /country/);
  });
});
