// Pieces every panel's chart config shares. Pure data: no canvas needed.
import { localize } from '../i18n.js';
import { numberLocale } from '../format.js';
import { trackChart } from './theme.js';

/** Okabe–Ito colours: distinguishable with every common colour-vision deficiency. */
export const COLORS = {
  p: '#0072B2', // blue: the true distribution P, the curves
  q: '#D55E00', // vermillion: the model Q
  entropy: '#009E73', // bluish green: H(P)
  kl: '#CC79A7', // reddish purple: D(P‖Q)
  cross: '#56B4E9', // sky blue: H(P,Q)
  marker: '#000000',
  grid: 'rgba(0, 0, 0, 0.1)',
};

/**
 * Options for a chart that redraws on every input event. `lang` sets how
 * Chart.js writes tick numbers ("0,5" in German).
 */
export function baseOptions(lang = 'en') {
  return {
    locale: numberLocale(lang),
    animation: false,
    responsive: true,
    maintainAspectRatio: false,
    parsing: false,
    normalized: true,
    events: ['mousemove', 'mouseout', 'click', 'touchstart', 'touchmove'],
    plugins: {
      legend: { display: true, position: 'bottom', labels: { boxWidth: 14 } },
      tooltip: { enabled: true },
      dragData: false,
    },
  };
}

/** Ready {x, y} points from a kernel curve (Float64Arrays x and y). */
export function points({ x, y }) {
  const out = new Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = { x: x[i], y: y[i] };
  return out;
}

// One tick callback per locale bundle: the same function on every render, so
// a re-rendered axis compares equal (applyConfig) and is not laid out again.
const tickCallbacks = new WeakMap();

/** Ticks for a logarithmic axis: labels at 1, 2, 5 × 10^k only, upright; `L` from localize(). */
export function logTicks(L = localize('en')) {
  if (!tickCallbacks.has(L)) tickCallbacks.set(L, (value) => L.tick(value));
  return { autoSkip: false, maxRotation: 0, callback: tickCallbacks.get(L) };
}

/** Axis title: "entropy H(p) in bits". */
export function axisTitle(text) {
  return { display: true, text, font: { size: 13 } };
}

/**
 * A marker: a point the reader drags (or, with draggable: false, a point that
 * marks a value), a disc by default, with an edge in the page's background
 * colour. Without `color` it takes the theme's marker colour (theme.js: dark
 * on light, light on dark).
 */
export function markerDataset(label, data, { pointStyle = 'circle', color, draggable = true } = {}) {
  return {
    label,
    data,
    showLine: false,
    pointRadius: draggable ? 8 : 7,
    pointHoverRadius: draggable ? 10 : 7,
    pointHitRadius: draggable ? 24 : 1,
    pointStyle,
    clip: false, // a marker at the chart's edge shows whole
    themeMarker: color ? 'edge' : 'fill', // coloured by the theme (theme.js)
    backgroundColor: color ?? COLORS.marker,
    borderColor: '#ffffff',
    borderWidth: 2,
  };
}

/**
 * A bar chart over `labels`. With `draggable`, bars drag vertically, and a
 * press grabs the bar nearest along x, even one of height 0. `horizontal`
 * lays the bars along y (indexAxis 'y').
 */
export function barChart({
  labels,
  datasets,
  x,
  y,
  legend = true,
  draggable = false,
  horizontal = false,
  lang = 'en',
}) {
  const base = baseOptions(lang);
  return {
    type: 'bar',
    data: { labels, datasets },
    options: {
      ...base,
      parsing: true,
      normalized: false,
      ...(horizontal ? { indexAxis: 'y' } : {}),
      ...(draggable ? { interaction: { mode: 'nearest', axis: 'x', intersect: false } } : {}),
      scales: { ...(x ? { x } : {}), ...(y ? { y } : {}) },
      plugins: {
        ...base.plugins,
        ...(legend ? {} : { legend: { display: false } }),
        ...(draggable ? { dragData: { dragX: false, dragY: true, showTooltip: true } } : {}),
      },
    },
  };
}

/** Bars of a model (Q, q̂, π_α): outlined and lightly filled, to read apart from solid bars. */
export function modelBars(label, data) {
  return { label, data, backgroundColor: 'rgba(213, 94, 0, 0.22)', borderColor: COLORS.q, borderWidth: 2 };
}

