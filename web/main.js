// The page: loads the kernels, publishes them as window.infotheory, and
// mounts every panel found in the document. Bundled by esbuild into
// dist/app.js (a classic script, so the page also runs from file://).
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  Tooltip,
} from 'chart.js';
import 'chartjs-plugin-dragdata'; // registers itself with Chart
import { load } from './kernels.js';
import { createStore } from './store.js';
import { valueLabelsPlugin } from './panels/value-labels.js';
import * as surprise from './panels/surprise.js';
import * as coin from './panels/coin.js';
import * as decomposition from './panels/decomposition.js';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  Tooltip,
  valueLabelsPlugin,
);

export const PANELS = { surprise, coin, decomposition };

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
  const stores = [];
  for (const root of document.querySelectorAll('[data-panel]')) {
    const panel = PANELS[root.dataset.panel];
    if (!panel) continue;
    const store = createStore({ ...panel.defaults, units });
    panel.mount(root, { api, store, Chart });
    stores.push(store);
  }
  const unitsSwitch = document.querySelector('[data-units-switch]');
  if (unitsSwitch) mountUnitsSwitch(unitsSwitch, (u) => stores.forEach((store) => store.set({ units: u })));
  if (status) status.textContent = '';
  document.documentElement.dataset.ready = 'true';
}

start();
