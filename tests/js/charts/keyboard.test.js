// Keyboard access to draggable charts (web/charts/keyboard.js): which key calls
// set() with which value, clamping at the ends, choosing items, and the ARIA
// attributes. Unit tests run in Node without a DOM: a minimal fake canvas
// keeps attributes and listeners, and keys are dispatched to its keydown
// listener. The real keyboard on the built page is in tests/browser/.
import { describe, expect, test } from '@jest/globals';
import { localize } from '../../../web/i18n.js';
import { keyboardBars, keyboardProbabilityBars } from '../../../web/charts/keyboard.js';

/** A canvas with what keyboardBars uses: attributes, dataset, tabIndex, listeners and focus. */
function fakeCanvas(label = 'Distribution P') {
  const attributes = new Map([['aria-label', label]]);
  const listeners = {};
  const root = { activeElement: null };
  const canvas = {
    tabIndex: -1,
    dataset: {},
    setAttribute: (name, value) => attributes.set(name, String(value)),
    getAttribute: (name) => (attributes.has(name) ? attributes.get(name) : null),
    addEventListener: (type, listener) => (listeners[type] ??= []).push(listener),
    getRootNode: () => root,
    /** Dispatches a keydown of `key`; returns whether the default action was prevented. */
    press(key) {
      let prevented = false;
      const event = { key, preventDefault: () => (prevented = true) };
      for (const listener of listeners.keydown ?? []) listener(event);
      return prevented;
    },
    focus() {
      root.activeElement = canvas;
      for (const listener of listeners.focus ?? []) listener({});
    },
    blur() {
      root.activeElement = null;
      for (const listener of listeners.blur ?? []) listener({});
    },
  };
  return canvas;
}

/**
 * keyboardBars over `values` (one dataset, or several as an array of arrays),
 * with a set() that records each call and stores the value, as a panel's
 * store and redraw would.
 */
function setup(values, options = {}) {
  const datasets = Array.isArray(values[0]) ? values : [values];
  const canvas = fakeCanvas(options.name);
  const chart = {
    draws: 0,
    draw() {
      this.draws += 1;
    },
  };
  const calls = [];
  const bars = () =>
    datasets.flatMap((data, d) =>
      data.map((value, i) => ({ datasetIndex: d, index: i, label: `${'PQ'[d]} of category ${i + 1}`, value })),
    );
  const set = (d, i, v) => {
    calls.push([d, i, v]);
    datasets[d][i] = v;
  };
  const { probability = false, name, ...rest } = options;
  // keyboardProbabilityBars brings its own range, steps and format.
  const range = probability ? {} : { min: -2, max: 2, step: 0.1, bigStep: 0.5, format: (v) => v.toFixed(2) };
  const keyboard = (probability ? keyboardProbabilityBars : keyboardBars)({
    canvas,
    chart,
    bars,
    set,
    ...range,
    ...rest,
  });
  return { canvas, chart, calls, datasets, keyboard };
}

