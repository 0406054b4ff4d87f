// Bars of variable width, for entropy as expected surprise: outcome i is a
// rectangle from left[i] to right[i] along [0, 1] (width pᵢ) and from 0 up to
// its height (−log pᵢ or −log qᵢ), so its area is its share of H(P) or
// H(P, Q). Chart.js has no variable-width bars: the chart is a scatter chart
// over a linear x axis whose datasets carry the rectangles, and this plugin
// draws them. Every number comes from the kernels (surpriseTerms); the plugin
// only turns them into pixels.
//
// A drawn dataset has `areaBars: { left, right, fill, stroke, dash?, labels? }`
// (labels: each bar's area as text, written on it where it fits; highlight:
// the index of a bar to outline, or null) and one
// point per outcome, { x: left, y: height } (y: null with text '∞' for an
// infinite height). A dataset with `areaBars: { between: [a, b], positive,
// negative }` shades, per outcome, the band between the heights of datasets a
// and b: in `positive` where b is above a, hatched in `negative` where it is
// below (a term p·log(p/q) below 0). A dataset with `tableOnly: true` (widths,
// areas) is not drawn and not in the legend: it is a column of the data table
// (charts/a11y.js reads a point's `text`, else its y).
import { axisTitle, baseOptions } from './common.js';

/** Rectangles taller than the axis end here, with a mark saying they go on. */
function clipTop(chart, y) {
  return Math.max(y, chart.chartArea.top);
}

function hatch(ctx, colour) {
  const tile = document.createElement('canvas');
  tile.width = 8;
  tile.height = 8;
  const t = tile.getContext('2d');
  t.strokeStyle = colour;
  t.lineWidth = 2;
  t.beginPath();
  t.moveTo(0, 8);
  t.lineTo(8, 0);
  t.stroke();
  return ctx.createPattern(tile, 'repeat');
}

/** Pixel top of outcome i's bar in dataset `d`: the chart's top when infinite or off the scale. */
function topOf(chart, dataset, i) {
  const point = dataset.data[i];
  if (!point || point.y === null) return { y: chart.chartArea.top, off: true };
  const y = chart.scales.y.getPixelForValue(point.y);
  return { y: clipTop(chart, y), off: y < chart.chartArea.top };
}

export const areaBarsPlugin = {
  id: 'areaBars',
  beforeDatasetsDraw(chart) {
    const { ctx, chartArea } = chart;
    const x = chart.scales.x;
    const y = chart.scales.y;
    if (!x || !y) return;
    const base = y.getPixelForValue(0);
    const text = chart.$theme?.text ?? '#1a1a1a';
    ctx.save();
    ctx.beginPath();
    ctx.rect(
      chartArea.left,
      chartArea.top - 16,
      chartArea.right - chartArea.left,
      chartArea.bottom - chartArea.top + 16,
    );
    ctx.clip();
    chart.data.datasets.forEach((dataset, datasetIndex) => {
      const spec = dataset.areaBars;
      if (!spec || !chart.isDatasetVisible(datasetIndex)) return;
      if (spec.between) {
        const [a, b] = spec.between.map((j) => chart.data.datasets[j]);
        const { left, right } = a.areaBars;
        const negative = hatch(ctx, spec.negative);
        left.forEach((l, i) => {
          const x0 = x.getPixelForValue(l);
          const x1 = x.getPixelForValue(right[i]);
          if (x1 - x0 < 0.5) return;
          const ya = topOf(chart, a, i).y;
          const yb = topOf(chart, b, i).y;
          if (Math.abs(ya - yb) < 0.5) return;
          ctx.fillStyle = yb < ya ? spec.positive : negative;
          ctx.fillRect(x0, Math.min(ya, yb), x1 - x0, Math.abs(ya - yb));
        });
        return;
      }
      const { left, right, fill, stroke, dash = [], labels } = spec;
      ctx.setLineDash(dash);
      ctx.lineWidth = 2;
      left.forEach((l, i) => {
        const x0 = x.getPixelForValue(l);
        const x1 = x.getPixelForValue(right[i]);
        if (x1 - x0 <= 0) return; // an outcome of probability 0: no width, no area
        const top = topOf(chart, dataset, i);
        if (fill) {
          ctx.fillStyle = fill;
          ctx.fillRect(x0, top.y, x1 - x0, base - top.y);
        }
        ctx.strokeStyle = stroke;
        ctx.strokeRect(x0, top.y, x1 - x0, base - top.y);
        if (spec.highlight === i) {
          // The outcome just drawn (the draws below the chart), outlined.
          ctx.save();
          ctx.setLineDash([]);
          ctx.lineWidth = 4;
          ctx.strokeStyle = text;
          ctx.strokeRect(x0 + 2, top.y + 2, Math.max(0, x1 - x0 - 4), Math.max(0, base - top.y - 4));
          ctx.restore();
        }
        const label = labels?.[i];
        if (label) {
          // The bar's area, inside it where it fits, else just above it.
          ctx.font = '600 12px system-ui, sans-serif';
          ctx.textAlign = 'center';
          const width = ctx.measureText(label).width;
          if (x1 - x0 > width + 6) {
            const inside = base - top.y > 18;
            ctx.fillStyle = text;
            ctx.textBaseline = inside ? 'middle' : 'bottom';
            ctx.fillText(label, (x0 + x1) / 2, inside ? (top.y + base) / 2 : top.y - 2);
          }
        }
        if (top.off) {
          // Taller than the axis (or infinite): say so at the top.
          ctx.fillStyle = text;
          ctx.font = '600 13px system-ui, sans-serif';
          ctx.textAlign = 'center';
          ctx.textBaseline = 'bottom';
          const label = dataset.data[i]?.y === null ? '∞' : '↑';
          ctx.fillText(label, Math.min(Math.max((x0 + x1) / 2, chartArea.left + 6), chartArea.right - 6), top.y - 1);
        }
      });
      ctx.setLineDash([]);
    });
    ctx.restore();
  },
};

