// sameData() and applyConfig() from chart-common.js: a chart is redrawn
// exactly when its rendered data, labels or scales change, and a redraw
// copies the new config onto the live chart. A fake chart stands in for
// Chart.js (applyConfig only touches data, options.scales and update()).
import { describe, expect, test } from '@jest/globals';
import { applyConfig, barChart, logTicks, sameData } from '../../../web/charts/common.js';
import { localize } from '../../../web/i18n.js';

describe('sameData', () => {
  test('numbers, strings, null and undefined', () => {
    expect(sameData(1, 1)).toBe(true);
    expect(sameData(0.1 + 0.2, 0.3)).toBe(false);
    expect(sameData('1', 1)).toBe(false);
    expect(sameData('nats', 'nats')).toBe(true);
    expect(sameData('nats', 'bits')).toBe(false);
    expect(sameData(null, null)).toBe(true);
    expect(sameData(null, undefined)).toBe(false);
    expect(sameData(null, {})).toBe(false);
    expect(sameData({}, null)).toBe(false);
    expect(sameData(undefined, 0)).toBe(false);
    expect(sameData(Infinity, Infinity)).toBe(true);
    expect(sameData(Infinity, -Infinity)).toBe(false);
  });

  test('NaN equals NaN, and nothing else', () => {
    expect(sameData(NaN, NaN)).toBe(true);
    expect(sameData(NaN, 0)).toBe(false);
    expect(sameData(0, NaN)).toBe(false);
    expect(sameData(NaN, undefined)).toBe(false);
    expect(sameData(NaN, 'NaN')).toBe(false);
    expect(sameData([1, NaN, 3], [1, NaN, 3])).toBe(true);
    expect(sameData({ y: NaN }, { y: NaN })).toBe(true);
    expect(sameData({ y: NaN }, { y: 0 })).toBe(false);
    expect(sameData(new Float64Array([NaN, 1]), new Float64Array([NaN, 1]))).toBe(true);
    expect(sameData(new Float64Array([NaN, 1]), new Float64Array([NaN, 2]))).toBe(false);
  });

  test('typed arrays compare by contents and length, also against plain arrays', () => {
    const a = new Float64Array([0.1, 0.2, 0.7]);
    expect(sameData(a, new Float64Array([0.1, 0.2, 0.7]))).toBe(true);
    expect(sameData(a, new Float64Array([0.1, 0.2, 0.70000001]))).toBe(false);
    expect(sameData(a, new Float64Array([0.1, 0.2]))).toBe(false);
    expect(sameData(a, new Float64Array([0.1, 0.2, 0.7, 0]))).toBe(false);
    expect(sameData(new Float32Array([0.5, 0.25]), new Float32Array([0.5, 0.25]))).toBe(true);
    // The same numbers, drawn the same: a kernel's Float64Array and an array copied from it.
    expect(sameData(a, Array.from(a))).toBe(true);
    expect(sameData(Array.from(a), a)).toBe(true);
    expect(sameData(a, [0.1, 0.2, 0.8])).toBe(false);
    expect(sameData(new Float64Array([]), [])).toBe(true);
    expect(sameData(a, { 0: 0.1, 1: 0.2, 2: 0.7 })).toBe(false);
    expect(sameData(a, 0.1)).toBe(false);
  });

  test('arrays compare element by element, in order', () => {
    expect(sameData([1, 2, 3], [1, 2, 3])).toBe(true);
    expect(sameData([1, 2, 3], [3, 2, 1])).toBe(false);
    expect(sameData([1, 2], [1, 2, 3])).toBe(false);
    expect(sameData([], [])).toBe(true);
    expect(sameData([[1], [2]], [[1], [2]])).toBe(true);
    expect(sameData([[1], [2]], [[1], [3]])).toBe(false);
    expect(sameData([{ x: 1, y: 2 }], [{ x: 1, y: 2 }])).toBe(true);
    expect(sameData([{ x: 1, y: 2 }], [{ x: 1, y: 2.5 }])).toBe(false);
    expect(sameData([1, null], [1, undefined])).toBe(false);
  });

  test('functions compare by identity', () => {
    const callback = (value) => `${value}`;
    expect(sameData(callback, callback)).toBe(true);
    expect(sameData({ ticks: { callback } }, { ticks: { callback } })).toBe(true);
    // The same source is not the same function: it may close over other values.
    const make = (digits) => (value) => value.toFixed(digits);
    expect(sameData(make(2), make(2))).toBe(false);
    expect(sameData({ ticks: { callback: make(2) } }, { ticks: { callback: make(3) } })).toBe(false);
    expect(sameData(callback, 'callback')).toBe(false);
  });

  test('nested options: every key at every depth, in any order', () => {
    const options = () => ({
      x: { type: 'linear', min: 0, max: 1, title: { display: true, text: 'p', font: { size: 13 } } },
      y: { type: 'logarithmic', min: 1e-3, ticks: { autoSkip: false, maxRotation: 0 } },
    });
    expect(sameData(options(), options())).toBe(true);
    const reordered = { y: options().y, x: options().x };
    expect(sameData(options(), reordered)).toBe(true);
    const deep = options();
    deep.x.title.font.size = 14;
    expect(sameData(options(), deep)).toBe(false);
    expect(sameData(deep, options())).toBe(false);
    const extra = options();
    extra.y.ticks.stepSize = 1;
    expect(sameData(options(), extra)).toBe(false);
    expect(sameData(extra, options())).toBe(false);
    const missing = options();
    delete missing.y.min;
    expect(sameData(options(), missing)).toBe(false);
    expect(sameData(missing, options())).toBe(false);
    // A key set to undefined is not a missing key (Object.assign would copy it).
    expect(sameData({ a: undefined }, {})).toBe(false);
    expect(sameData({}, { a: undefined })).toBe(false);
  });

  test('a whole bar-chart config: equal when rebuilt, different after one value changes', () => {
    const config = (p) =>
      barChart({
        labels: ['1', '2'],
        datasets: [{ label: 'P', data: [p, 1 - p] }],
        y: { min: 0, max: 1 },
        draggable: true,
      });
    expect(sameData(config(0.3), config(0.3))).toBe(true);
    expect(sameData(config(0.3), config(0.30000000000000004))).toBe(false);
  });
});

