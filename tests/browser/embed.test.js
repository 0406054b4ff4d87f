// Using the widget anywhere: embed.html, an iframe that sizes itself, the
// <info-widget> element on someone else's page (with its own strict CSP),
// state in the URL, the single self-contained file, and the exports.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DIST,
  PAGE_PANELS,
  answerQuestions,
  bounded,
  cspViolations,
  gotoPage,
  launch,
  openPage,
  paintedPixels,
  readout,
  serveDir,
  waitUntil,
} from './harness.js';

let env;
let host; // a second origin, for the pages that embed the widget
let hostDir;
const pages = [];

async function open(url, options, ready) {
  const page = await openPage(env.browser, url, options, ready);
  pages.push(page);
  return page;
}

// A course page on another origin, with a strict CSP of its own and CSS that
// would restyle the widget if it could reach in.
function hostPage(dist, body) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A course page</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' ${dist} 'wasm-unsafe-eval'; style-src 'self'; frame-src ${dist}; img-src 'self' data:">
<link rel="icon" href="data:,">
<link rel="stylesheet" href="host.css">
</head><body>
<h1>Week 3: information theory</h1>
<p class="lesson">Read the section, then play with the widgets.</p>
${body}
<script src="${dist}infotheory.js"></script>
<script src="${dist}embed-host.js"></script>
</body></html>`;
}

beforeAll(async () => {
  env = await launch();
  hostDir = fs.mkdtempSync(path.join(os.tmpdir(), 'infotheory-host-'));
  fs.writeFileSync(
    path.join(hostDir, 'host.css'),
    'p, li, dd, h1, h2, h3, button { color: rgb(255, 0, 0) !important; font-size: 40px !important; }\n',
  );
  fs.writeFileSync(
    path.join(hostDir, 'elements.html'),
    hostPage(
      env.url,
      `<info-widget id="coin" panel="coin" p="0.9" units="bits"></info-widget>
