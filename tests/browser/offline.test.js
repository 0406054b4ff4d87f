// Offline after one visit: served over http, the page registers sw.js, which
// caches the whole site; with the network gone, a reload still draws every
// panel and computes (in English and in German), and a new build's sw.js
// replaces the old cache on the next visit. The site is served from a copy
// of dist/, so that a "new build" can be written into it.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { DIST, PAGE_PANELS, bounded, gotoPage, launch, openPage, readout, serveTempDir } from './harness.js';

let env;
let site;
beforeAll(async () => {
  env = await launch();
  site = await serveTempDir('infotheory-offline-', (dir) => fs.cpSync(DIST, dir, { recursive: true }));
});
afterAll(async () => {
  await site?.close();
  await env?.close();
});

/** The name of the cache the active service worker fills. */
const cacheNames = (page) =>
  bounded(
    'the cache names',
    page.evaluate(() => caches.keys()),
  );
const versionOf = (file) => fs.readFileSync(path.join(file), 'utf8').match(/const VERSION = '([0-9a-f]+)'/)[1];

/** What the service worker has done so far: the cache names, and whether a worker controls the page. */
const workerState = (page) =>
  page.evaluate(async () => ({ keys: await caches.keys(), controlled: navigator.serviceWorker.controller !== null }));

/** Waits (bounded, polling from here) until `ok(state)` holds for workerState(page). */
function waitForWorker(page, what, ok) {
  return bounded(what, async () => {
    for (;;) {
      if (ok(await workerState(page))) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });
}

/** Until a worker controls the page and the cache of `version` is the only one. */
function waitForCache(page, version) {
  return waitForWorker(
    page,
    `the service worker to control the page with the cache of version ${version} alone`,
    ({ keys, controlled }) => controlled && keys.length === 1 && keys[0] === `infotheory-${version}`,
  );
}

describe('offline after one visit', () => {
  test('a reload without the network still draws and computes every panel, in both languages', async () => {
    const page = await openPage(env.browser, `${site.url}index.html`);
    const version = versionOf(path.join(site.dir, 'sw.js'));
    await waitForCache(page, version);
    expect(await cacheNames(page)).toEqual([`infotheory-${version}`]);

    await page.context().setOffline(true);
    for (const query of ['', '?lang=de']) {
      await bounded('the offline reload', (ms) =>
        page.goto(`${site.url}index.html${query}`, { timeout: ms, waitUntil: 'load' }),
      );
      await bounded('the page to be ready offline', (ms) =>
        page.waitForSelector('html[data-ready="true"]', { timeout: ms }),
      );
      const mounted = await page.$$eval('[data-panel]', (roots) =>
        roots.filter((root) => root.childElementCount > 0).map((root) => root.dataset.panel),
      );
      expect(mounted).toEqual(PAGE_PANELS);
      expect(await page.evaluate(() => window.infotheory.binaryEntropy(0.9).toFixed(3))).toBe('0.325');
      expect(await page.$eval('html', (html) => html.lang)).toBe(query ? 'de' : 'en');
    }
    await page.context().setOffline(false);
    expect(page.problems.filter((p) => !p.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
    await page.context().close();
  });

  test('a new build takes over on the next visit, and its old cache is dropped', async () => {
    const page = await openPage(env.browser, `${site.url}index.html`);
    const oldVersion = versionOf(path.join(site.dir, 'sw.js'));
    await waitForCache(page, oldVersion);

    // "Deploy" a new build: another title, so another hash and another sw.js.
    const index = path.join(site.dir, 'index.html');
    fs.writeFileSync(index, fs.readFileSync(index, 'utf8').replace('<title', '<title data-build="2"'));
    const sw = path.join(site.dir, 'sw.js');
    const newVersion = 'feedfacefeedface';
    fs.writeFileSync(sw, fs.readFileSync(sw, 'utf8').replace(oldVersion, newVersion));
    try {
      // The next visit finds the new sw.js, which installs, takes over and drops the old cache.
      await bounded('a visit after the new build', (ms) => page.reload({ timeout: ms }));
      await waitForCache(page, newVersion);
      expect(await cacheNames(page)).toEqual([`infotheory-${newVersion}`]);
      await gotoPage(page, `${site.url}index.html`);
      expect(await page.$eval('title', (title) => title.dataset.build)).toBe('2');
      expect(await readout(page, 'coin-value')).toBe('H(0.500) = 0.693 nats = 1.000 bits');
    } finally {
      fs.cpSync(DIST, site.dir, { recursive: true });
    }
    expect(page.problems).toEqual([]);
    await page.context().close();
  });
});
