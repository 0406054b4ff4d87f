// Text alternatives for charts: a live description of what a chart shows
// now (linked to its canvas with aria-describedby), and a data table the
// reader can open instead of the picture.
import { h, uniqueId } from '../dom.js';
import { showStatement } from '../statement.js';

/** Sets the description of `canvas` to `text` (kept in a hidden paragraph beside it). */
export function describeChart(canvas, text) {
  let element = canvas.$description;
  if (!element) {
    element = h('p', { class: 'visually-hidden', id: uniqueId('chart-description') });
    canvas.after(element);
    canvas.$description = element;
    const existing = canvas.getAttribute('aria-describedby');
    canvas.setAttribute('aria-describedby', existing ? `${existing} ${element.id}` : element.id);
  }
  showStatement(element, text);
}

/** At most this many rows per curve in a data table (the CSV has every point). */
export const MAX_ROWS_PER_SERIES = 60;

/**
 * One cell of a table over categories: a number, or a point of a chart over
 * categories drawn on a linear axis (charts/area-bars.js): its `text` if it
 * has one (∞), else its y.
 */
function cell(value, format) {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'object') return format(value);
  if (value.text !== undefined) return value.text;
  return value.y === null || value.y === undefined ? '' : format(value.y);
}

/**
 * The rows of a chart's data table: charts over categories give one column
 * per dataset; curves give (series, x, y) rows, thinned to MAX_ROWS_PER_SERIES
 * evenly spaced points each. `format(number)` writes the numbers.
 * @returns {{head: string[], rows: string[][], thinned: Array<{series: string, step: number, count: number}>}}
 */
export function tableRows(all, format, words) {
  // Datasets hidden until a question is answered (predict.js) are left out.
  const data = { ...all, datasets: all.datasets.filter((d) => !d.hidden) };
  if (data.labels && data.labels.length) {
    return {
      head: [words.category, ...data.datasets.map((d) => d.label)],
      rows: data.labels.map((label, i) => [label, ...data.datasets.map((d) => cell(d.data[i], format))]),
      thinned: [],
    };
  }
  const rows = [];
  const thinned = [];
  for (const dataset of data.datasets) {
    const count = dataset.data.length;
    const step = Math.max(1, Math.ceil(count / MAX_ROWS_PER_SERIES));
    if (step > 1) thinned.push({ series: dataset.label, step, count });
    dataset.data.forEach((point, i) => {
      if (i % step === 0 || i === count - 1) rows.push([dataset.label, format(point.x), format(point.y)]);
    });
  }
  return { head: [words.series, 'x', 'y'], rows, thinned };
}

/**
 * A "Data table" disclosure after the chart's container, filled when opened
 * and kept up to date while open (Chart.js calls chart.$afterUpdate).
 */
export function attachDataTable(chart, { L, format }) {
  const container = chart.canvas.closest('.chart') ?? chart.canvas.parentElement;
  const name = chart.canvas.dataset.name ?? chart.canvas.getAttribute('aria-label') ?? '';
  // A table wider than a phone scrolls inside its own box, which the
  // keyboard can reach and scroll too.
  const body = h('div', { class: 'chart-table-body', tabindex: '0', role: 'region', 'aria-label': name });
  const details = h('details', { class: 'chart-table' }, h('summary', {}, `${L.t('table.show')}: ${name}`), body);
  // Below the chart, or below a side-by-side pair of charts (after any
  // tables already there), so the pair stays side by side.
  const pair = container.parentElement?.classList.contains('chart-pair') ? container.parentElement : null;
  let anchor = pair ?? container;
  while (anchor.nextElementSibling?.classList.contains('chart-table')) anchor = anchor.nextElementSibling;
  anchor.after(details);
  const render = () => {
    if (!details.open) return;
    const { head, rows, thinned } = tableRows(chart.data, format, {
      category: L.t('table.category'),
      series: L.t('table.series'),
    });
    body.replaceChildren(
      h(
        'table',
        {},
        h('caption', {}, name),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            head.map((text) => h('th', { scope: 'col' }, text)),
          ),
        ),
        h(
          'tbody',
          {},
          rows.map((row) =>
            h(
              'tr',
              {},
              row.map((text, i) => (i === 0 ? h('th', { scope: 'row' }, text) : h('td', {}, text))),
            ),
          ),
        ),
      ),
      ...thinned.map((t) => h('p', { class: 'note' }, L.t('table.thinned', t))),
    );
  };
  details.addEventListener('toggle', render);
  (chart.$afterUpdate ??= []).push(render);
  return details;
}

/** A Chart.js plugin that runs the callbacks in chart.$afterUpdate after each update. */
export const afterUpdatePlugin = {
  id: 'afterUpdateHooks',
  afterUpdate(chart) {
    for (const callback of chart.$afterUpdate ?? []) callback();
  },
};