<info-widget id="decomposition" panel="decomposition" p="0.7,0.2,0.1" q="0.2,0.3,0.5" hide="presets"></info-widget>
<info-widget id="bad" panel="coin" p="2"></info-widget>
<details id="later"><summary>Open to see a widget</summary><info-widget id="hidden" panel="surprise"></info-widget></details>`,
    ),
  );
  fs.writeFileSync(
    path.join(hostDir, 'iframe.html'),
    hostPage(
      env.url,
      `<iframe id="frame" data-infotheory-embed src="${env.url}embed.html?panel=coin&amp;p=0.9&amp;hide=presets" title="coin" width="100%" height="150"></iframe>`,
    ),
  );
  host = await serveDir(hostDir);
});

afterAll(async () => {
  await env?.close();
  await host?.close();
  fs.rmSync(hostDir, { recursive: true, force: true });
});

describe('embed.html', () => {
  test('shows one panel with the state from the URL, and hides what it is asked to', async () => {
    const page = await open(`${env.url}embed.html?panel=coin&p=0.9&units=bits&hide=units,presets`);
    expect(await readout(page, 'coin-value')).toBe('H(0.900) = 0.469 bits = 0.325 nats');
    expect(await page.locator('h1').innerText()).toBe('Entropy of a biased coin');
    expect(await page.locator('.units-switch').isVisible()).toBe(false);
    expect(await page.locator('.buttons:not(.predict-buttons)').first().isVisible()).toBe(false);
    expect(await page.locator('input[type=range]').isVisible()).toBe(true);
    expect(await page.$$eval('[data-panel], section', (e) => e.length)).toBe(0);
  });

  test('bad and hostile values fall back to defaults with a visible note, never as HTML', async () => {
    const hostile = encodeURIComponent('<img src=x onerror="document.title=1">');
    const page = await open(`${env.url}embed.html?panel=surprise&p=${hostile}&p1=2&units=xx&hide=units,<b>`);
    const notes = await page.locator('.widget-notes').innerText();
    expect(notes).toContain(
      'p: "<img src=x onerror=\\"document.title=1\\">" is not a number; using the default (0.25).',
    );
    expect(notes).toContain('p1: "2" is outside [0, 1]; using the default (0.5).');
    expect(notes).toContain('units: "xx" is not one of nats, bits; using the default (nats).');
    expect(notes).toContain('hide: "<b>" is not one of');
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.title()).toBe('Surprise: how much an outcome tells you'); // not set by the hostile value
    expect(await readout(page, 'surprise-value')).toBe('I(0.250) = 1.386 nats');
  });

  test('an unknown panel says which ones exist', async () => {
    const page = await open(`${env.url}embed.html?panel=nope`, {}, { ready: '[data-embed] .widget-notes' });
    expect(await page.locator('[data-embed]').innerText()).toBe(
      'This embed needs ?panel= set to one of: surprise, coin, extremes, decomposition, coding, fits, loss, vae, trust, summary.',
    );
  });

  test('every panel can be embedded alone', async () => {
    const page = await open(`${env.url}embed.html?panel=trust`);
    for (const name of [
      'surprise',
      'coin',
      'extremes',
      'decomposition',
      'coding',
      'fits',
      'loss',
      'vae',
      'trust',
      'summary',
    ]) {
      await gotoPage(page, `${env.url}embed.html?panel=${name}`);
      expect(await page.locator('.widget-body').count()).toBe(1);
      for (const canvas of await page.$$('canvas')) {
        expect(
          await bounded(
            `a canvas of the ${name} panel`,
            canvas.evaluate((c) => c.width > 0),
          ),
        ).toBe(true);
      }
    }
  });
});

describe('an iframe on a course page', () => {
  test('grows to its content and reports state changes to the host', async () => {
    const page = await open(`${host.url}iframe.html`, {}, { ready: null });
    const frame = page.frameLocator('#frame');
    await bounded('the iframe’s panel to be ready', (ms) =>
      frame.locator('html[data-ready="true"]').waitFor({ timeout: ms }),
    );
    // The height settles (the host's scrollbar may appear and reflow the
    // frame once); then the iframe is as tall as its content.
    let outer = 0;
    let inner = -100;
    for (let tries = 0; tries < 100 && Math.abs(outer - inner) > 1; tries++) {
      await page.waitForTimeout(100);
      [outer, inner] = await Promise.all([
        page.$eval('#frame', (f) => f.offsetHeight),
        bounded(
          'the iframe’s height',
          frame.locator('html').evaluate((html) => html.scrollHeight),
        ),
      ]);
    }
    expect(inner).toBeGreaterThan(400);
    expect(Math.abs(outer - inner)).toBeLessThanOrEqual(1);
    await page.evaluate(() => {
      window.states = [];
      document.getElementById('frame').addEventListener('infotheory-state', (e) => window.states.push(e.detail));
    });
    // The learner answers the coin's predict-first question, so its readout shows.
    await frame.locator('.predict input.predict-number').fill('0.5');
    await frame.locator('.predict .predict-check').click();
    await frame.locator('.predict .predict-again').waitFor();
    await frame.locator('input[type=range]').fill('0.2');
    await waitUntil(page, 'the iframe to post its state to the host', () => window.states.length > 0);
    expect(await page.evaluate(() => window.states.at(-1))).toMatchObject({ panel: 'coin', state: { p: 0.2 } });
    expect(await frame.locator('[data-readout="coin-value"]').innerText()).toBe('H(0.200) = 0.500 nats = 0.722 bits');
  });
});

describe('<info-widget> on a course page', () => {
  let page;
  beforeAll(async () => {
    page = await open(`${host.url}elements.html`, {}, { ready: null });
    await waitUntil(
      page,
      'the decomposition element’s readout',
      () =>
        document.querySelector('#decomposition').shadowRoot?.querySelector('[data-readout="decomposition-sum"]')
          ?.textContent,
    );
  });
  const inWidget = (id, selector) => page.locator(`#${id}`).locator(selector);

  test('takes no focus on load, and Tab walks through and out of it', async () => {
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement.id)).toBe('coin');
    // Tab leaves every widget: the summary after them is reached.
    let presses = 1;
    while (!(await page.evaluate(() => document.activeElement.matches('#later > summary')))) {
      await page.keyboard.press('Tab');
      presses += 1;
      if (presses > 300) break;
    }
    expect(presses).toBeLessThan(300);
  });

  test('each element starts from its own attributes', async () => {
    await answerQuestions(page);
    await expect(inWidget('coin', '[data-readout="coin-value"]').innerText()).resolves.toBe(
      'H(0.900) = 0.469 bits = 0.325 nats',
    );
    const sum = await inWidget('decomposition', '[data-readout="decomposition-sum"]').innerText();
    expect(sum).toMatch(/^H\(P\) \+ D\(P‖Q\) = 0\.802 nats \+ /);
    expect(await inWidget('decomposition', '.buttons:not(.predict-buttons)').first().isVisible()).toBe(false);
    expect(await inWidget('bad', '.widget-notes').innerText()).toBe(
      'p: "2" is outside [0, 1]; using the default (0.5).',
    );
  });

  test('elements are independent, and attributes keep steering them', async () => {
    await answerQuestions(page);
    await inWidget('coin', 'input[type=range]').fill('0.5');
    expect(await inWidget('coin', '[data-readout="coin-value"]').innerText()).toBe(
      'H(0.500) = 1.000 bits = 0.693 nats',
    );
    expect(await inWidget('bad', '[data-readout="coin-value"]').innerText()).toBe('H(0.500) = 0.693 nats = 1.000 bits');
    const change = page.evaluate(
      () =>
        new Promise((resolve) =>
          document
            .getElementById('bad')
            .addEventListener('infotheory-change', (e) => resolve(e.detail), { once: true }),
        ),
    );
    await page.$eval('#bad', (el) => el.setAttribute('p', '0.1'));
    expect(await bounded('the infotheory-change event of #bad', change)).toMatchObject({
      panel: 'coin',
      state: { p: 0.1 },
    });
    expect(await inWidget('bad', '[data-readout="coin-value"]').innerText()).toBe('H(0.100) = 0.325 nats = 0.469 bits');
    await page.$eval('#bad', (el) => el.setAttribute('units', 'bits'));
    expect(await inWidget('bad', '[data-readout="coin-value"]').innerText()).toBe('H(0.100) = 0.469 bits = 0.325 nats');
    // Another language is fetched from beside infotheory.js and the element speaks it.
    await page.$eval('#bad', (el) => el.setAttribute('lang', 'de'));
    await waitUntil(page, '#bad to speak German', () =>
      document.getElementById('bad').shadowRoot.textContent.includes('Einheit'),
    );
    await answerQuestions(page);
    expect(await inWidget('bad', '[data-readout="coin-value"]').innerText()).toBe('H(0,100) = 0,469 bits = 0,325 nats');
    expect(page.requests.some((u) => u === `${env.url}infotheory-de.js`)).toBe(true);
  });

  test('setState sets fields together; a new language and theme at once keep what the reader did', async () => {
    await answerQuestions(page);
    // P and Q of a new length, together: no note, both taken.
    const state = await page.$eval('#decomposition', (el) => {
      el.setState({ P: [0.5, 0.5], Q: '0.9,0.1' });
      return el.state;
    });
    expect([state.P, state.Q]).toEqual([
      [0.5, 0.5],
      [0.9, 0.1],
    ]);
    expect(await inWidget('decomposition', '.widget-notes').innerText()).toBe('');
    // The reader's change, then two attributes in one go and a field while the new language loads.
    await page.$eval('#decomposition', (el) => el.setState({ P: [0.7, 0.3] }));
    const ready = page.evaluate(
      () =>
        new Promise((resolve) =>
          document
            .getElementById('decomposition')
            .addEventListener('infotheory-ready', (e) => resolve(e.detail.state), { once: true }),
        ),
    );
    await page.$eval('#decomposition', (el) => {
      el.setAttribute('lang', 'fr');
      el.setAttribute('theme', 'dark');
      el.setState({ Q: [0.6, 0.4] });
    });
    const restarted = await bounded('#decomposition to start again in French', ready);
    expect([restarted.P, restarted.Q]).toEqual([
      [0.7, 0.3],
      [0.6, 0.4],
    ]);
    // Before it starts, setState takes the panel's fields only.
    const attributes = await page.evaluate(() => {
      const el = document.createElement('info-widget');
      el.setState({ p: 0.3, onclick: 'alert(1)', panel: 'coin', lang: 'fr' });
      return el.getAttributeNames();
    });
    expect(attributes).toEqual(['p']);
  });

  test('the page’s CSS does not reach in, and the widget adds none to the page', async () => {
    const style = await bounded(
      'the style of the coin readout',
      inWidget('coin', '[data-readout="coin-value"]').evaluate((e) => {
        const s = getComputedStyle(e);
        return { color: s.color, size: s.fontSize };
      }),
    );
    expect(style.color).not.toBe('rgb(255, 0, 0)');
    expect(style.size).not.toBe('40px');
    const lesson = await page.$eval('.lesson', (e) => getComputedStyle(e).color);
    expect(lesson).toBe('rgb(255, 0, 0)');
    expect(await page.evaluate(() => [document.styleSheets.length, document.querySelectorAll('style').length])).toEqual(
      [1, 0],
    );
    expect(await page.evaluate(() => 'infotheory' in window)).toBe(false);
  });

  test('starts correctly when first revealed inside a closed container', async () => {
    await page.locator('#later > summary').click();
    await waitUntil(
      page,
      'the revealed element’s chart to get a width',
      () => document.querySelector('#hidden').shadowRoot?.querySelector('canvas')?.offsetWidth > 0,
    );
    const painted = await bounded(
      'the painted pixels of the revealed chart',
      inWidget('hidden', 'canvas').evaluate((canvas) => {
        const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
        let n = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i]) n++;
        return n;
      }),
    );
    expect(painted).toBeGreaterThan(2000);
  });
});

