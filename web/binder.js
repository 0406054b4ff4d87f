// The one binder between a panel and the page. Every panel has the same
// contract:
//
//   render(api, state, { draft }) -> { charts: { name: Chart.js config }, readouts: { name: Statement | Statement[] },
//                           descriptions: { chartName: Statement }, announcement: Statement, draft? }
//   mount(root, { api, store, L, view }) -> { sync?(state), beforeApply?(output, state),
//                                            announcement?(state, output, previous) }
//
// render() is pure (tested in Node). mount() builds only the panel's own
// controls and layout, asking `view` for the places render()'s output goes:
// view.chart(name, …) for a canvas, view.readout(name, …) for a readout,
// view.keyboard(name, …) for a chart's keyboard slider. The binder then
// creates the charts, and on every state change renders once and updates
// charts, readouts, descriptions and keyboards, and announces.
import { h, setListItems } from './dom.js';
import { describeChart } from './charts/a11y.js';
import { applyConfig, createChart, stageConfig } from './charts/common.js';
import { IDLE_MS, whenNear } from './charts/offscreen.js';
import { itemsOf, keyboardBars, keyboardProbabilityBars } from './charts/keyboard.js';
import { NOTHING_HIDDEN } from './predict.js';
import { showStatement } from './statement.js';

/** "crossEntropy" -> "cross-entropy", for data-readout names. */
const kebab = (name) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/**
 * Mounts panel `name` inside `root` and keeps it in step with `store`.
 * @returns {{charts: object, update: (state: object) => void}}
 */