/** A line through ready {x, y} points, without point markers; never draggable. */
export function lineDataset(label, data, color, dash = []) {
  return {
    label,
    data,
    borderColor: color,
    borderDash: dash,
    borderWidth: 2.5,
    pointRadius: 0,
    pointHitRadius: 0,
    dragData: false,
  };
}

/** A horizontal reference line at `y` across [x0, x1]. */
export function horizontalLine(label, y, [x0, x1], color, dash = [6, 4]) {
  return {
    ...lineDataset(
      label,
      [
        { x: x0, y },
        { x: x1, y },
      ],
      color,
      dash,
    ),
    borderWidth: 2,
  };
}

/** A density curve from a kernel {x, y}; `fill` is a translucent colour to shade under it. */
export function densityDataset(label, curve, color, dash = [], fill) {
  return {
    ...lineDataset(label, points(curve), color, dash),
    backgroundColor: fill ?? 'transparent',
    fill: Boolean(fill),
  };
}

/**
 * A curve over p in [0, 1] with one marker on it that drags along x (the
 * surprise and coin panels). With `offChartLabel`, a second marker dataset
 * (a triangle) holds the point instead when `offChart` is true: Chart.js
 * does not restyle points on update('none'), so the style lives in the
 * dataset and the point moves between them.
 * @param {{curve: {x: Float64Array, y: Float64Array}, curveLabel: string,
 *          marker: {x: number, y: number}, markerLabel: string,
 *          offChart?: boolean, offChartLabel?: string, xTitle: string, y: object}} spec
 *          `y`: the y scale options
 */
export function curveWithMarker({
  curve,
  curveLabel,
  marker,
  markerLabel,
  offChart = false,
  offChartLabel,
  xTitle,
  y,
  lang = 'en',
}) {
  const datasets = [
    lineDataset(curveLabel, points(curve), COLORS.p),
    markerDataset(markerLabel, offChart ? [] : [marker]),
  ];
  if (offChartLabel) datasets.push(markerDataset(offChartLabel, offChart ? [marker] : [], { pointStyle: 'triangle' }));
  return {
    type: 'line',
    data: { datasets },
    options: {
      ...baseOptions(lang),
      layout: { padding: { top: 12, right: 12 } },
      scales: {
        x: { type: 'linear', min: 0, max: 1, title: axisTitle(xTitle) },
        y: { type: 'linear', min: 0, ...y },
      },
      plugins: {
        ...baseOptions(lang).plugins,
        // Only the markers in use are listed.
        legend: {
          ...baseOptions(lang).plugins.legend,
          labels: { ...baseOptions(lang).plugins.legend.labels, filter: hasData },
        },
        dragData: { dragX: true, dragY: false, showTooltip: false },
      },
    },
  };
}

/** Legend filter: lists a dataset only while it has points. */
function hasData(item, data) {
  return data.datasets[item.datasetIndex].data.length > 0;
}

/**
 * Draws `config` on `canvas`. With `onDrag(datasetIndex, index, value)`, a
 * dragged point is not moved by the drag plugin: the callback updates the
 * state, and the redraw from the state moves it. The chart is reachable as
 * canvas.infotheoryChart (for tests and debugging).
 */
export function createChart(Chart, canvas, config, onDrag) {
  if (onDrag) {
    config.options.plugins.dragData.onDrag = (event, datasetIndex, index, value) => {
      onDrag(datasetIndex, index, value);
      return false;
    };
  }
  const chart = new Chart(canvas, config);
  canvas.infotheoryChart = chart;
  trackChart(chart); // redrawn when the theme changes
  return chart;
}

/**
 * Structural equality of plain data (numbers, strings, arrays, typed arrays
 * and plain objects); functions compare by identity. Used to skip redrawing
 * a chart whose rendered config did not change.
 */
export function sameData(a, b) {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return Number.isNaN(a) && Number.isNaN(b);
  }
  if (Array.isArray(a) || ArrayBuffer.isView(a)) {
    if (!(Array.isArray(b) || ArrayBuffer.isView(b)) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], b[i])) return false;
    return true;
  }
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) if (!sameData(a[key], b[key])) return false;
  return true;
}

// Dataset keys that only say what to draw (the points, the area bars',
// value labels' and arrows' numbers, the legend's text): a change to them
// alone takes the fast redraw in applyConfig. Any other key (a colour,
// hidden) takes the full one.
const DRAWN_KEYS = new Set(['data', 'areaBars', 'valueLabels', 'arrows', 'label']);