describe('bars (dragged up and down)', () => {
  test('Up and Down change the chosen bar by one step', () => {
    const { canvas, calls } = setup([0.5, -1, 1.5]);
    expect(canvas.press('ArrowUp')).toBe(true);
    expect(canvas.press('ArrowUp')).toBe(true);
    expect(canvas.press('ArrowDown')).toBe(true);
    expect(calls).toEqual([
      [0, 0, 0.6],
      [0, 0, 0.7],
      [0, 0, 0.6],
    ]);
  });

  test('PageUp and PageDown take big steps', () => {
    const { canvas, calls } = setup([0.5, -1, 1.5]);
    canvas.press('PageUp');
    canvas.press('PageDown');
    canvas.press('PageDown');
    expect(calls).toEqual([
      [0, 0, 1],
      [0, 0, 0.5],
      [0, 0, 0],
    ]);
  });

  test('Home and End go to the minimum and the maximum', () => {
    const { canvas, calls } = setup([0.5, -1, 1.5]);
    canvas.press('End');
    canvas.press('Home');
    expect(calls).toEqual([
      [0, 0, 2],
      [0, 0, -2],
    ]);
  });

  test('values are clamped to [min, max]: steps past an end stop at it', () => {
    const { canvas, calls } = setup([1.95, -1.95]);
    canvas.press('ArrowUp'); // 2.05 -> 2
    canvas.press('ArrowUp'); // stays 2
    canvas.press('PageUp'); // stays 2
    canvas.press('ArrowRight');
    canvas.press('ArrowDown'); // -2.05 -> -2
    canvas.press('PageDown'); // stays -2
    expect(calls).toEqual([
      [0, 0, 2],
      [0, 0, 2],
      [0, 0, 2],
      [0, 1, -2],
      [0, 1, -2],
    ]);
    const big = setup([1.7]);
    big.canvas.press('PageUp'); // 2.2 -> 2
    expect(big.calls).toEqual([[0, 0, 2]]);
  });

  test('repeated steps land on round numbers (no 0.30000000000000004)', () => {
    const { canvas, calls } = setup([0, 0]);
    for (let i = 0; i < 3; i++) canvas.press('ArrowUp');
    expect(calls.map(([, , v]) => v)).toEqual([0.1, 0.2, 0.3]);
  });

  test('Left and Right choose the previous and next bar, wrapping round, without changing any', () => {
    const { canvas, calls } = setup([
      [0.1, 0.2],
      [0.3, 0.4],
    ]);
    expect(canvas.press('ArrowRight')).toBe(true);
    expect(calls).toEqual([]);
    canvas.press('ArrowUp'); // P of category 2
    canvas.press('ArrowRight');
    canvas.press('ArrowUp'); // Q of category 1
    canvas.press('ArrowRight');
    canvas.press('ArrowRight'); // wraps to P of category 1
    canvas.press('ArrowUp');
    canvas.press('ArrowLeft'); // wraps back to Q of category 2
    canvas.press('ArrowDown');
    expect(calls).toEqual([
      [0, 1, 0.3],
      [1, 0, 0.4],
      [0, 0, 0.2],
      [1, 1, 0.3],
    ]);
  });

  test('other keys are left alone: no set(), default not prevented', () => {
    const { canvas, calls } = setup([0.5, 0.5]);
    for (const key of ['Tab', 'Enter', ' ', 'a', 'Escape']) expect(canvas.press(key)).toBe(false);
    expect(calls).toEqual([]);
  });

  test('a single bar: all four arrows change it (right and up raise, left and down lower)', () => {
    const { canvas, calls } = setup([0.5]);
    canvas.press('ArrowRight');
    canvas.press('ArrowUp');
    canvas.press('ArrowLeft');
    canvas.press('ArrowDown');
    expect(calls.map(([, , v]) => v)).toEqual([0.6, 0.7, 0.6, 0.5]);
  });

  test('role, range, value and names for assistive technology follow the chosen bar', () => {
    const { canvas } = setup([0.25, -1.5], { name: 'Advantages' });
    expect(canvas.tabIndex).toBe(0);
    expect(canvas.getAttribute('role')).toBe('slider');
    expect(canvas.getAttribute('aria-valuemin')).toBe('-2');
    expect(canvas.getAttribute('aria-valuemax')).toBe('2');
    expect(canvas.getAttribute('aria-valuenow')).toBe('0.25');
    expect(canvas.getAttribute('aria-valuetext')).toBe('P of category 1: 0.25');
    expect(canvas.getAttribute('aria-label')).toBe('Advantages (P of category 1 chosen)');
    expect(canvas.getAttribute('aria-roledescription')).toBe(localize('en').t('keyboard.bars'));
    canvas.press('ArrowRight');
    expect(canvas.getAttribute('aria-valuenow')).toBe('-1.5');
    expect(canvas.getAttribute('aria-valuetext')).toBe('P of category 2: -1.50');
    expect(canvas.getAttribute('aria-label')).toBe('Advantages (P of category 2 chosen)');
    canvas.press('PageUp');
    expect(canvas.getAttribute('aria-valuenow')).toBe('-1');
    // The chart's own name is kept: a second keyboardBars on it does not nest the names.
    expect(canvas.dataset.name).toBe('Advantages');
  });

  test('the chosen bar is outlined only while the canvas has focus', () => {
    const { canvas, chart } = setup([0.1, 0.2, 0.3]);
    expect(chart.$barFocus).toBeNull();
    canvas.focus();
    expect(chart.$barFocus).toMatchObject({ datasetIndex: 0, index: 0 });
    const draws = chart.draws;
    canvas.press('ArrowRight');
    expect(chart.$barFocus).toMatchObject({ datasetIndex: 0, index: 1 });
    expect(chart.draws).toBe(draws + 1);
    canvas.press('ArrowUp'); // the outline stays: no extra draw
    expect(chart.draws).toBe(draws + 1);
    canvas.blur();
    expect(chart.$barFocus).toBeNull();
  });

  test('refresh() after the number of bars shrinks keeps the choice in range', () => {
    const { canvas, calls, datasets, keyboard } = setup([0.1, 0.2, 0.3]);
    canvas.press('ArrowLeft'); // the last bar
    datasets[0].length = 2;
    keyboard.refresh();
    canvas.press('ArrowUp');
    expect(calls).toEqual([[0, 1, 0.3]]);
  });
});

