// The one script (built to dist/infotheory.js): registers the Chart.js
// parts, defines <info-widget>, and on our own pages mounts the panels
// (index.html) or the single embedded panel (embed.html) and publishes the
// kernels as window.infotheory. On any other page it only defines the
// element: no globals, no styles, no focus taken.
import * as chartjs from 'chart.js';
import 'chartjs-plugin-dragdata'; // registers itself with Chart
import { load } from '../kernels.js';
import { valueLabelsPlugin } from '../charts/value-labels.js';
import { barFocusPlugin } from '../charts/keyboard.js';
import { arrowsPlugin } from '../charts/arrows.js';
import { heatmapPlugin } from '../charts/heatmap.js';
import { themePlugin } from '../charts/theme.js';
import { afterUpdatePlugin } from '../charts/a11y.js';
import { areaBarsPlugin } from '../charts/area-bars.js';
import { defineElement } from './element.js';
import { mountEmbed } from './embed.js';
import { mountPage } from './page.js';
import { scriptBase } from '../script-base.js';
import { loadLanguage, localize, pickLanguage } from '../i18n.js';
import { localized } from '../format.js';

// localStorage, or null where a sandbox or a setting forbids it.
function localStorageOrNull() {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

// The Chart.js parts the panels use, and no others (the rest is left out of
// the bundle).
const { Chart } = chartjs;
Chart.register(
  chartjs.BarController,
  chartjs.BarElement,
  chartjs.CategoryScale,
  chartjs.Filler,
  chartjs.Legend,
  chartjs.LineController,
  chartjs.LineElement,
  chartjs.LinearScale,
  chartjs.LogarithmicScale,
  chartjs.PointElement,
  chartjs.ScatterController,
  chartjs.Tooltip,
  valueLabelsPlugin,
  barFocusPlugin,
  arrowsPlugin,
  heatmapPlugin,
  themePlugin,
  afterUpdatePlugin,
  areaBarsPlugin,
);

// Tick labels of linear axes: the shortest decimal, with the chart's decimal
// sign. Cheaper than Chart.js's default, which builds an Intl.NumberFormat
// key for every tick of every update.
Chart.defaults.scales.linear.ticks.callback = function linearTick(value) {
  return localized(String(Number(value.toPrecision(12))), this.chart.options.locale ?? 'en');
};

// Where this script came from (script-base.js): embed code and links point there.
defineElement({ Chart, base: scriptBase });

async function start() {
  performance.mark('infotheory:start'); // bench/load.js reads these marks
  const page = document.querySelector('[data-panel]');
  const embed = document.querySelector('[data-embed]');
  if (!page && !embed) return; // a host page: <info-widget> elements start themselves
  const status = document.querySelector('[data-status]');
  // The reader's language is fetched (when not English) while the kernels load.
  loadLanguage(pickLanguage(new URLSearchParams(location.search).get('lang'), navigator.languages ?? []));
  let api;
  try {
    api = await load();
    performance.mark('infotheory:kernels');
  } catch (error) {
    if (status)
      status.textContent = localize(pickLanguage(null, navigator.languages)).t('status.failed', {
        reason: error.message,
      });
    throw error;
  }
  window.infotheory = api;
  if (embed) {
    await mountEmbed({ api, Chart, root: embed, location, parent: window.parent, window });
  } else {
    await mountPage({ api, Chart, document, location, history, navigator, storage: localStorageOrNull() });
  }
  if (status) status.textContent = '';
  document.documentElement.dataset.ready = 'true';
  performance.mark('infotheory:ready');
  keepOffline();
}

// Our own pages over http(s): the service worker (sw.js beside this script)
// caches the site for the next visit, offline included. Registered once the
// page is ready, so its downloads never compete with the first load; where
// it is not allowed (a sandboxed frame, a private mode), the page works as before.
function keepOffline() {
  // Only the site's own page (it links the manifest; the single file and embed.html do not).
  if (!document.querySelector('link[rel="manifest"]')) return;
  if (!/^https?:/.test(location.protocol) || !navigator.serviceWorker || !scriptBase) return;
  navigator.serviceWorker
    .register(new URL('sw.js', scriptBase), { scope: scriptBase, updateViaCache: 'none' })
    .catch(() => {});
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', start, { once: true });
} else {
  start();
}
