// Keyboard access to draggable charts: the canvas becomes one tab stop (role
// "slider") whose arrow keys pick an item and change it, so every bar or
// point the mouse or a finger can drag can also be set without a pointer.
// Bars (dragged up and down):           Points (dragged sideways):
//   Left / Right   previous / next bar    Up / Down      previous / next point
//   Up / Down      value ± step           Left / Right   value ∓ / ± step
// and for both: PageUp / PageDown ± bigStep, Home / End minimum / maximum.
// With a single item, all four arrows change it. The chosen item is outlined
// while the canvas has focus (barFocusPlugin).
import { isFocused } from '../dom.js';
import { localize } from '../i18n.js';

/**
 * @param {{canvas: HTMLCanvasElement, chart: object,
 *          bars: (chart) => Array<{datasetIndex: number, index: number, label: string, value: number}>,
 *          min: number, max: number, step: number, bigStep: number,
 *          format: (v: number) => string, axis?: 'y'|'x', L?: object,
 *          set: (datasetIndex: number, index: number, value: number) => void}} spec
 *   axis: the direction the items are dragged in ('y' for bars, 'x' for points).
 * @returns {{refresh: () => void}} call refresh() after the chart's data change
 */
export function keyboardBars({
  canvas,
  chart,
  bars,
  min,
  max,
  step,
  bigStep,
  format,
  set,
  axis = 'y',
  L = localize('en'),
}) {
  let selected = 0;
  canvas.tabIndex = 0;
  canvas.setAttribute('role', 'slider');
  canvas.setAttribute('aria-valuemin', String(min));
  canvas.setAttribute('aria-valuemax', String(max));
  // The chart's own name; aria-label adds the chosen item to it.
  const name = canvas.dataset.name ?? canvas.getAttribute('aria-label') ?? '';
  canvas.dataset.name = name;
  const [increase, decrease, next, previous] =
    axis === 'y'
      ? ['ArrowUp', 'ArrowDown', 'ArrowRight', 'ArrowLeft']
      : ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp'];

  function refresh() {
    const list = bars(chart);
    selected = Math.min(selected, list.length - 1);
    const bar = list[selected];
    canvas.setAttribute(
      'aria-roledescription',
      L.t(list.length > 1 ? `keyboard.${axis === 'y' ? 'bars' : 'points'}` : 'keyboard.single'),
    );
    canvas.setAttribute('aria-valuenow', String(bar.value));
    canvas.setAttribute('aria-valuetext', L.t('keyboard.valuetext', { label: bar.label, value: format(bar.value) }));
    canvas.setAttribute('aria-label', list.length > 1 ? L.t('keyboard.chosen', { name, item: bar.label }) : name);
    // Redraw only when the outline moves (update() already drew the rest).
    const focus = isFocused(canvas) ? bar : null;
    const same = focus?.datasetIndex === chart.$barFocus?.datasetIndex && focus?.index === chart.$barFocus?.index;
    chart.$barFocus = focus;
    if (!same) chart.draw();
  }

  canvas.addEventListener('keydown', (event) => {
    const list = bars(chart);
    const bar = list[selected];
    const change = {
      [increase]: bar.value + step,
      [decrease]: bar.value - step,
      PageUp: bar.value + bigStep,
      PageDown: bar.value - bigStep,
      Home: min,
      End: max,
    };
    if (list.length === 1) {
      change[next] = bar.value + (axis === 'y' ? step : -step);
      change[previous] = bar.value + (axis === 'y' ? -step : step);
    }
    if (list.length > 1 && (event.key === next || event.key === previous)) {
      selected = (selected + (event.key === next ? 1 : list.length - 1)) % list.length;
    } else if (event.key in change) {
      // Round away float noise from repeated steps (0.30000000000000004).
      const value = Math.min(max, Math.max(min, Number(change[event.key].toFixed(10))));
      set(bar.datasetIndex, bar.index, value);
    } else {
      return;
    }
    event.preventDefault();
    refresh();
  });
  canvas.addEventListener('focus', refresh);
  canvas.addEventListener('blur', refresh);
  refresh();
  return { refresh };
}

/**
 * The items of one dataset as keyboard items: `values[i]` labelled `label(i)`
 * (for bar charts whose bars are one list of the state).
 */
export function itemsOf(values, label, datasetIndex = 0) {
  return Array.from(values, (value, index) => ({ datasetIndex, index, label: label(index), value }));
}

/** keyboardBars for probability bars: [0, 1], steps of 0.01 and 0.1. */
export function keyboardProbabilityBars({ L = localize('en'), ...spec }) {
  return keyboardBars({ min: 0, max: 1, step: 0.01, bigStep: 0.1, format: L.probability, L, ...spec });
}

/** Outlines chart.$barFocus = {datasetIndex, index} (set by keyboardBars): a box round a bar, a ring round a point. */
export const barFocusPlugin = {
  id: 'barFocus',
  defaults: { color: '#b3005f', width: 3 },
  afterDatasetsDraw(chart, args, options) {
    const focus = chart.$barFocus;
    if (!focus) return;
    const element = chart.getDatasetMeta(focus.datasetIndex)?.data[focus.index];
    if (!element) return;
    const { x, y, base, width } = element.getProps(['x', 'y', 'base', 'width'], true);
    const { ctx } = chart;
    ctx.save();
    ctx.strokeStyle = getComputedStyle(chart.canvas).getPropertyValue('--focus').trim() || options.color;
    ctx.lineWidth = options.width;
    if (width === undefined) {
      ctx.beginPath();
      ctx.arc(x, y, 14, 0, 2 * Math.PI);
      ctx.stroke();
    } else {
      const top = Math.min(y, base) - 4;
      ctx.strokeRect(x - width / 2 - 3, top, width + 6, Math.abs(base - y) + 8);
    }
    ctx.restore();
  },
};
