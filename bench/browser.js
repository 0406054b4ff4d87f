// Interaction latency and load time in headless Chromium (Debian's), on the
// built site served from dist/ on localhost.
//
// Latency: for every panel, 200 synthetic drags (mouse events dispatched in
// the page, through Chart.js and the drag plugin) or slider moves; each is
// timed from the input event to the chart having drawn. Chart updates use
// update('none') and no animation, so the redraw happens inside the event's
// own handler: the time around dispatchEvent covers kernels, chart configs
// and drawing. One event per animation frame, as browsers deliver pointer
// moves: the page has been laid out and painted before each event, as it
// would be for a hand on a mouse.
import { launchChromium } from '../scripts/chromium.js';
import { serve } from '../scripts/serve.js';
import { answerQuestions } from '../tests/browser/harness.js';

// What each panel is driven by: a slider (CSS selector) or a drag of data
// point `index` of dataset `dataset` on a canvas, moving along `axis`.
const INPUTS = {
  surprise: { slider: '#surprise input[name="surprise-p"]', min: 0.05, max: 0.95 },
  coin: { drag: '#coin canvas', dataset: 1, index: 0, axis: 'x', from: 0.1, to: 0.9 },
  extremes: { drag: '#extremes .chart-bars canvas', dataset: 0, index: 2, axis: 'y', from: 0.05, to: 0.6 },
  decomposition: { drag: '#decomposition .chart-bars canvas', dataset: 0, index: 1, axis: 'y', from: 0.05, to: 0.8 },
  fits: { drag: '#fits .chart canvas', dataset: 3, index: 1, axis: 'x', from: -1, to: 4.5 },
  loss: { drag: '#loss .chart-pair .chart canvas', dataset: 0, index: 1, axis: 'y', from: -4, to: 4 },
  vae: { slider: '#vae input[name="vae-mu"]', min: -2.5, max: 2.5 },
  trust: { drag: '#trust .chart-pair .chart canvas', dataset: 0, index: 1, axis: 'y', from: 0.1, to: 0.7 },
};

export const launchBrowser = launchChromium;

function percentile(sorted, q) {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/** p50 and p95 (ms) of 200 inputs per panel. */
export async function benchLatency(browser, url, { events = 200 } = {}) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${url}index.html`);
  await page.waitForSelector('html[data-ready="true"]');
  // As a learner who has answered each panel's question: until then the
  // panels hide the series the question would give away.
  await answerQuestions(page);
  const results = {};
  for (const [panel, input] of Object.entries(INPUTS)) {
    const selector = input.slider ?? input.drag;
    await page.$eval(selector, (e) => e.scrollIntoView({ block: 'center' }));
    const times = await page.evaluate(
      async ([input, count]) => {
        const times = [];
        const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
        const timed = async (dispatch) => {
          await nextFrame();
          const start = performance.now();
          dispatch();
          times.push(performance.now() - start);
        };
        const at = (i) => input.from + ((input.to - input.from) * (i % 50)) / 49;
        if (input.slider) {
          const slider = document.querySelector(input.slider);
          for (let i = 0; i < count; i++) {
            await timed(() => {
              slider.value = String(input.min + ((input.max - input.min) * (i % 50)) / 49);
              slider.dispatchEvent(new Event('input', { bubbles: true }));
            });
          }
          return times;
        }
        const canvas = document.querySelector(input.drag);
        const chart = canvas.infotheoryChart;
        const box = canvas.getBoundingClientRect();
        const element = chart.getDatasetMeta(input.dataset).data[input.index];
        const mouse = (type, x, y, target) =>
          target.dispatchEvent(
            new MouseEvent(type, { clientX: x, clientY: y, bubbles: true, cancelable: true, view: window, button: 0 }),
          );
        const x0 = box.left + element.x;
        const y0 = box.top + element.y;
        mouse('mousedown', x0, input.axis === 'y' ? y0 + 2 : y0, canvas);
        for (let i = 0; i < count; i++) {
          const pixel = chart.scales[input.axis].getPixelForValue(at(i));
          const x = input.axis === 'x' ? box.left + pixel : x0;
          const y = input.axis === 'y' ? box.top + pixel : y0;
          // On the canvas (it bubbles to the drag handler on window), so the
          // event's offsetX/offsetY are relative to the canvas, as a real one's are.
          await timed(() => mouse('mousemove', x, y, canvas));
        }
        mouse('mouseup', x0, y0, window);
        return times;
      },
      [input, events],
    );
    times.sort((a, b) => a - b);
    results[panel] = {
      p50: percentile(times, 0.5),
      p95: percentile(times, 0.95),
      max: times[times.length - 1],
      count: times.length,
    };
  }
  await page.close();
  return results;
}

/**
 * Time from navigation to the first panel being interactive and to all panels
 * ready, and the longest main-thread task until then (ms; long tasks are those
 * over 50 ms, so 0 means none), median of `runs`.
 */
export async function benchLoad(browser, url, { runs = 7 } = {}) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      window.__longestTask = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__longestTask = Math.max(window.__longestTask, entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    const page = await context.newPage();
    await page.goto(`${url}index.html`);
    await page.waitForSelector('html[data-ready="true"]');
    samples.push(
      await page.evaluate(() => ({
        first: performance.getEntriesByName('infotheory:first-panel')[0].startTime,
        ready: performance.getEntriesByName('infotheory:ready')[0].startTime,
        longest: window.__longestTask,
      })),
    );
    await context.close();
  }
  const median = (key) => samples.map((s) => s[key]).sort((a, b) => a - b)[Math.floor(runs / 2)];
  return { firstPanel: median('first'), allPanels: median('ready'), longestTask: median('longest'), runs };
}

export async function withSite(dir, fn) {
  const { server, url } = await serve(dir);
  try {
    return await fn(url);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}
