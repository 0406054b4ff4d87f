// Issue 13, "area": entropy and cross-entropy as areas (coin, extremes,
// decomposition), the draws you can watch, and the three panels' predict
// questions. Numbers against formulas written here (−p log p, −log q, the
// running mean of −log Q(x) over the draws), never against the kernels' own
// results where an independent formula exists.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { load } from '../../../web/kernels.js';
import * as coin from '../../../web/panels/coin.js';
import * as extremes from '../../../web/panels/extremes.js';
import * as decomposition from '../../../web/panels/decomposition.js';
import { checkOutput } from '../../statements.js';
import { tableRows } from '../../../web/charts/a11y.js';

let api;
beforeAll(async () => {
  api = await load();
});

const log = (x, units) => (units === 'bits' ? Math.log2(x) : Math.log(x));
const text = (statement) => String(statement);
const tableOf = (chart) => tableRows(chart.data, (x) => x.toFixed(4), { category: 'category', series: 'series' });

describe('coin: entropy as area', () => {
  test('the worked sum −(0.9 log 0.9 + 0.1 log 0.1) = 0.325 nats, term by term', () => {
    const out = coin.render(api, { ...coin.defaults, p: 0.9, lang: 'en' });
    expect(text(out.readouts.sum)).toBe('H = −(0.900 log 0.900 + 0.100 log 0.100) = 0.095 + 0.230 = 0.325 nats');
    const bits = coin.render(api, { p: 0.9, units: 'bits', lang: 'en' });
    expect(text(bits.readouts.sum)).toBe('H = −(0.900 log₂ 0.900 + 0.100 log₂ 0.100) = 0.137 + 0.332 = 0.469 bits');
    const terms = out.readouts.sum.params.terms.items;
    expect(terms[0].value).toBeCloseTo(-0.9 * Math.log(0.9), 14);
    expect(terms[1].value).toBeCloseTo(-0.1 * Math.log(0.1), 14);
  });

  test('the bars: widths p and 1 − p side by side on [0, 1], heights −log p, areas in the data table', () => {
    for (const units of ['nats', 'bits']) {
      for (const p of [0.9, 0.3, 0.5]) {
        const { areas } = coin.render(api, { p, units, lang: 'en' }).charts;
        const [drawn, width, area] = areas.data.datasets;
        expect(drawn.areaBars.left[0]).toBe(0);
        expect(drawn.areaBars.left[1]).toBeCloseTo(p, 15);
        expect(drawn.areaBars.right[1]).toBe(1);
        expect(drawn.data[0].y).toBeCloseTo(-log(p, units), 13);
        expect(drawn.data[1].y).toBeCloseTo(-log(1 - p, units), 13);
        expect(width.data[1].y).toBeCloseTo(1 - p, 15);
        expect(area.data[0].y).toBeCloseTo(-p * log(p, units), 13);
        const { head, rows } = tableOf(areas);
        expect(head).toEqual(['category', '−log p of each side, as wide as p', 'width p', 'area −p log p']);
        expect(rows[0][0]).toBe('heads');
        expect(Number(rows[1][3])).toBeCloseTo(-(1 - p) * log(1 - p, units), 4);
      }
    }
  });

  test('p = 1: tails has no width and an infinite height, shown as ∞, never NaN; 0 log 0 = 0 is said', () => {
    const out = coin.render(api, { p: 1, units: 'nats', lang: 'en' });
    const drawn = out.charts.areas.data.datasets[0];
    expect(drawn.data[1]).toEqual({ x: 1, y: null, text: '∞' });
    expect(tableOf(out.charts.areas).rows[1][1]).toBe('∞');
    expect(out.readouts.zeroTerm.map(text)).toEqual([
      'An outcome with probability 0 has no width, so it adds no area: 0 log 0 counts as 0.',
    ]);
    expect(JSON.stringify(out.charts.areas)).not.toMatch(/NaN/);
  });
});

describe('extremes: entropy as area', () => {
  test('the worked sum lists −p log p for up to 10 categories and adds up to H', () => {
    const P = [0.5, 0.25, 0.125, 0.125];
    const out = extremes.render(api, { ...extremes.defaults, P, units: 'bits', lang: 'en' });
    expect(text(out.readouts.sum)).toBe('H = −Σ p log₂ p = 0.500 + 0.500 + 0.375 + 0.375 = 1.750 bits');
  });

  test('beyond 10 categories it names the largest area; bars are as wide as P', () => {
    const P = Array.from(api.setProbability(api.uniform(20), 3, 0.43));
    const out = extremes.render(api, { ...extremes.defaults, P, units: 'nats', lang: 'en' });
    const area = -0.43 * Math.log(0.43);
    expect(text(out.readouts.sum)).toContain(`the largest, ${area.toFixed(3)}, belongs to category 4 (p = 0.430)`);
    const drawn = out.charts.areas.data.datasets[0];
    let edge = 0;
    P.forEach((p, i) => {
      expect(drawn.areaBars.left[i]).toBeCloseTo(edge, 14);
      expect(drawn.data[i].y).toBeCloseTo(-Math.log(p), 13);
      edge += p;
    });
  });
});

