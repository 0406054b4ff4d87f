// The page: loads the kernels, publishes them as window.infotheory, and
// mounts every panel found in the document. Bundled by esbuild into
// dist/app.js (a classic script, so the page also runs from file://).
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  LogarithmicScale,
  PointElement,
  ScatterController,
  Tooltip,
} from 'chart.js';
import 'chartjs-plugin-dragdata'; // registers itself with Chart
import { load } from './kernels.js';
import { createStore } from './store.js';
import { valueLabelsPlugin } from './panels/value-labels.js';
import { barFocusPlugin } from './bar-keyboard.js';
import { arrowsPlugin } from './panels/arrows.js';
import { heatmapPlugin } from './panels/heatmap.js';
import * as surprise from './panels/surprise.js';
import * as coin from './panels/coin.js';
import * as extremes from './panels/extremes.js';
import * as decomposition from './panels/decomposition.js';
import * as fits from './panels/fits.js';
import * as loss from './panels/loss.js';
import * as vae from './panels/vae.js';
import * as trust from './panels/trust.js';
import * as summary from './panels/summary.js';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  Filler,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  LogarithmicScale,
  PointElement,
  ScatterController,
  Tooltip,
  valueLabelsPlugin,
  barFocusPlugin,
  arrowsPlugin,
  heatmapPlugin,
);

export const PANELS = { surprise, coin, extremes, decomposition, fits, loss, vae, trust, summary };

function mountUnitsSwitch(element, onChange) {
  for (const input of element.querySelectorAll('input[name="units"]')) {
    input.addEventListener('change', () => {
      if (input.checked) onChange(input.value);
    });
  }
}

async function start() {
  const status = document.querySelector('[data-status]');
  let api;
  try {
    api = await load();
  } catch (error) {
    if (status) status.textContent = `The calculators could not start: ${error.message}`;
    throw error;
  }
  window.infotheory = api;
  const units = document.querySelector('input[name="units"]:checked')?.value ?? 'nats';
  // One store per panel; a panel with a `source` (the summary) shares that
  // panel's store, or gets its own where the source is not on the page.
  const stores = new Map();
  const storeFor = (name) => {
    if (!stores.has(name)) stores.set(name, createStore({ ...PANELS[name].defaults, units }));
    return stores.get(name);
  };
  for (const root of document.querySelectorAll('[data-panel]')) {
    const name = root.dataset.panel;
    const panel = PANELS[name];
    if (!panel) continue;
    panel.mount(root, { api, store: storeFor(panel.source ?? name), Chart });
  }
  const unitsSwitch = document.querySelector('[data-units-switch]');
  if (unitsSwitch) {
    mountUnitsSwitch(unitsSwitch, (u) => stores.forEach((store) => store.set({ units: u })));
  }
  if (status) status.textContent = '';
  document.documentElement.dataset.ready = 'true';
}

start();
