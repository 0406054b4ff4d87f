// Shared by the browser tests: Debian's Chromium through playwright-core
// (never a downloaded browser), the built site served from dist/, and a
// page that records console errors and every request it makes.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from '../../scripts/chromium.js';
import { serve } from '../../scripts/serve.js';
import { ROOT } from '../../scripts/run.js';

export const DIST = path.join(ROOT, 'dist');
export const FILE_URL = pathToFileURL(path.join(DIST, 'index.html')).href;

export async function launch() {
  const browser = await launchChromium();
  const { server, url } = await serve(DIST);
  return {
    browser,
    url,
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/**
 * Opens `url` in a fresh context and waits until the panels are mounted.
 * `page.problems` collects console errors and page errors; `page.requests`
 * every URL the page asked for. `init` is a further script to run before the
 * page's own.
 */
export async function openPage(
  browser,
  url,
  contextOptions = {},
  { ready = 'html[data-ready="true"]', init = null } = {},
) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...contextOptions });
  // Content-Security-Policy violations, as the page itself sees them.
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  page.problems = [];
  page.requests = [];
  page.on('console', (message) => {
    if (message.type() === 'error') page.problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => page.problems.push(`page error: ${error.message}`));
  page.on('request', (request) => page.requests.push(request.url()));
  page.on('response', (response) => {
    if (response.status() >= 400) page.problems.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  await page.goto(url);
  if (ready) await page.waitForSelector(ready, { timeout: 15000 });
  return page;
}

/** The CSP violations the page has recorded (see openPage). */
export function cspViolations(page) {
  return page.evaluate(() => window.__cspViolations);
}

/** Text of the element marked data-readout="name". */
export function readout(page, name) {
  return page.locator(`[data-readout="${name}"]`).innerText();
}

/** Number of canvas pixels that are not transparent. */
export function paintedPixels(page, selector) {
  return page.$eval(selector, (canvas) => {
    const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) painted++;
    return painted;
  });
}

/** Page coordinates of data point `index` of dataset `datasetIndex` (its top for a bar). */
export function pointPosition(page, canvasSelector, datasetIndex, index) {
  return page.$eval(
    canvasSelector,
    (canvas, [d, i]) => {
      const element = canvas.infotheoryChart.getDatasetMeta(d).data[i];
      const box = canvas.getBoundingClientRect();
      return { x: box.left + element.x, y: box.top + element.y };
    },
    [datasetIndex, index],
  );
}

/** Page y coordinate of value `value` on the chart's y axis. */
export function yPixel(page, canvasSelector, value) {
  return page.$eval(
    canvasSelector,
    (canvas, v) => canvas.getBoundingClientRect().top + canvas.infotheoryChart.scales.y.getPixelForValue(v),
    value,
  );
}

/** Page x coordinate of value `value` on the chart's x axis. */
export function xPixel(page, canvasSelector, value) {
  return page.$eval(
    canvasSelector,
    (canvas, v) => canvas.getBoundingClientRect().left + canvas.infotheoryChart.scales.x.getPixelForValue(v),
    value,
  );
}

/** Drags with the mouse from `from` to `to` in small steps, like a hand would. */
export async function mouseDrag(page, from, to) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
}

/** Drags with one finger (real touch events through the DevTools protocol). */
export async function touchDrag(page, from, to) {
  const cdp = await page.context().newCDPSession(page);
  const touch = (type, { x, y }) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
  await touch('touchStart', from);
  for (let step = 1; step <= 8; step++) {
    await touch('touchMove', { x: from.x + ((to.x - from.x) * step) / 8, y: from.y + ((to.y - from.y) * step) / 8 });
  }
  await touch('touchEnd', to);
  await cdp.detach();
}

/** The panels of index.html, in page order. */
export const PAGE_PANELS = ['surprise', 'coin', 'extremes', 'decomposition', 'fits', 'loss', 'vae', 'trust', 'summary'];
