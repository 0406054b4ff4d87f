// The built page in headless Chromium: it loads from http and from file://,
// draws every chart, answers to sliders, drags (mouse and touch), buttons and
// the unit switch, and never asks for anything outside its own files.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import {
  FILE_URL,
  bounded,
  PAGE_PANELS,
  launch,
  mouseDrag,
  openPage,
  paintedPixels,
  pointPosition,
  readout,
  touchDrag,
  xPixel,
  yPixel,
} from './harness.js';

let env;
const pages = [];
beforeAll(async () => {
  env = await launch();
});
afterAll(async () => {
  await env?.close();
});

async function open(url = env.url, options, openOptions) {
  const page = await openPage(env.browser, url, options, openOptions);
  pages.push(page);
  return page;
}

const CANVASES = [
  '#surprise canvas',
  '#coin canvas',
  '#decomposition .chart-bars canvas',
  '#decomposition .chart-stack canvas',
];
const BARS = '#decomposition .chart-bars canvas';
const STACK = '#decomposition .chart-stack canvas';

describe.each([
  ['http', () => env.url],
  ['file://', () => FILE_URL],
])('the page over %s', (scheme, url) => {
  test('draws every chart and publishes window.infotheory', async () => {
    const page = await open(url());
    for (const canvas of CANVASES) {
      expect(await paintedPixels(page, canvas)).toBeGreaterThan(2000);
    }
    const h = await page.evaluate(() => window.infotheory.binaryEntropy(0.9));
    expect(h.toFixed(3)).toBe('0.325');
    const message = await page.evaluate(() => {
      try {
        window.infotheory.entropy([0.5, -0.5, 1]);
      } catch (error) {
        return error.message;
      }
    });
    expect(message).toBe('entropy: P[1] = -0.5 is negative; a probability must be in [0, 1]');
    expect(await readout(page, 'coin-value')).toBe('H(0.500) = 0.693 nats = 1.000 bits');
    // The kernels: over http the .wasm itself (compiled while it downloads);
    // from file://, where fetch cannot go, the same bytes as a classic script.
    const names = page.requests.map((u) => u.split('/').pop());
    // Once: infotheory-early.js starts it, the page takes its compiled module.
    expect(names.filter((name) => name === 'infotheory.wasm').length).toBe(scheme === 'http' ? 1 : 0);
    expect(names.includes('infotheory-wasm.js')).toBe(scheme === 'file://');
  });
});

