// The heat map behind the KL landscape (heatmap.js): its colour scale
// (viridis, dark = smallest, on a log scale of the excess over the minimum,
// non-finite values as the brightest colour), its orientation (grid row 0 at
// the bottom) and where it is drawn. Unit tests run in Node without a DOM:
// the plugin gets a fake chart, and ImageData and document.createElement
// ('canvas') are minimal stand-ins that keep what is painted.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { heatmapPlugin } from '../../../web/charts/heatmap.js';

// Matplotlib's viridis at its two ends and in the middle.
const DARKEST = [68, 1, 84];
const MIDDLE = [33, 144, 141];
const BRIGHTEST = [253, 231, 37];

let created = 0;
beforeAll(() => {
  globalThis.ImageData = class {
    constructor(width, height) {
      this.width = width;
      this.height = height;
      this.data = new Uint8ClampedArray(width * height * 4);
    }
  };
  globalThis.document = {
    createElement(tag) {
      if (tag !== 'canvas') throw new Error(`unexpected element ${tag}`);
      created += 1;
      const canvas = {
        width: 0,
        height: 0,
        getContext: () => ({
          putImageData(image, x, y) {
            canvas.painted = { image, x, y };
          },
        }),
      };
      return canvas;
    },
  };
});
afterAll(() => {
  delete globalThis.ImageData;
  delete globalThis.document;
});

/** Draws `grid` on a fake chart whose axes map [0, 10] to pixels 100..600 (x) and 400..0 (y). */
function draw(grid, chart = fakeChart()) {
  heatmapPlugin.beforeDatasetsDraw(chart, {}, { grid });
  return chart;
}

function fakeChart() {
  const calls = [];
  const record =
    (name) =>
    (...args) =>
      calls.push([name, ...args]);
  return {
    calls,
    scales: {
      x: { getPixelForValue: (v) => 100 + 50 * v },
      y: { getPixelForValue: (v) => 400 - 40 * v },
    },
    chartArea: { left: 100, top: 0, width: 500, height: 400 },
    ctx: {
      save: record('save'),
      restore: record('restore'),
      beginPath: record('beginPath'),
      rect: record('rect'),
      clip: record('clip'),
      drawImage: record('drawImage'),
    },
  };
}

/** The painted image of the last draw on `chart`, and its pixel at image column x, row y (row 0 at the top). */
function image(chart) {
  const [, canvas] = chart.calls.findLast(([name]) => name === 'drawImage');
  const { image: img } = canvas.painted;
  return {
    canvas,
    img,
    pixel: (x, y) => Array.from(img.data.subarray((y * img.width + x) * 4, (y * img.width + x) * 4 + 4)),
  };
}

/** The colour the heat map gives `value` when the grid's smallest value is `min` and largest `max`. */
function colourOf(value, min, max) {
  const { pixel } = image(draw({ values: [min, value, max], columns: 3, rows: 1, x: [0, 10], y: [0, 10] }));
  return pixel(1, 0).slice(0, 3);
}