/** A stand-in for a Chart.js chart made from `config`, as createChart() leaves it. */
function fakeChart(config) {
  const chart = {
    data: { labels: config.data.labels, datasets: config.data.datasets.map((d) => ({ ...d })) },
    options: {
      scales: Object.fromEntries(Object.entries(config.options.scales ?? {}).map(([k, v]) => [k, { ...v }])),
    },
    updates: [],
    update(mode) {
      this.updates.push(mode);
    },
  };
  return chart;
}

/** A line-chart config like the panels render: ready {x, y} points, scales with a tick callback. */
function lineConfig({
  ys = [0.5, 0.25],
  label = 'H(p)',
  extra = [],
  max = 1,
  title = 'p',
  callback = String,
  fill = 'transparent',
} = {}) {
  return {
    type: 'line',
    data: {
      datasets: [
        { label, data: ys.map((y, x) => ({ x, y })), borderColor: '#0072B2', backgroundColor: fill },
        ...extra,
      ],
    },
    options: {
      animation: false,
      scales: {
        x: { type: 'linear', min: 0, max, title: { display: true, text: title } },
        y: { type: 'linear', min: 0, ticks: { callback } },
      },
      plugins: { legend: { display: true } },
    },
  };
}

describe('applyConfig', () => {
  test('the first config is always drawn, once, without animation', () => {
    const chart = fakeChart(lineConfig());
    applyConfig(chart, lineConfig());
    expect(chart.updates).toEqual(['none']);
  });

  test('an equal config (rebuilt from the same state) is not redrawn', () => {
    const chart = fakeChart(lineConfig());
    applyConfig(chart, lineConfig());
    applyConfig(chart, lineConfig());
    applyConfig(chart, lineConfig());
    expect(chart.updates).toEqual(['none']);
  });

  test('a changed point is redrawn and copied onto the chart’s own dataset object', () => {
    const chart = fakeChart(lineConfig());
    const own = chart.data.datasets[0];
    applyConfig(chart, lineConfig());
    applyConfig(chart, lineConfig({ ys: [0.5, 0.75] }));
    expect(chart.updates).toEqual(['none', 'none']);
    expect(chart.data.datasets[0]).toBe(own);
    expect(own.data).toEqual([
      { x: 0, y: 0.5 },
      { x: 1, y: 0.75 },
    ]);
    applyConfig(chart, lineConfig({ label: 'I(p)', ys: [0.5, 0.75] }));
    expect(chart.updates).toHaveLength(3);
    expect(own.label).toBe('I(p)');
    applyConfig(chart, lineConfig({ label: 'I(p)', ys: [0.5, 0.75], fill: 'rgba(0, 0, 0, 0.1)' }));
    expect(chart.updates).toHaveLength(4);
    expect(own.backgroundColor).toBe('rgba(0, 0, 0, 0.1)');
  });

  test('NaN in the data is not a change (NaN !== NaN would redraw every time)', () => {
    const chart = fakeChart(lineConfig({ ys: [NaN, 1] }));
    applyConfig(chart, lineConfig({ ys: [NaN, 1] }));
    applyConfig(chart, lineConfig({ ys: [NaN, 1] }));
    expect(chart.updates).toHaveLength(1);
    applyConfig(chart, lineConfig({ ys: [0, 1] }));
    expect(chart.updates).toHaveLength(2);
    expect(chart.data.datasets[0].data[0].y).toBe(0);
    applyConfig(chart, lineConfig({ ys: [NaN, 1] }));
    expect(chart.updates).toHaveLength(3);
    expect(chart.data.datasets[0].data[0].y).toBeNaN();
  });

  test('typed-array data: the same numbers in a fresh array are not a change; other numbers are', () => {
    const config = (values) => ({
      type: 'bar',
      data: { labels: ['1', '2', '3'], datasets: [{ label: 'P', data: new Float64Array(values) }] },
      options: { scales: { y: { min: 0, max: 1 } } },
    });
    const chart = fakeChart(config([0.2, 0.3, 0.5]));
    applyConfig(chart, config([0.2, 0.3, 0.5]));
    applyConfig(chart, config([0.2, 0.3, 0.5]));
    expect(chart.updates).toHaveLength(1);
    applyConfig(chart, config([0.2, 0.35, 0.45]));
    expect(chart.updates).toHaveLength(2);
    expect(Array.from(chart.data.datasets[0].data)).toEqual([0.2, 0.35, 0.45]);
  });

  test('functions in configs: the same function is no change, a new one is a change', () => {
    const callback = (value) => `${value}`;
    const chart = fakeChart(lineConfig({ callback }));
    applyConfig(chart, lineConfig({ callback }));
    applyConfig(chart, lineConfig({ callback }));
    expect(chart.updates).toHaveLength(1);
    const other = (value) => `${value}`;
    applyConfig(chart, lineConfig({ callback: other }));
    expect(chart.updates).toHaveLength(2);
    expect(chart.options.scales.y.ticks.callback).toBe(other);
  });

  test('nested scale options: a change deep inside is redrawn and reaches the chart', () => {
    const chart = fakeChart(lineConfig());
    applyConfig(chart, lineConfig());
    applyConfig(chart, lineConfig({ title: 'p in bits' }));
    expect(chart.updates).toHaveLength(2);
    expect(chart.options.scales.x.title.text).toBe('p in bits');
    applyConfig(chart, lineConfig({ title: 'p in bits', max: 2 }));
    expect(chart.updates).toHaveLength(3);
    expect(chart.options.scales.x).toMatchObject({ min: 0, max: 2, type: 'linear' });
    expect(chart.options.scales.y.min).toBe(0);
  });

  test('options other than scales are neither compared nor copied', () => {
    const chart = fakeChart(lineConfig());
    applyConfig(chart, lineConfig());
    const config = lineConfig();
    config.options.plugins.legend.display = false;
    applyConfig(chart, config);
    expect(chart.updates).toHaveLength(1);
    expect(chart.options.plugins).toBeUndefined();
  });

  test('labels are compared and copied', () => {
    const config = (labels) => ({
      type: 'bar',
      data: { labels, datasets: [{ label: 'P', data: [0.5, 0.5] }] },
      options: { scales: {} },
    });
    const chart = fakeChart(config(['1', '2']));
    applyConfig(chart, config(['1', '2']));
    applyConfig(chart, config(['1', '2']));
    expect(chart.updates).toHaveLength(1);
    applyConfig(chart, config(['a', 'b']));
    expect(chart.updates).toHaveLength(2);
    expect(chart.data.labels).toEqual(['a', 'b']);
  });

  test('more or fewer datasets replace the chart’s datasets', () => {
    const penalised = { label: 'clipped − β·KL', data: [{ x: 0, y: 0 }], borderDash: [6, 4] };
    const chart = fakeChart(lineConfig());
    const own = chart.data.datasets[0];
    applyConfig(chart, lineConfig());

    const three = lineConfig({ extra: [penalised, { ...penalised, label: 'third' }] });
    applyConfig(chart, three);
    expect(chart.updates).toHaveLength(2);
    expect(chart.data.datasets).toBe(three.data.datasets);
    expect(chart.data.datasets.map((d) => d.label)).toEqual(['H(p)', 'clipped − β·KL', 'third']);

    const two = lineConfig({ extra: [penalised] });
    applyConfig(chart, two);
    expect(chart.updates).toHaveLength(3);
    expect(chart.data.datasets).toHaveLength(2);
    expect(chart.data.datasets).toBe(two.data.datasets);
    expect(chart.data.datasets[1].borderDash).toEqual([6, 4]);

    applyConfig(chart, lineConfig());
    expect(chart.updates).toHaveLength(4);
    expect(chart.data.datasets.map((d) => d.label)).toEqual(['H(p)']);
    expect(chart.data.datasets[0]).not.toBe(own); // replaced, not the first object back
    // The same count again: copied onto the objects now in place, not replaced.
    const now = chart.data.datasets[0];
    applyConfig(chart, lineConfig({ ys: [0, 0] }));
    expect(chart.updates).toHaveLength(5);
    expect(chart.data.datasets[0]).toBe(now);
    expect(now.data).toEqual([
      { x: 0, y: 0 },
      { x: 1, y: 0 },
    ]);
  });

  test('going back to a config drawn two steps ago is a change', () => {
    const chart = fakeChart(lineConfig());
    applyConfig(chart, lineConfig({ ys: [0.1, 0.2] }));
    applyConfig(chart, lineConfig({ ys: [0.3, 0.4] }));
    applyConfig(chart, lineConfig({ ys: [0.1, 0.2] }));
    expect(chart.updates).toHaveLength(3);
    expect(chart.data.datasets[0].data[1].y).toBe(0.2);
  });
});

describe('logTicks', () => {
  test('one tick callback per language: a re-rendered log axis compares equal, so it is not laid out again', () => {
    expect(sameData(logTicks(localize('en')), logTicks(localize('en')))).toBe(true);
    expect(logTicks(localize('de')).callback).not.toBe(logTicks(localize('en')).callback);
    expect(logTicks(localize('de')).callback(0.5)).toBe(localize('de').tick(0.5));
  });
});