/**
 * One point per outcome for a dataset of heights: y null (and the table
 * text '∞') where the height is infinite.
 */
export function heightPoints(left, heights) {
  return Array.from(heights, (v, i) =>
    Number.isFinite(v) ? { x: left[i], y: v } : { x: left[i], y: null, text: '∞' },
  );
}

/**
 * A scatter chart of variable-width bars over [0, 1]. `series`: the drawn
 * datasets [{ label, heights, fill, stroke, dash }]; `between`: an optional
 * shaded band { label, of: [i, j], positive, negative, values } between
 * series i and j (values: the band's per-outcome amounts, for the table);
 * `columns`: table-only datasets [{ label, values }] (widths, areas).
 * `labels` name the outcomes (the table's rows); `yMax` ends the y axis.
 */
export function areaBarChart({ labels, left, right, series, between, columns = [], yMax, xTitle, yTitle, lang }) {
  const base = baseOptions(lang);
  const drawn = series.map(({ label, heights, fill, stroke, dash, areaLabels, highlight = null }) => ({
    label,
    data: heightPoints(left, heights),
    areaBars: { left: Array.from(left), right: Array.from(right), fill, stroke, dash, labels: areaLabels, highlight },
    backgroundColor: fill ?? 'transparent',
    borderColor: stroke,
    borderDash: dash ?? [],
    borderWidth: 2,
    pointRadius: 0,
    pointHitRadius: 0,
    showLine: false,
  }));
  const band = between
    ? [
        {
          label: between.label,
          data: heightPoints(left, between.values),
          areaBars: { between: between.of, positive: between.positive, negative: between.negative },
          backgroundColor: between.positive,
          borderColor: between.positive,
          pointRadius: 0,
          pointHitRadius: 0,
          showLine: false,
        },
      ]
    : [];
  const table = columns.map(({ label, values }) => ({
    label,
    data: heightPoints(left, values),
    tableOnly: true,
    pointRadius: 0,
    pointHitRadius: 0,
    showLine: false,
  }));
  return {
    type: 'scatter',
    data: { labels, datasets: [...drawn, ...band, ...table] },
    options: {
      ...base,
      layout: { padding: { top: 18, right: 8 } },
      scales: {
        x: { type: 'linear', min: 0, max: 1, title: axisTitle(xTitle) },
        y: { type: 'linear', min: 0, max: axisTop(yMax), title: axisTitle(yTitle) },
      },
      plugins: {
        ...base.plugins,
        tooltip: { enabled: false },
        legend: { ...base.plugins.legend, labels: { ...base.plugins.legend.labels, filter: drawnOnly } },
      },
    },
  };
}

/** The axis's end: a little above `top`, at a half (layout only). */
function axisTop(top) {
  return Math.ceil(top * 1.08 * 2) / 2;
}

/** Legend filter: table-only datasets are not listed. */
function drawnOnly(item, data) {
  return !data.datasets[item.datasetIndex].tableOnly;
}