describe('points (dragged sideways)', () => {
  test('Right and Left move the point, Down and Up choose the next and previous point', () => {
    const { canvas, calls } = setup([0.5, 1, -1], { axis: 'x' });
    canvas.press('ArrowRight');
    canvas.press('ArrowLeft');
    canvas.press('ArrowLeft');
    canvas.press('ArrowDown'); // the second point
    canvas.press('PageUp');
    canvas.press('ArrowUp');
    canvas.press('ArrowUp'); // wraps to the third point
    canvas.press('Home');
    canvas.press('ArrowDown'); // wraps to the first point
    canvas.press('End');
    expect(calls).toEqual([
      [0, 0, 0.6],
      [0, 0, 0.5],
      [0, 0, 0.4],
      [0, 1, 1.5],
      [0, 2, -2],
      [0, 0, 2],
    ]);
    expect(canvas.getAttribute('aria-roledescription')).toBe(localize('en').t('keyboard.points'));
  });

  test('a single point: right and up raise, left and down lower, clamped', () => {
    const { canvas, calls } = setup([1.85], { axis: 'x' });
    canvas.press('ArrowRight'); // 1.95
    canvas.press('ArrowUp'); // 2.05 -> 2
    canvas.press('ArrowLeft'); // 1.9
    canvas.press('ArrowDown'); // 1.8
    expect(calls.map(([, , v]) => v)).toEqual([1.95, 2, 1.9, 1.8]);
    expect(canvas.getAttribute('aria-roledescription')).toBe(localize('en').t('keyboard.single'));
    expect(canvas.getAttribute('aria-label')).toBe('Distribution P');
  });
});

describe('probability bars', () => {
  test('[0, 1] in steps of 0.01 and 0.1, formatted as probabilities', () => {
    const { canvas, calls } = setup([0.25, 0.25, 0.5], {
      probability: true,
    });
    expect(canvas.getAttribute('aria-valuemin')).toBe('0');
    expect(canvas.getAttribute('aria-valuemax')).toBe('1');
    expect(canvas.getAttribute('aria-valuetext')).toBe('P of category 1: 0.250');
    canvas.press('ArrowUp');
    canvas.press('PageUp');
    canvas.press('PageDown');
    canvas.press('PageDown');
    canvas.press('PageDown');
    canvas.press('PageDown'); // 0.26 - 0.3 -> 0
    canvas.press('End');
    canvas.press('ArrowUp'); // stays 1
    expect(calls.map(([, , v]) => v)).toEqual([0.26, 0.36, 0.26, 0.16, 0.06, 0, 1, 1]);
    expect(canvas.getAttribute('aria-valuetext')).toBe('P of category 1: 1');
  });

  test('German numbers in the value text', () => {
    const L = localize('de');
    const { canvas } = setup([0.25, 0.75], { probability: true, L });
    expect(canvas.getAttribute('aria-valuetext')).toBe('P of category 1: 0,250');
    expect(canvas.getAttribute('aria-roledescription')).toBe(L.t('keyboard.bars'));
  });
});
