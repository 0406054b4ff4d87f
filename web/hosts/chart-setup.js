// Chart.js as the panels use it: the parts they draw with and no others (the
// rest is left out of the bundle), our plugins, and cheap linear tick labels.
// Shared by the page's script (main.js) and the package's module (module.js).
import * as chartjs from 'chart.js';
import 'chartjs-plugin-dragdata'; // registers itself with Chart
import { valueLabelsPlugin } from '../charts/value-labels.js';
import { barFocusPlugin } from '../charts/keyboard.js';
import { arrowsPlugin } from '../charts/arrows.js';
import { heatmapPlugin } from '../charts/heatmap.js';
import { themePlugin } from '../charts/theme.js';
import { afterUpdatePlugin } from '../charts/a11y.js';
import { areaBarsPlugin } from '../charts/area-bars.js';
import { localized } from '../format.js';

export const { Chart } = chartjs;

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
