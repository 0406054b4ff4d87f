// Shared by the browser tests: Debian's Chromium through playwright-core
// (never a downloaded browser), the built site served from dist/, and a
// page that records console errors and every request it makes.
//
// Every wait is bounded: a browser test that hangs fails within WAIT_MS and
// says what it was waiting for. Playwright's own waits (locators, goto,
// waitFor*) get WAIT_MS as their default timeout; the calls that have no
// timeout of their own (evaluate, $eval, keyboard, mouse, CDP) are wrapped
// in bounded() by openPage() and cdpSession(); waits on a condition are
// wrapped at the call with a name for what they wait for.
import fs, { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from '../../scripts/chromium.js';
import { serve } from '../../scripts/serve.js';
import { ROOT } from '../../scripts/run.js';

export const DIST = path.join(ROOT, 'dist');
export const FILE_URL = pathToFileURL(path.join(DIST, 'index.html')).href;

/** The longest a browser test waits for any one thing. */
export const WAIT_MS = 15000;

/**
 * Waits for `work` (a promise, or a function given the time allowed in ms
 * that returns one) for at most `ms`. Its failure, or the time running out,
 * is thrown as "waiting for <what>: <reason>" (`what` may be a function,
 * asked only then).
 */
export async function bounded(what, work, ms = WAIT_MS) {
  let timer;
  const timeout = new Promise((resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`gave up after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([typeof work === 'function' ? work(ms) : work, timeout]);
  } catch (error) {
    const name = typeof what === 'function' ? what() : what;
    throw new Error(`waiting for ${name}: ${error?.message ?? error}`, { cause: error });
  } finally {
    clearTimeout(timer);
  }
}

/** A short name for a call's first argument: a selector, a key, a function's name or its first line. */
function describeArgument(argument) {
  if (typeof argument === 'function') {
    if (argument.name) return argument.name;
    const source = String(argument).replace(/\s+/g, ' ');
    return source.length > 60 ? `${source.slice(0, 57)}...` : source;
  }
  return JSON.stringify(argument) ?? String(argument);
}

/** Replaces `object[name]` for each name with the same method, bounded, described as `label.name(arg)`. */
function boundMethods(object, label, names) {
  for (const name of names) {
    const method = object[name].bind(object);
    object[name] = (...args) => bounded(`${label}.${name}(${describeArgument(args[0])})`, () => method(...args));
  }
}

/** Closes `server`, bounded. */
function closeServer(server, what) {
  return bounded(`${what} to close`, new Promise((resolve) => server.close(resolve)));
}

export async function launch() {
  const browser = await bounded('Chromium to start', (ms) => launchChromium({ timeout: ms }));
  const { server, url } = await bounded('the server of dist/ to start', serve(DIST));
  return {
    browser,
    url,
    async close() {
      await bounded('Chromium to close', browser.close());
      await closeServer(server, `the server on ${url}`);
    },
  };
}

/** Serves `dir` (a second origin for host pages), bounded; close() closes it, bounded. */
export async function serveDir(dir) {
  const { server, url } = await bounded(`a server of ${dir} to start`, serve(dir));
  return { server, url, close: () => closeServer(server, `the server on ${url}`) };
}

/**
 * A fresh temporary folder (named from `prefix`) that `fill(dir)` writes,
 * then serves (a second origin), bounded; close() stops serving and removes it.
 */
export async function serveTempDir(prefix, fill) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  try {
    await fill(dir);
    const served = await serveDir(dir);
    return {
      dir,
      url: served.url,
      async close() {
        await served.close();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/** A DevTools protocol session on `page` whose send() is bounded and names the method. */
export async function cdpSession(page) {
  const session = await bounded('a DevTools session', page.context().newCDPSession(page));
  boundMethods(session, 'cdp', ['send', 'detach']);
  return session;
}

/**
 * Opens `url` in a fresh context and waits until the panels are mounted.
 * `page.problems` collects console errors and page errors; `page.requests`
 * every URL the page asked for. `init` is a further script to run before the
 * page's own. Every wait on the page is bounded (see the top of this file).
 */
export async function openPage(
  browser,
  url,
  contextOptions = {},
  { ready = 'html[data-ready="true"]', init = null, answer = true } = {},
) {
  const context = await bounded('a new browser context', () =>
    browser.newContext({ viewport: { width: 1280, height: 900 }, ...contextOptions }),
  );
  context.setDefaultTimeout(WAIT_MS);
  context.setDefaultNavigationTimeout(WAIT_MS);
  // Content-Security-Policy violations, as the page itself sees them.
  await bounded('an init script to be added', () =>
    context.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    }),
  );
  if (init) await bounded('an init script to be added', () => context.addInitScript(init));
  const page = await bounded('a new page', () => context.newPage());
  boundMethods(page, 'page', [
    'evaluate',
    'evaluateHandle',
    '$eval',
    '$$eval',
    '$',
    '$$',
    'addScriptTag',
    'emulateMedia',
    'title',
  ]);
  boundMethods(page.keyboard, 'page.keyboard', ['press', 'type', 'down', 'up', 'insertText']);
  boundMethods(page.mouse, 'page.mouse', ['move', 'down', 'up', 'click', 'dblclick', 'wheel']);
  page.problems = [];
  page.requests = [];
  page.loaded = false;
  page.on('console', (message) => {
    if (message.type() === 'error') page.problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => page.problems.push(`page error: ${error.message}`));
  page.on('request', (request) => page.requests.push(request.url()));
  page.on('response', (response) => {
    if (response.status() >= 400) page.problems.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  await gotoPage(page, url, ready);
  page.loaded = true;
  // Tests of anything but the questions themselves see every readout: the
  // predict-first questions are answered (answer: false leaves them open).
  if (answer && ready) await answerQuestions(page);
  return page;
}

/** Navigates `page` to `url` and waits for `ready` (a selector; null: the load event only), bounded. */
export async function gotoPage(page, url, ready = 'html[data-ready="true"]', { answer = true } = {}) {
  await bounded(`${url} to load`, (ms) => page.goto(url, { timeout: ms }));
  if (ready) await bounded(`${ready} on ${url}`, (ms) => page.waitForSelector(ready, { timeout: ms }));
  // As in openPage: the predict-first questions answered, every readout shown.
  if (answer && ready && page.loaded) await answerQuestions(page);
}

/**
 * Waits until `fn` (run in the page, with `arg`) returns a truthy value,
 * bounded; `what` names the condition.
 */
export function waitUntil(page, what, fn, arg) {
  return bounded(what, (ms) => page.waitForFunction(fn, arg, { timeout: ms }));
}

/**
 * The console errors, page errors and failed requests of `page` since it
 * opened (or since the last call), taken out of page.problems. Throws if
 * the page never loaded, so that "no problems" cannot pass for a page that
 * was never there.
 */
export function takeProblems(page) {
  if (!page?.loaded) throw new Error('the page never loaded, so it cannot be checked for console errors');
  return page.problems.splice(0);
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
  const cdp = await cdpSession(page);
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
/** The page's panels in page order, read from web/index.html (its [data-panel] sections). */
export const PAGE_PANELS = [
  ...readFileSync(path.join(ROOT, 'web', 'index.html'), 'utf8').matchAll(/data-panel="([a-z]+)"/g),
].map((match) => match[1]);

/**
 * Answers every predict-first question on the page (web/predict.js) with
 * some guess (the first option, or the number box's minimum) so that the
 * readouts it hides are shown, for tests about something else. Waits,
 * bounded, until no readout is hidden any more.
 */
export async function answerQuestions(page) {
  await page.evaluate(() => {
    // The page and every open shadow root (<info-widget> mounts in one).
    const roots = [document, ...[...document.querySelectorAll('*')].map((e) => e.shadowRoot).filter(Boolean)];
    for (const box of roots.flatMap((root) => [...root.querySelectorAll('.predict')])) {
      const check = box.querySelector('.predict-check');
      if (!check || check.hidden || box.hidden) continue; // answered, or no question in this state
      const radio = box.querySelector('input[type="radio"]');
      if (radio) {
        radio.checked = true;
        radio.dispatchEvent(new Event('change', { bubbles: true }));
      }
      for (const input of box.querySelectorAll('input[type="number"], input[type="range"]')) {
        input.value = input.min || '0';
        input.dispatchEvent(new Event('input', { bubbles: true }));
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }
      check.click();
    }
    // As the page was before: no focus moved to an "Ask me again", scrolled to the top.
    document.activeElement?.blur?.();
    window.scrollTo(0, 0);
  });
  await waitUntil(page, 'every predict question answered and no readout hidden', () => {
    const roots = [document, ...[...document.querySelectorAll('*')].map((e) => e.shadowRoot).filter(Boolean)];
    return roots.every(
      (root) =>
        [...root.querySelectorAll('.predict')].every(
          (box) => box.hidden || box.querySelector('.predict-check').hidden,
        ) && root.querySelectorAll('[data-predict-hidden]').length === 0,
    );
  });
}

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

// axe is injected as a script, which our own Content-Security-Policy would
// rightly refuse: these pages are opened with CSP bypassed.
export async function axeViolations(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      nodes: v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}: ${n.failureSummary}`),
    }));
  });
}

// Opens every <details> so that axe also checks data tables, self-checks and
// the share tools.
export async function openAll(page) {
  await page.evaluate(() => {
    const all = [document, ...[...document.querySelectorAll('*')].map((e) => e.shadowRoot).filter(Boolean)];
    for (const root of all) for (const d of root.querySelectorAll('details')) d.open = true;
  });
}