describe('interaction', () => {
  test('moving the coin slider to 0.9 shows 0.325 nats', async () => {
    const page = await open();
    await page.locator('#coin input[type=range]').fill('0.9');
    expect(await readout(page, 'coin-value')).toBe('H(0.900) = 0.325 nats = 0.469 bits');
    const marker = await page.$eval('#coin canvas', (c) => c.infotheoryChart.data.datasets[1].data[0]);
    expect(marker.x).toBe(0.9);
    expect(marker.y.toFixed(3)).toBe('0.325');
  });

  test('the coin slider works from the keyboard', async () => {
    const page = await open();
    const slider = page.locator('#coin input[type=range]');
    await slider.focus();
    await page.keyboard.press('End');
    expect(await readout(page, 'coin-value')).toBe('H(1) = 0.000 nats = 0.000 bits');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    expect(await readout(page, 'coin-value')).toBe('H(0.001) = 0.008 nats = 0.011 bits');
  });

  test('typing a bad value in a number box is refused with a message', async () => {
    const page = await open();
    const box = page.locator('#coin input.number');
    await box.fill('1.5');
    expect(await box.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#coin .message').innerText()).toBe('Enter a probability from 0 to 1.');
    expect(await readout(page, 'coin-value')).toBe('H(0.500) = 0.693 nats = 1.000 bits');
    await box.fill('0.9');
    expect(await readout(page, 'coin-value')).toBe('H(0.900) = 0.325 nats = 0.469 bits');
    expect(await page.locator('#coin .message').innerText()).toBe('');
  });

  test('the unit switch turns 0.693 nats into 1 bit everywhere', async () => {
    const page = await open();
    expect(await readout(page, 'coin-value')).toBe('H(0.500) = 0.693 nats = 1.000 bits');
    await page.getByLabel('bits (log base 2)').check();
    expect(await readout(page, 'coin-value')).toBe('H(0.500) = 1.000 bits = 0.693 nats');
    expect(await readout(page, 'surprise-value')).toBe('I(0.250) = 2.000 bits');
    expect(await readout(page, 'decomposition-entropy')).toMatch(/ bits$/);
    const axis = await page.$eval('#coin canvas', (c) => c.infotheoryChart.options.scales.y.title.text);
    expect(axis).toBe('entropy H(p) in bits');
  });

  test('dragging a P bar with the mouse changes the stacked bar', async () => {
    const page = await open();
    await page.$eval(BARS, (c) => c.scrollIntoView({ block: 'center' }));
    const before = await page.$eval(STACK, (c) => c.infotheoryChart.data.datasets.map((d) => d.data));
    const sumBefore = await readout(page, 'decomposition-sum');
    const top = await pointPosition(page, BARS, 0, 3); // P of category 4, 0.1
    await mouseDrag(page, { x: top.x, y: top.y + 2 }, { x: top.x, y: await yPixel(page, BARS, 0.6) });
    const P = await page.$eval(BARS, (c) => c.infotheoryChart.data.datasets[0].data);
    expect(P[3]).toBeGreaterThan(0.5);
    expect(P[3]).toBeLessThan(0.7);
    expect(P.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    const after = await page.$eval(STACK, (c) => c.infotheoryChart.data.datasets.map((d) => d.data));
    expect(after[0][0]).not.toBe(before[0][0]); // H(P) changed
    expect(after[1][0]).not.toBe(before[1][0]); // D(P‖Q) changed
    expect(await readout(page, 'decomposition-sum')).not.toBe(sumBefore);
  });

  test('dragging a Q bar with a finger works too', async () => {
    const page = await open(env.url, { hasTouch: true });
    await page.$eval(BARS, (c) => c.scrollIntoView({ block: 'center' }));
    const top = await pointPosition(page, BARS, 1, 0); // Q of category 1, 0.25
    await touchDrag(page, { x: top.x, y: top.y + 2 }, { x: top.x, y: await yPixel(page, BARS, 0.7) });
    const Q = await page.$eval(BARS, (c) => c.infotheoryChart.data.datasets[1].data);
    expect(Q[0]).toBeGreaterThan(0.6);
    expect(Q.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  test('dragging the surprise point moves p along the curve', async () => {
    const page = await open();
    const canvas = '#surprise canvas';
    await page.$eval(canvas, (c) => c.scrollIntoView({ block: 'center' }));
    const point = await pointPosition(page, canvas, 1, 0);
    await mouseDrag(page, point, { x: await xPixel(page, canvas, 0.5), y: point.y });
    const p = await page.$eval(canvas, (c) => c.infotheoryChart.data.datasets[1].data[0]);
    expect(p.x).toBeGreaterThan(0.45);
    expect(p.x).toBeLessThan(0.55);
    const expected = await page.evaluate((x) => window.infotheory.surprise(x), p.x);
    expect(p.y).toBe(expected); // snapped onto the curve by the kernel
  });

  test('an impossible event reads ∞ and its point sits on the top edge as a triangle', async () => {
    const page = await open();
    await page.locator('#surprise input.number').first().fill('0');
    expect(await readout(page, 'surprise-value')).toBe('I(0) = ∞ nats');
    const drawn = await page.$eval('#surprise canvas', (c) => {
      const chart = c.infotheoryChart;
      return chart.data.datasets.map((d, i) => ({
        points: chart.getDatasetMeta(i).data.length,
        style: chart.getDatasetMeta(i).data[0]?.options.pointStyle,
        y: chart.getDatasetMeta(i).data[0]?.y,
      }));
    });
    expect(drawn[1].points).toBe(0);
    expect(drawn[2]).toMatchObject({ points: 1, style: 'triangle' });
    const top = await page.$eval('#surprise canvas', (c) => c.infotheoryChart.chartArea.top);
    expect(drawn[2].y).toBeCloseTo(top, 6);
  });

  test('Set Q = P makes KL exactly 0; a point-mass Q makes it ∞ with the reason', async () => {
    const page = await open();
    await page.getByRole('group', { name: 'Q:' }).getByRole('button', { name: 'Set Q = P' }).click();
    expect(await readout(page, 'decomposition-kl')).toBe('0.000 nats');
    expect(await readout(page, 'decomposition-cross-entropy')).toBe(await readout(page, 'decomposition-entropy'));
    await page.getByRole('group', { name: 'Q:' }).getByRole('button', { name: 'Point mass' }).click();
    expect(await readout(page, 'decomposition-kl')).toBe('∞ nats');
    expect(await readout(page, 'decomposition-cross-entropy')).toBe('∞ nats');
    expect(await readout(page, 'decomposition-notes')).toContain('Q gives category 2 probability 0');
    expect(await page.locator('#decomposition').innerText()).not.toContain('NaN');
  });

  test('changing K and typing in the table keep P and Q distributions', async () => {
    const page = await open();
    await page.getByLabel('Number of categories K').selectOption('6');
    const data = await page.$eval(BARS, (c) => c.infotheoryChart.data.datasets.map((d) => d.data));
    expect(data[0]).toHaveLength(6);
    expect(data[0].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    await page.locator('#decomposition').getByText('Edit the values in a table').click();
    const cell = page.getByLabel('P of category 1', { exact: true });
    await cell.fill('0.5');
    await cell.press('Enter');
    const P = await page.$eval(BARS, (c) => c.infotheoryChart.data.datasets[0].data);
    expect(P[0]).toBe(0.5);
    expect(P.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    await cell.fill('2');
    await cell.press('Enter');
    expect(await page.locator('#decomposition .table-details .message').innerText()).toBe(
      'P of category 1 must be a probability from 0 to 1.',
    );
  });
});

describe('loading', () => {
  test('the panel the address points at is mounted first, the others one per task after it', async () => {
    // Record, from before the script runs, the order in which the panels get
    // their content and how many tasks that takes.
    // Mutations made in one task reach the observer in one callback, so
    // `batch` tells tasks apart.
    const init = () => {
      window.__mountOrder = [];
      let batch = 0;
      new MutationObserver((records) => {
        batch += 1;
        for (const record of records) {
          const root = record.target;
          if (root.dataset?.panel && !window.__mountOrder.some((m) => m.panel === root.dataset.panel)) {
            window.__mountOrder.push({ panel: root.dataset.panel, task: batch });
          }
        }
      }).observe(document, { childList: true, subtree: true });
    };
    const page = await open(`${env.url}index.html#trust`, {}, { init });
    const order = await page.evaluate(() => window.__mountOrder);
    expect(order.map((m) => m.panel)).toEqual(['trust', ...PAGE_PANELS.filter((name) => name !== 'trust')]);
    // Each panel in a task of its own: no two share one.
    expect(new Set(order.map((m) => m.task)).size).toBe(order.length);
  });
});

describe('languages', () => {
  test.each([
    ['http', () => env.url],
    ['file://', () => FILE_URL],
  ])('over %s, German is fetched only when asked for, and then the page speaks it', async (_, url) => {
    const english = await open(url());
    expect(english.requests.some((u) => u.endsWith('/infotheory-de.js'))).toBe(false);
    const englishTitle = await english.title();
    const page = await open(`${url()}?lang=de`);
    expect(page.requests.some((u) => u.endsWith('/infotheory-de.js'))).toBe(true);
    expect(await page.$eval('html', (html) => html.lang)).toBe('de');
    expect(await page.title()).not.toBe(englishTitle);
    // German numbers: a decimal comma in the coin's readout.
    expect(await readout(page, 'coin-value')).toBe('H(0,500) = 0,693 nats = 1,000 bits');
  });
});

describe('where the kernels come from', () => {
  // Pages opened here see refused or relabelled requests on purpose, so they
  // stay out of `pages` (whose console must stay clean).
  test.each([
    ['the .wasm request fails', (route) => route.abort()],
    [
      'the server labels the .wasm application/octet-stream',
      async (route) => {
        const response = await route.fetch();
        await route.fulfill({
          response,
          headers: { ...response.headers(), 'content-type': 'application/octet-stream' },
        });
      },
    ],
  ])('the page still computes when %s', async (_, handler) => {
    // No service worker: its precache would ask for the .wasm too, after the test.
    const context = await env.browser.newContext({ serviceWorkers: 'block' });
    await context.route('**/infotheory.wasm', handler);
    const page = await context.newPage();
    const requests = [];
    page.on('request', (request) => requests.push(request.url().split('/').pop()));
    await bounded('the page to load', (ms) => page.goto(env.url, { timeout: ms }));
    await bounded('the page to be ready', (ms) => page.waitForSelector('html[data-ready="true"]', { timeout: ms }));
    const h = await bounded('H(0.9) from the page', () =>
      page.evaluate(() => window.infotheory.binaryEntropy(0.9).toFixed(3)),
    );
    expect(h).toBe('0.325');
    // A failed fetch falls back to the script; a mislabelled one is compiled from its bytes.
    expect(requests.includes('infotheory-wasm.js')).toBe(_.includes('fails'));
    await context.close();
  });
});

describe('after every page above', () => {
  test('no console errors and no request outside the page’s own files', () => {
    expect(pages.length).toBeGreaterThan(5);
    const own = (u) => u.startsWith(env.url) || u.startsWith(FILE_URL.replace(/index\.html$/, ''));
    for (const page of pages) {
      expect(page.problems).toEqual([]);
      expect(page.requests.filter((u) => !own(u))).toEqual([]);
    }
  });
});
