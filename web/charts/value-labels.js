// A Chart.js plugin (a plain object with an id and hooks) that writes each
// bar's value on it. A dataset opts in with `valueLabels: ['0.693', null]`,
// one ready-formatted string (or null) per bar.
export const valueLabelsPlugin = {
  id: 'valueLabels',
  defaults: { color: '#000000', font: '600 13px system-ui, sans-serif' },
  afterDatasetsDraw(chart, args, options) {
    const { ctx } = chart;
    ctx.save();
    ctx.font = options.font;
    ctx.textBaseline = 'middle';
    chart.data.datasets.forEach((dataset, datasetIndex) => {
      if (!dataset.valueLabels || !chart.isDatasetVisible(datasetIndex)) return;
      chart.getDatasetMeta(datasetIndex).data.forEach((bar, index) => {
        const text = dataset.valueLabels[index];
        if (!text) return;
        const { x, y, base } = bar.getProps(['x', 'y', 'base'], true);
        if (chart.options.indexAxis === 'y') {
          const width = ctx.measureText(text).width;
          const inside = Math.abs(x - base) > width + 8;
          // Outside the bar, but never past the canvas's right edge.
          const outside = Math.min(Math.max(x, base) + 4, chart.width - width - 2);
          // On a bar, dark text (the bar colours are light enough in both
          // themes); beside it, the theme's text colour.
          ctx.fillStyle = inside ? options.color : (chart.$theme?.text ?? options.color);
          ctx.textAlign = inside ? 'center' : 'left';
          ctx.fillText(text, inside ? (x + base) / 2 : outside, y);
        } else {
          ctx.fillStyle = chart.$theme?.text ?? options.color;
          ctx.textAlign = 'center';
          ctx.fillText(text, x, Math.min(y, base) - 8);
        }
      });
    });
    ctx.restore();
  },
};
