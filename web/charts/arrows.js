// A Chart.js plugin (a plain object with an id and hooks) that draws an
// arrow on each bar of a dataset that has `arrows: [dy, ...]`: from the top
// of bar i to the value top + dy[i] (in data units). Used for the direction
// in which a gradient step moves each logit.
export const arrowsPlugin = {
  id: 'arrows',
  defaults: { color: '#000000', width: 2.5, head: 7 },
  afterDatasetsDraw(chart, args, options) {
    const { ctx } = chart;
    const y = chart.scales.y;
    chart.data.datasets.forEach((dataset, datasetIndex) => {
      if (!dataset.arrows || !chart.isDatasetVisible(datasetIndex)) return;
      chart.getDatasetMeta(datasetIndex).data.forEach((bar, i) => {
        const dy = dataset.arrows[i];
        if (!dy) return;
        const value = dataset.data[i];
        const from = y.getPixelForValue(value);
        const to = y.getPixelForValue(value + dy);
        if (Math.abs(to - from) < 2) return;
        const direction = Math.sign(to - from);
        const head = Math.min(options.head, Math.abs(to - from));
        ctx.save();
        ctx.strokeStyle = options.color;
        ctx.fillStyle = options.color;
        ctx.lineWidth = options.width;
        ctx.beginPath();
        ctx.moveTo(bar.x, from);
        ctx.lineTo(bar.x, to - direction * head);
        ctx.stroke();
        ctx.beginPath();
        ctx.moveTo(bar.x, to);
        ctx.lineTo(bar.x - head, to - direction * head);
        ctx.lineTo(bar.x + head, to - direction * head);
        ctx.closePath();
        ctx.fill();
        ctx.restore();
      });
    });
  },
};