export function bindPanel(panel, root, { name, api, store, Chart, L, announce = () => {}, predict = null }) {
  const canvases = {};
  const chartOptions = {};
  const readouts = {};
  const keyboardMakers = [];
  const view = {
    /**
     * A canvas for render()'s chart `chartName`. `onDrag(datasetIndex, index,
     * value)` is called while a point or bar is dragged; `dragData` adds
     * options to the drag plugin (onDragStart, onDragEnd).
     */
    chart(chartName, attributes = {}, { onDrag, dragData } = {}) {
      const canvas = h('canvas', { 'data-chart': chartName, ...attributes });
      canvases[chartName] = canvas;
      chartOptions[chartName] = { onDrag, dragData };
      return canvas;
    },
    /** The element that shows render()'s readout `readoutName` (a list for an array of statements). */
    readout(readoutName, { tag = 'p', className = 'readout', id = `${name}-${kebab(readoutName)}` } = {}) {
      const element = h(tag, { class: className, 'data-readout': id });
      readouts[readoutName] = element;
      return element;
    },
    /**
     * Makes chart `chartName` a keyboard slider (charts/keyboard.js). Its items
     * are `bars()`, or one list of the state, `list()`, each labelled
     * `label(i)` and set by `set(i, value)`; `range` and `steps` ([step,
     * bigStep]) bound and step them, shown with `digits` decimals; or
     * `probability: true` for [0, 1] in steps of 0.01 and 0.1.
     */
    keyboard(chartName, { probability = false, list, label, set, range, steps, digits = 3, datasetIndex, ...spec }) {
      const bounds = range ? { min: range[0], max: range[1] } : {};
      const stepping = steps ? { step: steps[0], bigStep: steps[1] } : {};
      const items = list ? { bars: () => itemsOf(list(), label, datasetIndex), set: (d, i, v) => set(i, v) } : { set };
      const format = probability ? {} : { format: (v) => L.number(v, digits) };
      const make = probability ? keyboardProbabilityBars : keyboardBars;
      keyboardMakers.push((charts) =>
        make({
          canvas: canvases[chartName],
          chart: charts[chartName],
          L,
          ...bounds,
          ...stepping,
          ...format,
          ...items,
          ...spec,
        }),
      );
    },
  };
  const hooks = panel.mount(root, { api, store, L, view }) ?? {};
  // The predict box (predict.js) sits above everything the panel shows.
  if (predict) root.prepend(predict.element);

  const first = panel.render(api, store.get());
  const charts = {};
  for (const [chartName, canvas] of Object.entries(canvases)) {
    const config = first.charts[chartName];
    const { onDrag, dragData } = chartOptions[chartName];
    if (dragData) Object.assign(config.options.plugins.dragData, dragData);
    charts[chartName] = createChart(Chart, canvas, config, onDrag);
  }
  const keyboards = keyboardMakers.map((make) => make(charts));
  // A chart far off-screen is drawn when it comes into view (or the input
  // pauses); meanwhile its data are kept current (charts/offscreen.js).
  const gates = Object.fromEntries(Object.keys(charts).map((chartName) => [chartName, whenNear(canvases[chartName])]));

  let previous = null;
  // A panel may render a draft while the state keeps changing (render(api,
  // state, { draft: true }) returning draft: true, e.g. a coarser heat map);
  // once the input pauses for IDLE_MS it is rendered in full.
  let refine = null;
  function update(state, { quiet = false, draft = true } = {}) {
    if (refine !== null) clearTimeout(refine);
    refine = null;
    const output = panel.render(api, state, { draft });
    if (output.draft) refine = setTimeout(() => update(store.get(), { quiet: true, draft: false }), IDLE_MS);
    const hidden = predict ? predict.sync(state) : NOTHING_HIDDEN;
    hooks.beforeApply?.(output, state);
    for (const [chartName, chart] of Object.entries(charts)) {
      const config = output.charts[chartName];
      hideDatasets(config, hidden.datasets.get(chartName));
      gates[chartName].run(
        () => applyConfig(chart, config),
        () => stageConfig(chart, config),
      );
    }
    for (const [readoutName, element] of Object.entries(readouts)) {
      const value = output.readouts[readoutName];
      if (hidden.readouts.has(readoutName)) hideReadout(element, L);
      else {
        delete element.dataset.predictHidden;
        if (Array.isArray(value)) setListItems(element, value);
        else showStatement(element, value);
      }
    }
    for (const [chartName, canvas] of Object.entries(canvases)) {
      if (hidden.descriptions.has(chartName)) describeChart(canvas, L.t('predict.hiddenChart'));
      else if (output.descriptions[chartName] !== undefined) describeChart(canvas, output.descriptions[chartName]);
    }
    hooks.sync?.(state);
    for (const keyboard of keyboards) keyboard.refresh();
    const announcement = hooks.announcement ? hooks.announcement(state, output, previous) : output.announcement;
    if (announcement && !quiet && !givesAway(announcement, output, hidden)) announce(announcement);
    previous = state;
  }
  predict?.attach({ charts, refresh: () => update(store.get(), { quiet: true, draft: false }) });
  update(store.get(), { draft: false });
  store.subscribe((state) => update(state));
  return { charts, update };
}

/**
 * Hides the datasets `indices` of a chart config (before it is applied): not
 * drawn, no data for tooltips, labels or the data table (which skips hidden
 * datasets). Every other dataset is marked shown, so a reveal undoes it.
 */
function hideDatasets(config, indices) {
  if (!config) return;
  config.data.datasets.forEach((dataset, i) => {
    const hide = indices?.has(i) ?? false;
    dataset.hidden = hide;
    if (hide) {
      dataset.data = [];
      if (dataset.valueLabels) dataset.valueLabels = [];
    }
  });
}

/** A readout hidden until the question is answered: a short placeholder in its place. */
function hideReadout(element, L) {
  // A table cell gets the short version, the width of a number.
  const text = L.t(element.tagName === 'TD' ? 'predict.hiddenCell' : 'predict.hidden');
  element.dataset.predictHidden = '';
  if (element.tagName === 'UL' || element.tagName === 'OL') setListItems(element, [text]);
  else showStatement(element, text);
}

/** Whether an announcement would state something hidden (a hidden readout or description). */
function givesAway(announcement, output, hidden) {
  const text = String(announcement);
  const secrets = [];
  for (const key of hidden.readouts) {
    const value = output.readouts[key];
    if (value === announcement) return true;
    secrets.push(...(Array.isArray(value) ? value : [value]).map(String));
  }
  for (const key of hidden.descriptions) secrets.push(String(output.descriptions[key] ?? ''));
  return secrets.some((secret) => secret && (text.includes(secret) || secret.includes(text)));
}
