// <info-widget> over long use: 200 attribute changes (state, units, hide,
// and language, theme and panel, which re-render it) and 50 disconnects and
// reconnects. The charts web/charts/theme.js keeps for theme changes are exactly the
// live ones (Chart.js's instances), which are exactly those the widgets show:
// a destroyed chart is not kept. Nothing is logged as an error.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve } from '../../scripts/serve.js';
import { mulberry32 } from '../random.js';
import { launch, openPage } from './harness.js';

const CHANGES = 200;
const RECONNECTS = 50;
const CHECK_EVERY = 25; // counts compared every so many steps, so a failure says when it began
const WAIT = 15000; // the longest any one wait may take

let env;
let host; // a second origin: the course page with the widgets
let hostDir;
let page;

beforeAll(async () => {
  env = await launch();
  hostDir = fs.mkdtempSync(path.join(os.tmpdir(), 'infotheory-element-charts-'));
  fs.writeFileSync(
    path.join(hostDir, 'widgets.html'),
    `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Widgets</title><link rel="icon" href="data:,"></head><body>
<div id="here"><info-widget id="w" panel="decomposition" p="0.7,0.2,0.1" q="0.2,0.3,0.5"></info-widget></div>
<div id="there"></div>
<info-widget id="still" panel="coin" p="0.9"></info-widget>
<script src="${env.url}infotheory.js"></script>
</body></html>`,
  );
  host = await serve(hostDir);
  page = await openPage(env.browser, `${host.url}widgets.html`, {}, { ready: null });
  await waitFor('both widgets to show their charts', () =>
    ['#w', '#still'].every((id) => document.querySelector(id).shadowRoot?.querySelector('canvas')?.infotheoryChart),
  );
});

afterAll(async () => {
  await page?.context().close();
  await env?.close();
  await new Promise((resolve) => host?.server.close(resolve));
  if (hostDir) fs.rmSync(hostDir, { recursive: true, force: true });
});

/** Waits (at most WAIT) until `fn` is true in the page; the error names `what`. */
async function waitFor(what, fn, arg) {
  try {
    await page.waitForFunction(fn, arg, { timeout: WAIT, polling: 20 });
  } catch (error) {
    throw new Error(`waited ${WAIT / 1000} s for ${what}: ${error.message}`);
  }
}

/**
 * In the page: the charts theme.js tracks, the live Chart.js instances, and
 * the charts the widgets show (canvases with a chart, in their shadow roots).
 */
function chartCounts() {
  const shown = [...document.querySelectorAll('info-widget')]
    .flatMap((widget) => [...(widget.shadowRoot?.querySelectorAll('canvas') ?? [])])
    .filter((canvas) => canvas.infotheoryChart);
  if (shown.length) window.ChartForTests = shown[0].infotheoryChart.constructor;
  return {
    tracked: customElements.get('info-widget').trackedChartCount(),
    live: Object.keys(window.ChartForTests.instances).length,
    shown: shown.length,
  };
}

/** Compares the counts; `when` says at which step, for the message. */
async function expectOnlyLiveChartsTracked(when) {
  const counts = await page.evaluate(chartCounts);
  expect({ when, ...counts }).toEqual({ when, tracked: counts.shown, live: counts.shown, shown: counts.shown });
  return counts;
}

/** Waits until #w shows a chart again (after a re-render or a reconnect). */
function mounted(when) {
  return waitFor(
    `#w to show its charts ${when}`,
    () => document.querySelector('#w').shadowRoot?.querySelector('.widget-body canvas')?.infotheoryChart,
  );
}

/** Three probabilities in hundredths, summing to 1, as an attribute value. */
function distribution(r) {
  const a = 1 + Math.floor(r() * 97);
  const b = 1 + Math.floor(r() * (98 - a));
  return [a, b, 100 - a - b].map((n) => n / 100).join(',');
}

// The attribute changes, in turn. Each returns [name, value] pairs, set one
// after the other in the same task (two re-renders in a row: the second
// starts while the first is still loading).
const STEPS = [
  (r, panel) => [['p', panel === 'coin' ? String(Math.round(1 + r() * 98) / 100) : distribution(r)]],
  (r, panel) => [panel === 'coin' ? ['units', r() < 0.5 ? 'bits' : 'nats'] : ['q', distribution(r)]],
  (r, panel, get) => [['units', get('units') === 'bits' ? 'nats' : 'bits']],
  (r, panel, get) => [['lang', get('lang') === 'de' ? 'en' : 'de']],
  (r, panel, get) => [['theme', get('theme') === 'dark' ? 'light' : 'dark']],
  (r, panel) =>
    panel === 'coin'
      ? [['panel', 'decomposition']]
      : [
          ['panel', 'coin'],
          ['p', '0.3'],
        ],
  (r, panel, get) => [['hide', get('hide') === 'presets' ? 'notes' : 'presets']],
  (r, panel, get) => [
    ['lang', get('lang') === 'de' ? 'en' : 'de'],
    ['theme', get('theme') === 'dark' ? 'light' : 'dark'],
  ],
];

describe('<info-widget> keeps no chart it has destroyed', () => {
  test(`over ${CHANGES} attribute changes`, async () => {
    const r = mulberry32(12);
    const before = await expectOnlyLiveChartsTracked('at the start');
    expect(before.shown).toBeGreaterThan(1);
    for (let step = 0; step < CHANGES; step++) {
      const attributes = await page.$eval('#w', (w) =>
        Object.fromEntries(w.getAttributeNames().map((a) => [a, w.getAttribute(a)])),
      );
      const changes = STEPS[step % STEPS.length](r, attributes.panel, (name) => attributes[name] ?? null);
      await page.$eval('#w', (w, pairs) => pairs.forEach(([name, value]) => w.setAttribute(name, value)), changes);
      await mounted(`after change ${step + 1} (${JSON.stringify(changes)})`);
      if ((step + 1) % CHECK_EVERY === 0) await expectOnlyLiveChartsTracked(`after change ${step + 1}`);
    }
    expect(page.problems).toEqual([]);
  }, 180000);

  test(`over ${RECONNECTS} disconnects and reconnects`, async () => {
    const still = await page.$eval('#still', (w) => w.shadowRoot.querySelectorAll('canvas').length);
    for (let round = 0; round < RECONNECTS; round++) {
      const where = round % 2 === 0 ? '#there' : '#here';
      if (round % 5 === 4) {
        // Out and back in within one task: torn down and rendered again.
        await page.$eval('#w', (w, to) => document.querySelector(to).append(w), where);
      } else {
        await page.$eval('#w', (w) => {
          window.removedWidget = w;
          w.remove();
        });
        const counts = await expectOnlyLiveChartsTracked(`with #w disconnected, round ${round + 1}`);
        expect(counts.shown).toBe(still);
        await page.evaluate((to) => document.querySelector(to).append(window.removedWidget), where);
      }
      await mounted(`after reconnect ${round + 1}`);
      if ((round + 1) % 10 === 0) await expectOnlyLiveChartsTracked(`after reconnect ${round + 1}`);
    }
    await expectOnlyLiveChartsTracked('at the end');
    expect(page.problems).toEqual([]);
  }, 180000);
});