/**
 * How a rendered dataset differs from the previous one: 'same', 'drawn' (only
 * DRAWN_KEYS changed, with as many points) or 'settings'.
 */
function datasetChange(before, after) {
  const keys = Object.keys(after);
  if (keys.length !== Object.keys(before).length) return 'settings';
  let change = 'same';
  for (const key of keys) {
    if (!(key in before)) return 'settings';
    if (sameData(before[key], after[key])) continue;
    if (!DRAWN_KEYS.has(key)) return 'settings';
    if (key === 'data' && before.data?.length !== after.data?.length) return 'settings';
    change = 'drawn';
  }
  return change;
}

/**
 * What every scale of a live chart would show for its data now: its range and
 * its ticks, worked out as Chart.js's layout works them out (data limits,
 * grace, ticks), then the scales are left as they were. While these stay
 * put, the axes, their labels and the layout of the last full update still
 * hold (an axis that rounds its range up to a tick moves only when the data
 * cross a tick).
 */
function axesFor(chart) {
  const axes = [];
  for (const scale of Object.values(chart.scales)) {
    const saved = { ...scale };
    scale.determineDataLimits();
    scale._range = addGrace(scale, scale.options.grace, scale.options.beginAtZero);
    const ticks = scale.buildTicks() ?? [];
    axes.push(scale.id, scale.min, scale.max, ticks.length);
    for (const tick of ticks) axes.push(tick.value);
    Object.assign(scale, saved);
  }
  return axes;
}

/** Chart.js's _addGrace (helpers.options.ts): the data range widened by `grace` ('8%' of half the range, or a number). */
function addGrace({ min, max }, grace, beginAtZero) {
  const half = (max - min) / 2;
  const change = typeof grace === 'string' && grace.endsWith('%') ? (parseFloat(grace) / 100) * half : +grace;
  const keepZero = (value, add) => (beginAtZero && value === 0 ? 0 : value + add);
  return { min: keepZero(min, -Math.abs(change)), max: keepZero(max, change) };
}

/**
 * Redraws a live chart whose datasets `changed` (indices) only changed what
 * they draw, keeping its scales and layout: the datasets are re-parsed and
 * their elements placed, then the chart is drawn. Chart.js's update() would
 * also rebuild the options, the scales and their ticks, and lay out the
 * axes and the legend again: most of its cost, for a marker that moved.
 * Returns false (having changed nothing that a full update does not redo)
 * when an axis would move (its range or ticks) or a new legend text changes
 * the legend's size, so the layout must be redone.
 */
function redrawData(chart, changed, relabel) {
  if (!chart.$axes || !chart.getDatasetMeta) return false;
  for (const i of changed) chart.getDatasetMeta(i).controller.buildOrUpdateElements(false);
  if (!sameData(axesFor(chart), chart.$axes)) return false;
  // A new legend text: the legend is written again, and the layout stays
  // only if the legend keeps its size.
  const legend = chart.legend;
  if (relabel && legend?.options?.display) {
    const { width, height } = legend;
    legend.buildLabels();
    legend.fit();
    if (legend.width !== width || legend.height !== height) return false;
    legend.adjustHitBoxes();
    if (chart.$backdrop) chart.$backdrop.layers = null; // the legend is drawn afresh
  }
  for (const i of changed) {
    chart.getDatasetMeta(i).controller.configure();
    chart._updateDataset(i, 'none');
  }
  for (const callback of chart.$afterUpdate ?? []) callback();
  // As update() does: the hovered elements and the tooltip follow the data.
  if (chart._lastEvent) chart._eventHandler(chart._lastEvent, true);
  drawOverBackdrop(chart);
  return true;
}

/**
 * Draws a chart whose axes, grid, titles and legend (the layers Chart.js
 * draws before the datasets) are as last drawn: they come from a copy of the
 * canvas taken just after they were drawn (kept until the next layout, which
 * makes new layers), and the datasets and what goes over them (plugins,
 * tooltip) are drawn as Chart.js's draw() draws them. Canvas text is most of
 * a chart's drawing time; the axes' text is then drawn once per layout.
 */