describe('decomposition: cross-entropy as area', () => {
  test('heights −log p and −log q on widths p; the band holds p log(p/q), negative where q > p', () => {
    const P = [0.4, 0.3, 0.2, 0.1];
    const Q = [0.25, 0.25, 0.25, 0.25];
    const out = decomposition.render(api, { ...decomposition.defaults, P, Q, units: 'nats', lang: 'en' });
    const [under, model, band] = out.charts.areas.data.datasets;
    P.forEach((p, i) => {
      expect(under.data[i].y).toBeCloseTo(-Math.log(p), 14);
      expect(model.data[i].y).toBeCloseTo(-Math.log(Q[i]), 14);
      expect(band.data[i].y).toBeCloseTo(p * Math.log(p / Q[i]), 14);
    });
    const h = -P.reduce((s, p) => s + p * Math.log(p), 0);
    const cross = -P.reduce((s, p, i) => s + p * Math.log(Q[i]), 0);
    expect(text(out.readouts.areas)).toBe(
      `Area under −log p: H(P) = ${h.toFixed(3)} nats. Area under −log q on the same widths: ` +
        `H(P, Q) = ${cross.toFixed(3)} nats. The area between them is D(P‖Q) = ${(cross - h).toFixed(3)} nats.`,
    );
    // Category 3 (p = 0.2 < q = 0.25) is the first negative term.
    expect(text(out.readouts.areaNotes[0])).toContain(`category 3: q = 0.250 > p = 0.200`);
    expect(text(out.readouts.areaNotes[0])).toContain(
      `counts negative, −${Math.abs(0.2 * Math.log(0.2 / 0.25)).toFixed(3)}`,
    );
  });

  test('q = 0 where p > 0: the bar is infinitely tall (∞ in the table) and the reading says so', () => {
    const out = decomposition.render(api, { ...decomposition.defaults, P: [0.5, 0.5], Q: [1, 0], lang: 'en' });
    expect(out.charts.areas.data.datasets[1].data[1]).toEqual({ x: 0.5, y: null, text: '∞' });
    expect(text(out.readouts.areas)).toContain('infinitely tall');
    expect(JSON.stringify(out.charts.areas)).not.toMatch(/NaN/);
  });
});

describe('draws you can watch', () => {
  test('no draws: a prompt, and the lines at H(P) and H(P, Q)', () => {
    const out = decomposition.render(api, { ...decomposition.defaults, lang: 'en' });
    expect(text(out.readouts.lastDraw)).toBe('No draws yet: press “Draw one”.');
    expect(text(out.readouts.drawAverage)).toBe('The running averages start with the first draw.');
    expect(out.charts.draws.data.datasets[0].data).toEqual([]);
  });

  test('running averages are the means of −log P(x) and −log Q(x) over the seeded draws', () => {
    const P = [0.6, 0.3, 0.1];
    const Q = [0.2, 0.5, 0.3];
    for (const units of ['nats', 'bits']) {
      const state = { ...decomposition.defaults, P, Q, draws: 40, drawSeed: 12, units, lang: 'en' };
      const out = decomposition.render(api, state);
      const x = api.drawOutcomes(P, { n: 40, seed: 12 }); // the draws; the averages are checked here
      let sp = 0;
      let sq = 0;
      const [avgP, avgQ] = out.charts.draws.data.datasets;
      x.forEach((i, t) => {
        sp -= log(P[i], units);
        sq -= log(Q[i], units);
        expect(avgP.data[t]).toEqual({ x: t + 1, y: expect.any(Number) });
        expect(avgP.data[t].y).toBeCloseTo(sp / (t + 1), 12);
        expect(avgQ.data[t].y).toBeCloseTo(sq / (t + 1), 12);
      });
      const lastX = x[39];
      // The area chart outlines the bar of the outcome just drawn.
      expect(out.charts.areas.data.datasets[0].areaBars.highlight).toBe(lastX);
      const said = text(out.readouts.lastDraw);
      expect(said).toContain(`Draw 40: category ${lastX + 1}.`);
      expect(said).toContain(`${(-log(P[lastX], units)).toFixed(3)} ${units} under P`);
      expect(text(out.readouts.drawAverage)).toContain(`is ${(sp / 40).toFixed(3)} ${units}, an estimate of H(P)`);
      expect(text(out.readouts.drawAverage)).toContain(`Their gap, ${((sq - sp) / 40).toFixed(3)}`.replace('-', '−'));
      expect(checkOutput(out, state)).toEqual([]);
    }
  });

  test('the same seed and count give the same draws (a link restores them); the averages converge', () => {
    const state = { ...decomposition.defaults, draws: 2000, drawSeed: 5, lang: 'en' };
    const a = decomposition.render(api, state);
    const b = decomposition.render(api, { ...state });
    expect(a.charts.draws.data.datasets[0].data).toEqual(b.charts.draws.data.datasets[0].data);
    const h = -state.P.reduce((s, p) => s + p * Math.log(p), 0);
    const avg = a.charts.draws.data.datasets[0].data[1999].y;
    expect(Math.abs(avg - h)).toBeLessThan(0.1);
    expect(text(a.readouts.drawAverage)).toMatch(/an estimate of H\(P\)/);
  });

  test('a draw where Q = 0 makes the average under Q infinite: said, and the line stops there', () => {
    const state = { ...decomposition.defaults, P: [0.5, 0.5], Q: [1, 0], draws: 30, lang: 'en' };
    const out = decomposition.render(api, state);
    expect(text(out.readouts.drawAverage)).toContain('infinite from then on');
    const x = Array.from(api.drawOutcomes(state.P, { n: 30, seed: 1 }));
    expect(out.charts.draws.data.datasets[1].data.length).toBe(x.indexOf(1));
  });
});

