// A Chart.js plugin (plain object with an id and hooks) that paints a grid of
// values behind the datasets, for the KL landscape over (mu, sigma). A chart
// config carries it as options.plugins.heatmap.grid =
// { values, columns, rows, x: [lo, hi], y: [lo, hi] } (null: no heat map):
// row r, column c holds the value at x[0] + c*(x[1]-x[0])/(columns-1) and the
// r-th of `rows` points from y[0] to y[1] (evenly spaced in the axis's own
// scale, so a logarithmic axis takes a grid even in log). Values are coloured
// from dark (smallest) to light, on a log scale of the excess over the
// minimum so that both deep valleys and gentle slopes show.

// Viridis, sampled at 9 stops (matplotlib's, CC0).
const VIRIDIS = [
  [68, 1, 84],
  [71, 44, 122],
  [59, 81, 139],
  [44, 113, 142],
  [33, 144, 141],
  [39, 173, 129],
  [92, 200, 99],
  [170, 220, 50],
  [253, 231, 37],
];

function colour(t) {
  const x = Math.min(1, Math.max(0, t)) * (VIRIDIS.length - 1);
  const i = Math.min(VIRIDIS.length - 2, Math.floor(x));
  const f = x - i;
  return VIRIDIS[i].map((c, k) => Math.round(c + f * (VIRIDIS[i + 1][k] - c)));
}

/** Paints the grid into an offscreen canvas, one pixel per grid point. */
function paint({ values, columns, rows }) {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (Number.isFinite(v)) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
  }
  const range = Math.log1p(max - min) || 1;
  const image = new ImageData(columns, rows);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      const v = values[r * columns + c];
      const [red, green, blue] = Number.isFinite(v) ? colour(Math.log1p(v - min) / range) : VIRIDIS[8];
      const o = ((rows - 1 - r) * columns + c) * 4; // row 0 is the bottom of the axis
      image.data.set([red, green, blue, 255], o);
    }
  }
  const canvas = document.createElement('canvas');
  canvas.width = columns;
  canvas.height = rows;
  canvas.getContext('2d').putImageData(image, 0, 0);
  return canvas;
}

/** The painted image of each grid's values. */
const painted = new WeakMap();

export const heatmapPlugin = {
  id: 'heatmap',
  defaults: { grid: null },
  beforeDatasetsDraw(chart, args, options) {
    const grid = options?.grid;
    if (!grid) return;
    // Painted once per grid of values, not at every redraw.
    if (!painted.has(grid.values)) painted.set(grid.values, paint(grid));
    const { x: xScale, y: yScale } = chart.scales;
    // Each grid point is a pixel centre: the image reaches half a cell past the ends.
    const left = xScale.getPixelForValue(grid.x[0]);
    const right = xScale.getPixelForValue(grid.x[1]);
    const bottom = yScale.getPixelForValue(grid.y[0]);
    const top = yScale.getPixelForValue(grid.y[1]);
    const halfX = (right - left) / (grid.columns - 1) / 2;
    const halfY = (bottom - top) / (grid.rows - 1) / 2;
    const { ctx, chartArea } = chart;
    ctx.save();
    ctx.beginPath();
    ctx.rect(chartArea.left, chartArea.top, chartArea.width, chartArea.height);
    ctx.clip();
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(
      painted.get(grid.values),
      left - halfX,
      top - halfY,
      right - left + 2 * halfX,
      bottom - top + 2 * halfY,
    );
    ctx.restore();
  },
};