describe('state in the page URL', () => {
  test('a link opens the page with a panel’s state; moving a control updates the address', async () => {
    const page = await open(`${env.url}index.html?coin.p=0.9&units=bits#coin`);
    expect(await readout(page, 'coin-value')).toBe('H(0.900) = 0.469 bits = 0.325 nats');
    expect(await page.getByLabel('bits (log base 2)').first().isChecked()).toBe(true);
    await page.locator('#surprise input[type=range]').first().fill('0.5');
    await waitUntil(page, 'the address to hold surprise.p=0.5', () => location.search.includes('surprise.p=0.5'));
    expect(new URL(page.url()).searchParams.get('coin.p')).toBe('0.9');
    await bounded('the page to reload', (ms) => page.reload({ timeout: ms }));
    await bounded('the reloaded page to be ready', (ms) =>
      page.waitForSelector('html[data-ready="true"]', { timeout: ms }),
    );
    expect(await readout(page, 'surprise-value')).toBe('I(0.500) = 1.000 bits');
  });

  test('copy link and copy embed code give this panel’s state', async () => {
    const page = await open(`${env.url}index.html?decomposition.P=0.5,0.5&decomposition.Q=0.9,0.1`);
    const share = page.locator('#decomposition .share');
    await share.locator('summary').click();
    await share.getByRole('button', { name: 'Copy link' }).click();
    const link = await share.locator('textarea').inputValue();
    expect(link).toBe(`${env.url}index.html?decomposition.P=0.5%2C0.5&decomposition.Q=0.9%2C0.1#decomposition`);
    await share.getByRole('button', { name: 'Copy embed code' }).click();
    const code = await share.locator('textarea').inputValue();
    expect(code).toContain(`<iframe src="${env.url}embed.html?panel=decomposition&amp;P=0.5%2C0.5&amp;Q=0.9%2C0.1"`);
    expect(code).toContain(`<script src="${env.url}embed-host.js"></script>`);
    expect(code).toContain('<info-widget panel="decomposition" p="0.5,0.5" q="0.9,0.1"></info-widget>');
    // The link opens what was shared.
    const again = await open(link);
    expect(await readout(again, 'decomposition-kl')).toBe('0.511 nats');
  });

  test('hostile values in the page URL become notes, not markup', async () => {
    const page = await open(`${env.url}index.html?coin.p=%3Csvg%20onload%3Dalert(1)%3E&units=%3Ci%3E`);
    expect(await page.locator('#surprise .widget-notes').innerText()).toContain(
      'units: "<i>" is not one of nats, bits',
    );
    expect(await page.locator('#coin .widget-notes').innerText()).toContain(
      'p: "<svg onload=alert(1)>" is not a number',
    );
    expect(await page.locator('svg, i').count()).toBe(0);
  });
});

