import { isFocused } from './dom.js';
import { formatProbability } from './format.js';

// Keyboard access to draggable bar charts: the canvas becomes one tab stop
// (role "slider") whose arrow keys pick a bar and change it, so every bar
// the mouse or a finger can drag can also be set without a pointer.
//   Left / Right        previous / next bar
//   Up / Down           value ± step           PageUp / PageDown  ± bigStep
//   Home / End          minimum / maximum
// The chosen bar is outlined while the canvas has focus (barFocusPlugin).

/**
 * @param {{canvas: HTMLCanvasElement, chart: object,
 *          bars: () => Array<{datasetIndex: number, index: number, label: string, value: number}>,
 *          min: number, max: number, step: number, bigStep: number,
 *          format: (v: number) => string,
 *          set: (datasetIndex: number, index: number, value: number) => void}} spec
 * @returns {{refresh: () => void}} call refresh() after the chart's data change
 */
export function keyboardBars({ canvas, chart, bars, min, max, step, bigStep, format, set }) {
  let selected = 0;
  canvas.tabIndex = 0;
  canvas.setAttribute('role', 'slider');
  canvas.setAttribute('aria-valuemin', String(min));
  canvas.setAttribute('aria-valuemax', String(max));
  const help = canvas.getAttribute('aria-label') ?? '';
  canvas.setAttribute(
    'aria-roledescription',
    'bar chart; left and right arrows choose a bar, up and down arrows change it',
  );

  function refresh() {
    const list = bars();
    selected = Math.min(selected, list.length - 1);
    const bar = list[selected];
    canvas.setAttribute('aria-valuenow', String(bar.value));
    canvas.setAttribute('aria-valuetext', `${bar.label}: ${format(bar.value)}`);
    canvas.setAttribute('aria-label', `${help} (${bar.label} chosen)`);
    chart.$barFocus = isFocused(canvas) ? bar : null;
    chart.draw();
  }

  canvas.addEventListener('keydown', (event) => {
    const list = bars();
    const bar = list[selected];
    const change = {
      ArrowUp: bar.value + step,
      ArrowDown: bar.value - step,
      PageUp: bar.value + bigStep,
      PageDown: bar.value - bigStep,
      Home: min,
      End: max,
    };
    if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      selected = (selected + (event.key === 'ArrowRight' ? 1 : list.length - 1)) % list.length;
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

/** Outlines chart.$barFocus = {datasetIndex, index} (set by keyboardBars). */
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
    ctx.strokeStyle = options.color;
    ctx.lineWidth = options.width;
    const top = Math.min(y, base) - 4;
    ctx.strokeRect(x - width / 2 - 3, top, width + 6, Math.max(Math.abs(base - y), 0) + 8);
    ctx.restore();
  },
};

/** keyboardBars for probability bars: [0, 1], steps of 0.01 and 0.1. */
export function keyboardProbabilityBars(spec) {
  return keyboardBars({ min: 0, max: 1, step: 0.01, bigStep: 0.1, format: formatProbability, ...spec });
}