describe('predict', () => {
  test('coin: H of the coin set now, hidden readouts and datasets exist; judged for the guess', () => {
    const state = { ...coin.defaults, p: 0.9, units: 'bits', lang: 'en' };
    const q = coin.predict(api, state);
    const out = coin.render(api, state);
    for (const key of q.hides.readouts) expect(out.readouts).toHaveProperty(key);
    for (const [chart, indices] of Object.entries(q.hides.datasets)) {
      for (const i of indices) expect(out.charts[chart].data.datasets[i]).toBeDefined();
    }
    for (const key of q.hides.descriptions) expect(out.descriptions).toHaveProperty(key);
    const h = -(0.9 * Math.log2(0.9) + 0.1 * Math.log2(0.1));
    expect(q.answer.kind).toBe('number');
    expect(q.judge(0.47).correct).toBe(true);
    const high = q.judge(0.9);
    expect(high.correct).toBe(false);
    expect(text(high.feedback)).toContain(`Your 0.900 bits is above H = ${h.toFixed(3)} bits.`);
    expect(text(q.judge(0.1).feedback)).toContain('is below H');
    expect(checkOutput(q, state)).toEqual([]);
    expect(checkOutput(high, state)).toEqual([]);
  });

  test('extremes: the uniform over N is log N (3 bits for 8)', () => {
    const state = { ...extremes.defaults, units: 'bits', lang: 'en' };
    const q = extremes.predict(api, state);
    expect(text(q.question)).toContain('uniform distribution over 8 outcomes, in bits');
    expect(q.judge(3).correct).toBe(true);
    expect(q.judge(8).correct).toBe(false);
    expect(text(q.judge(8).feedback)).toContain('above H = 3.000 bits');
    const out = extremes.render(api, state);
    for (const key of q.hides.readouts) expect(out.readouts).toHaveProperty(key);
    expect(out.charts.path.data.datasets[1].label).toMatch(/ceiling/);
    expect(checkOutput(q.judge(2), state)).toEqual([]);
  });

  test('decomposition: the average of −log Q(x) settles at H(P, Q); the answer lines are hidden', () => {
    const state = { ...decomposition.defaults, lang: 'en' };
    const q = decomposition.predict(api, state);
    expect(q.answer.options.map(text)[1]).toBe('At H(P, Q), the cross-entropy');
    expect(q.judge(1).correct).toBe(true);
    for (const wrong of [0, 2, 3]) expect(q.judge(wrong).correct).toBe(false);
    const out = decomposition.render(api, { ...state, draws: 5 });
    const hidden = q.hides.datasets.draws.map((i) => out.charts.draws.data.datasets[i].label);
    expect(hidden).toEqual(['average of −log Q(x) so far', 'cross-entropy line H(P, Q)']);
    for (const key of q.hides.readouts) expect(out.readouts).toHaveProperty(key);
    for (const guess of [0, 1, 2, 3]) expect(checkOutput(q.judge(guess), state)).toEqual([]);
  });

  test('the questions do not repeat the self-checks', () => {
    for (const panel of [coin, extremes, decomposition]) {
      const state = { ...panel.defaults, lang: 'en' };
      expect(text(panel.predict(api, state).question)).not.toBe(text(panel.selfCheck(api, state).question));
    }
  });
});