describe('export', () => {
  test('PNG and CSV of a chart, and the state as JSON that loads back', async () => {
    const page = await open(`${env.url}index.html?coin.p=0.9`, { acceptDownloads: true });
    const share = page.locator('#coin .share');
    await share.locator('summary').click();
    const fetchDownload = async (name) => {
      const [download] = await Promise.all([
        bounded(`the download of ${name}`, (ms) => page.waitForEvent('download', { timeout: ms })),
        share.getByRole('button', { name }).first().click(),
      ]);
      const file = await bounded(`the download of ${name} to finish`, download.path());
      return { name: download.suggestedFilename(), body: fs.readFileSync(file) };
    };
    const png = await fetchDownload('PNG');
    expect(png.name).toBe('coin-chart.png');
    expect(png.body.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const csv = await fetchDownload('CSV');
    expect(csv.name).toBe('coin-chart.csv');
    const lines = csv.body.toString().trim().split('\n');
    expect(lines[0]).toBe('series,x,y');
    expect(lines[1]).toBe('H(p) = −p log p − (1 − p) log(1 − p),0,0');
    expect(lines.at(-1)).toBe(`your coin,0.9,${await page.evaluate(() => window.infotheory.binaryEntropy(0.9))}`);
    const saved = await fetchDownload('Save state');
    expect(saved.name).toBe('coin-state.json');
    expect(JSON.parse(saved.body)).toEqual({ panel: 'coin', version: 1, state: { p: '0.9' } });
    await page.locator('#coin input[type=range]').fill('0.3');
    const file = path.join(hostDir, 'coin-state.json');
    fs.writeFileSync(file, saved.body);
    const status = share.locator('.share-status');
    await share.locator('input[type=file]').setInputFiles(file);
    await bounded('the status "State loaded."', (ms) =>
      status.filter({ hasText: 'State loaded.' }).waitFor({ timeout: ms }),
    );
    expect(await readout(page, 'coin-value')).toBe('H(0.900) = 0.325 nats = 0.469 bits');
    fs.writeFileSync(file, JSON.stringify({ panel: 'vae', state: {} }));
    await share.locator('input[type=file]').setInputFiles(file);
    await bounded('the status "Could not load"', (ms) =>
      status.filter({ hasText: 'Could not load' }).waitFor({ timeout: ms }),
    );
    expect(await status.innerText()).toBe(
      'Could not load the state: The file holds the state of "vae", not of this panel.',
    );
  });
});

describe('the single file', () => {
  test('works alone from an empty folder over file://, like the site', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'infotheory-single-'));
    const file = path.join(dir, 'infotheory-widget.html');
    fs.copyFileSync(path.join(DIST, 'infotheory-widget.html'), file);
    const url = pathToFileURL(file).href;
    const page = await open(url);
    expect(await page.$$eval('[data-panel]', (panels) => panels.map((p) => p.dataset.panel))).toEqual(PAGE_PANELS);
    for (const canvas of ['#coin canvas', '#fits .chart-square canvas', '#trust canvas']) {
      expect(await paintedPixels(page, canvas)).toBeGreaterThan(2000);
    }
    expect(await page.evaluate(() => window.infotheory.binaryEntropy(0.9).toFixed(3))).toBe('0.325');
    await page.locator('#coin input[type=range]').fill('0.9');
    expect(await readout(page, 'coin-value')).toBe('H(0.900) = 0.325 nats = 0.469 bits');
    expect(page.requests.filter((u) => u !== url && !u.startsWith('data:'))).toEqual([]);
    // Every language travels inside it.
    const german = await open(`${url}?lang=de`);
    expect(await german.$eval('html', (html) => html.lang)).toBe('de');
    expect(await readout(german, 'coin-value')).toBe('H(0,500) = 0,693 nats = 1,000 bits');
    expect(german.requests.filter((u) => !u.startsWith(url) && !u.startsWith('data:'))).toEqual([]);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('after every page above', () => {
  test('no CSP violations, console errors, or requests outside the site and the host page', async () => {
    expect(pages.length).toBeGreaterThan(8);
    const own = (u) =>
      u.startsWith(env.url) ||
      u.startsWith(host.url) ||
      u.startsWith('file://') ||
      u.startsWith('data:') ||
      u.startsWith('blob:');
    for (const page of pages) {
      expect(await cspViolations(page)).toEqual([]);
      expect(page.problems).toEqual([]);
      expect(page.requests.filter((u) => !own(u))).toEqual([]);
    }
  });
});