describe('heat-map colour scale', () => {
  test('the smallest value is the darkest viridis colour, the largest the brightest, all opaque', () => {
    const values = [3, 7, 5, 9, 4, 8];
    const { img, pixel } = image(draw({ values, columns: 3, rows: 2, x: [0, 10], y: [0, 10] }));
    expect([img.width, img.height]).toEqual([3, 2]);
    // Grid row 0 (values 3, 7, 5) is the image's bottom row.
    expect(pixel(0, 1)).toEqual([...DARKEST, 255]);
    expect(pixel(0, 0)).toEqual([...BRIGHTEST, 255]);
    for (let i = 3; i < img.data.length; i += 4) expect(img.data[i]).toBe(255);
  });

  test('row 0 of the grid is the bottom of the axis, column 0 its left', () => {
    // Only one cell is at the minimum each time: find where it lands.
    for (const [r, c] of [
      [0, 0],
      [0, 3],
      [2, 0],
      [1, 2],
    ]) {
      const values = new Array(12).fill(1);
      values[r * 4 + c] = 0;
      const { pixel } = image(draw({ values, columns: 4, rows: 3, x: [0, 10], y: [0, 10] }));
      expect(pixel(c, 2 - r).slice(0, 3)).toEqual(DARKEST);
      for (let y = 0; y < 3; y++) {
        for (let x = 0; x < 4; x++) if (x !== c || y !== 2 - r) expect(pixel(x, y).slice(0, 3)).toEqual(BRIGHTEST);
      }
    }
  });

  test('log scale of the excess over the minimum: e − 1 above 0, of e² − 1, is the middle colour', () => {
    // On a linear scale e − 1 would sit at 1/(e + 1) ≈ 0.27 of the way, not halfway.
    expect(colourOf(Math.E - 1, 0, Math.E ** 2 - 1)).toEqual(MIDDLE);
    // The same excess over another minimum gives the same colour.
    expect(colourOf(-40 + Math.E - 1, -40, -40 + Math.E ** 2 - 1)).toEqual(MIDDLE);
    // A quarter of the way (log) is the third viridis stop.
    expect(colourOf(Math.expm1(1), 0, Math.expm1(4))).toEqual([59, 81, 139]);
    // Between stops the colour is interpolated: 0.0375 of the way is 0.3 of the first step.
    expect(colourOf(Math.expm1(0.0375), 0, Math.expm1(1))).toEqual([69, 14, 95]);
  });

  test('gentle slopes near the minimum still show: 1 % of the range is well away from the darkest', () => {
    const low = colourOf(10, 0, 1000); // log(11)/log(1001) ≈ 0.35 of the way
    expect(low[1]).toBeGreaterThan(80);
    expect(low[1]).toBeLessThan(120);
  });

  test('larger values are never darker: green rises strictly through a ramp of values', () => {
    const values = Array.from({ length: 16 }, (_, i) => Math.expm1((i * 6) / 15));
    const { pixel } = image(draw({ values, columns: 16, rows: 1, x: [0, 10], y: [0, 10] }));
    const greens = values.map((_, c) => pixel(c, 0)[1]);
    for (let c = 1; c < greens.length; c++) expect(greens[c]).toBeGreaterThan(greens[c - 1]);
    expect(pixel(0, 0).slice(0, 3)).toEqual(DARKEST);
    expect(pixel(15, 0).slice(0, 3)).toEqual(BRIGHTEST);
  });

  test('non-finite values (an infinite divergence, NaN) are painted as the brightest, and do not set the range', () => {
    const values = [0, Infinity, Math.E - 1, NaN, Math.E ** 2 - 1, -Infinity];
    const { pixel } = image(draw({ values, columns: 6, rows: 1, x: [0, 10], y: [0, 10] }));
    expect(pixel(0, 0).slice(0, 3)).toEqual(DARKEST);
    expect(pixel(1, 0).slice(0, 3)).toEqual(BRIGHTEST);
    expect(pixel(2, 0).slice(0, 3)).toEqual(MIDDLE);
    expect(pixel(3, 0).slice(0, 3)).toEqual(BRIGHTEST);
    expect(pixel(4, 0).slice(0, 3)).toEqual(BRIGHTEST);
    expect(pixel(5, 0).slice(0, 3)).toEqual(BRIGHTEST);
  });

  test('a flat grid is all the darkest colour, and a grid with no finite value all the brightest', () => {
    const flat = image(draw({ values: new Array(6).fill(0.25), columns: 3, rows: 2, x: [0, 10], y: [0, 10] }));
    const none = image(draw({ values: [Infinity, NaN, Infinity, NaN], columns: 2, rows: 2, x: [0, 10], y: [0, 10] }));
    for (let y = 0; y < 2; y++) {
      for (let x = 0; x < 3; x++) expect(flat.pixel(x, y)).toEqual([...DARKEST, 255]);
      for (let x = 0; x < 2; x++) expect(none.pixel(x, y)).toEqual([...BRIGHTEST, 255]);
    }
  });
});

describe('heat-map drawing', () => {
  test('nothing is drawn without a grid', () => {
    const chart = fakeChart();
    heatmapPlugin.beforeDatasetsDraw(chart, {}, { grid: null });
    expect(chart.calls).toEqual([]);
  });

  test('one pixel per grid point, centred on its value: the image reaches half a cell past the ends, clipped to the chart area', () => {
    const chart = draw({ values: new Array(6 * 5).fill(1), columns: 6, rows: 5, x: [2, 8], y: [1, 9] });
    const [, canvas, left, top, width, height] = chart.calls.find(([name]) => name === 'drawImage');
    expect([canvas.width, canvas.height]).toEqual([6, 5]);
    // x: 2..8 is pixels 200..500, 5 steps of 60; y: 1..9 is pixels 360..40, 4 steps of 80.
    expect([left, top, width, height]).toEqual([200 - 30, 40 - 40, 300 + 60, 320 + 80]);
    expect(chart.calls.map(([name]) => name)).toEqual(['save', 'beginPath', 'rect', 'clip', 'drawImage', 'restore']);
    expect(chart.calls[2]).toEqual(['rect', 100, 0, 500, 400]);
  });

  test('the image is painted once per grid of values, not at every redraw', () => {
    const grid = { values: [1, 2, 3, 4], columns: 2, rows: 2, x: [0, 10], y: [0, 10] };
    const chart = fakeChart();
    const before = created;
    draw(grid, chart);
    draw(grid, chart);
    draw(grid, chart);
    expect(created - before).toBe(1);
    draw({ ...grid, values: [4, 3, 2, 1] }, chart);
    expect(created - before).toBe(2);
    const { pixel } = image(chart);
    expect(pixel(0, 1).slice(0, 3)).toEqual(BRIGHTEST); // 4 now at row 0, column 0
  });
});