function drawOverBackdrop(chart) {
  const { canvas, ctx } = chart;
  const layers = chart._layers;
  if (chart._resizeBeforeDraw || !layers || chart.width <= 0 || chart.height <= 0 || !chart._drawDatasets) {
    chart.render();
    return;
  }
  const backdrop = chart.$backdrop;
  const fresh =
    backdrop?.layers === layers && backdrop.canvas.width === canvas.width && backdrop.canvas.height === canvas.height;
  chart.clear();
  let i = 0;
  if (fresh) {
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.drawImage(backdrop.canvas, 0, 0);
    ctx.restore();
    while (i < layers.length && layers[i].z <= 0) i++;
  } else {
    if (chart.notifyPlugins('beforeDraw', { cancelable: true }) === false) return;
    for (; i < layers.length && layers[i].z <= 0; i++) layers[i].draw(chart.chartArea);
    const copy = backdrop?.canvas ?? canvas.ownerDocument.createElement('canvas');
    copy.width = canvas.width;
    copy.height = canvas.height;
    copy.getContext('2d').drawImage(canvas, 0, 0);
    chart.$backdrop = { canvas: copy, layers };
  }
  chart._drawDatasets();
  for (; i < layers.length; i++) layers[i].draw(chart.chartArea);
  chart.notifyPlugins('afterDraw');
}

/**
 * Copies a freshly rendered config onto a live chart (datasets and scales),
 * keeping the chart's own objects where the datasets match, then redraws
 * without animation. A config with more or fewer datasets replaces them.
 * A chart whose data, labels and scales are unchanged is not redrawn: an
 * input that changes one chart of a panel costs one redraw, not four. A
 * chart where only what datasets draw changed, and no axis moves, is
 * redrawn without a full update (redrawData).
 */
export function applyConfig(chart, config) {
  // A chart destroyed (Chart.js sets its canvas to null; its widget gone) before a waiting redraw ran: nothing to draw.
  if (chart.canvas === null) return;
  const scales = config.options.scales ?? {};
  // Plugins that draw data take it from their options (the heat map's grid):
  // compared and copied like the datasets.
  const heatmap = config.options.plugins?.heatmap;
  const previous = chart.$staged ? null : chart.$applied;
  const datasets = config.data.datasets;
  chart.$applied = { data: config.data, scales, heatmap };
  chart.$staged = false;
  if (
    previous &&
    previous.data.datasets.length === datasets.length &&
    sameData(previous.data.labels, config.data.labels) &&
    sameData(previous.scales, scales) &&
    sameData(previous.heatmap, heatmap)
  ) {
    const changes = datasets.map((dataset, i) => datasetChange(previous.data.datasets[i], dataset));
    if (changes.every((change) => change === 'same')) return;
    if (!changes.includes('settings')) {
      const changed = [];
      let relabel = false;
      changes.forEach((change, i) => {
        if (change === 'same') return;
        changed.push(i);
        relabel ||= datasets[i].label !== previous.data.datasets[i].label;
        for (const key of DRAWN_KEYS) if (key in datasets[i]) chart.data.datasets[i][key] = datasets[i][key];
      });
      if (redrawData(chart, changed, relabel)) return;
    }
  }
  copyConfig(chart, config);
  chart.update('none');
  if (chart.scales) chart.$axes = axesFor(chart);
}

/**
 * Copies `config` onto a chart without drawing it (a chart far off-screen,
 * charts/offscreen.js): its data are current at once for anything that reads
 * them, and the next applyConfig draws it in full.
 */
export function stageConfig(chart, config) {
  if (chart.canvas === null) return;
  copyConfig(chart, config);
  chart.$applied = { data: config.data, scales: config.options.scales ?? {}, heatmap: config.options.plugins?.heatmap };
  chart.$staged = true;
  // What reads the data (an open data table) follows at once.
  for (const callback of chart.$afterUpdate ?? []) callback();
}

/** The copy itself: datasets (onto the chart's own objects where they match), labels, scales, heat map. */
function copyConfig(chart, config) {
  const datasets = config.data.datasets;
  if (chart.data.datasets.length !== datasets.length) {
    chart.data.datasets = datasets;
  } else {
    datasets.forEach((dataset, i) => {
      Object.assign(chart.data.datasets[i], dataset);
    });
  }
  if (config.data.labels) chart.data.labels = config.data.labels;
  for (const [axis, scale] of Object.entries(config.options.scales ?? {})) {
    Object.assign(chart.options.scales[axis], scale);
  }
  const heatmap = config.options.plugins?.heatmap;
  if (heatmap !== undefined) chart.config.options.plugins.heatmap = heatmap;
}
