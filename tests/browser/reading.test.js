// The panels for the rest of the reading, in headless Chromium: each one
// answers to an input (mouse, keyboard or button) with the right readout.
// The tests share one page, in order; each also checks that it caused no
// console error, and the last takes a page of its own through all of them.
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import {
  launch,
  mouseDrag,
  openPage,
  paintedPixels,
  pointPosition,
  readout,
  takeProblems,
  xPixel,
  yPixel,
} from './harness.js';

let env;
let page; // shared by the steps below, in order
beforeAll(async () => {
  env = await launch();
  page = await openPage(env.browser, env.url);
});
afterAll(async () => {
  await env?.close();
});
// Whichever tests run (all, or one picked with -t), each fails if it made
// the shared page log an error.
afterEach(() => {
  expect(takeProblems(page)).toEqual([]);
});

/** The steps of the reading, in order: each a test on the shared page, and all of them again on a fresh one. */
const STEPS = [];
function step(name, run) {
  STEPS.push({ name, run });
  test(name, () => run(page));
}

const data = (page, selector, datasetIndex = 0) =>
  page.$eval(selector, (c, d) => Array.from(c.infotheoryChart.data.datasets[d].data), datasetIndex);

describe('entropy extremes', () => {
  const bars = '#extremes .chart-bars canvas';

  step('Uniform reaches the ceiling and Point mass reaches 0', async (page) => {
    await page.locator('#extremes').getByRole('button', { name: 'Uniform' }).click();
    expect(await readout(page, 'extremes-value')).toBe('H(P) = 2.079 nats; ceiling log 8 = 2.079 nats');
    await page.locator('#extremes').getByRole('button', { name: 'Point mass' }).click();
    expect(await readout(page, 'extremes-value')).toBe('H(P) = 0.000 nats; ceiling log 8 = 2.079 nats');
  });

  step('the bars answer to the keyboard', async (page) => {
    await page.locator('#extremes').getByRole('button', { name: 'Uniform' }).click();
    await page.focus(bars);
    await page.keyboard.press('ArrowRight'); // category 2
    await page.keyboard.press('PageUp'); // 0.125 + 0.1
    const P = await data(page, bars);
    expect(P[1]).toBeCloseTo(0.225, 12);
    expect(P.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(await page.$eval(bars, (c) => c.getAttribute('aria-valuetext'))).toBe('P of category 2: 0.225');
    await page.keyboard.press('End');
    expect(await readout(page, 'extremes-value')).toBe('H(P) = 0.000 nats; ceiling log 8 = 2.079 nats');
  });

  step('Sharpen lowers the entropy and Flatten raises it', async (page) => {
    await page.locator('#extremes').getByRole('button', { name: 'Random' }).click();
    const h = async () => Number((await readout(page, 'extremes-value')).match(/H\(P\) = ([\d.]+)/)[1]);
    const before = await h();
    await page.locator('#extremes').getByRole('button', { name: 'Sharpen' }).click();
    expect(await h()).toBeLessThan(before);
    await page.locator('#extremes').getByRole('button', { name: 'Flatten' }).click();
    await page.locator('#extremes').getByRole('button', { name: 'Flatten' }).click();
    expect(await h()).toBeGreaterThan(before);
  });

  step('N can be set to 64', async (page) => {
    await page.getByLabel('Number of categories N, exact value').fill('64');
    expect(await data(page, bars)).toHaveLength(64);
    expect(await readout(page, 'extremes-value')).toMatch(/ceiling log 64 = 4\.159 nats$/);
  });
});

describe('forward vs reverse KL', () => {
  step('modes apart: the reverse fit picks a mode, with a tie reported', async (page) => {
    await page.locator('#fits').getByRole('button', { name: 'Modes apart' }).click();
    expect(await readout(page, 'fits-tie')).toContain('The two modes fit equally well');
    expect(await readout(page, 'fits-behaviour')).toMatch(/^Mode-seeking/);
    expect(await paintedPixels(page, '#fits .chart-square canvas')).toBeGreaterThan(20000); // the heat map
  });

  step('dragging a mode moves its mean', async (page) => {
    const canvas = '#fits .chart canvas';
    await page.$eval(canvas, (c) => c.scrollIntoView({ block: 'center' }));
    const handle = await pointPosition(page, canvas, 3, 1); // the right mode, at 3
    await mouseDrag(page, handle, { x: await xPixel(page, canvas, 1.5), y: handle.y });
    const means = await data(page, canvas, 3);
    expect(means[1].x).toBeGreaterThan(1.3);
    expect(means[1].x).toBeLessThan(1.7);
    expect(await page.getByLabel('Mean of mode 2, exact value').inputValue()).toBe(String(means[1].x));
  });

  step('unequal modes: no tie, the reverse fit sits on the heavier mode', async (page) => {
    await page.locator('#fits').getByRole('button', { name: 'Unequal modes' }).click();
    expect(await readout(page, 'fits-tie')).toBe('');
    expect(await readout(page, 'fits-reverse')).toMatch(/^Reverse fit Q = N\([12]\.\d{3}, /);
  });
});

describe('cross-entropy loss and maximum likelihood', () => {
  step('choosing the true class changes the loss', async (page) => {
    expect(await readout(page, 'loss-loss')).toMatch(/^True class 1: loss −log q̂_1 = −log 0\.\d{3} = 0\.\d{3} nats$/);
    await page.getByLabel('True class k').selectOption('2');
    expect(await readout(page, 'loss-loss')).toMatch(/^True class 3: loss −log q̂_3 = /);
  });

  step('dragging a logit moves q̂', async (page) => {
    const canvas = '#loss .chart-pair .chart canvas';
    await page.$eval(canvas, (c) => c.scrollIntoView({ block: 'center' }));
    const before = await readout(page, 'loss-prediction');
    const top = await pointPosition(page, canvas, 0, 2);
    await mouseDrag(page, { x: top.x, y: top.y - 2 }, { x: top.x, y: await yPixel(page, canvas, 4) });
    const logits = await data(page, canvas);
    expect(logits[2]).toBeGreaterThan(3.5);
    expect(await readout(page, 'loss-prediction')).not.toBe(before);
  });

  step('fitting q̂ to the sample reaches the maximum-likelihood minimum', async (page) => {
    await page.locator('#loss').getByRole('button', { name: 'Fit q̂ to the sample' }).click();
    expect(await readout(page, 'loss-best')).toContain('This q̂ is 0.000 nats above it');
    await page.locator('#loss').getByRole('button', { name: 'New sample' }).click();
    expect(await readout(page, 'loss-sample')).toContain('(seed 8)');
    expect(await readout(page, 'loss-best')).not.toContain('This q̂ is 0.000 nats above it');
  });

  step('logits and label frequencies answer to the keyboard', async (page) => {
    const logits = '#loss canvas[aria-label^="Logits"]';
    const frequencies = '#loss canvas[aria-label^="True label frequencies"]';
    const before = (await data(page, logits))[0];
    await page.focus(logits);
    await page.keyboard.press('ArrowUp');
    expect((await data(page, logits))[0]).toBeCloseTo(before + 0.1, 10);
    await page.focus(frequencies);
    await page.keyboard.press('End');
    expect(await data(page, frequencies)).toEqual([1, 0, 0]);
    expect(await page.$eval(frequencies, (c) => c.getAttribute('aria-valuetext'))).toBe('P of class 1: 1');
  });
});

describe('VAE KL', () => {
  step('q = N(0, 1) makes the KL term exactly 0; a narrow q has negative entropy', async (page) => {
    await page.getByLabel('Mean μ₁ of q in dimension 1, exact value').fill('0');
    await page.getByLabel('Width σ₁ of q in dimension 1, exact value').fill('1');
    expect(await readout(page, 'vae-formula')).toMatch(/= 0\.000 nats$/);
    await page.getByLabel('Width σ₁ of q in dimension 1, exact value').fill('0.1');
    expect(await readout(page, 'vae-entropy')).toMatch(/= −0\.884 nats\. Negative/);
    // The numerical check sits behind "How it is computed".
    await page.locator('#vae details.how-computed summary').click();
    expect(await readout(page, 'vae-check')).toMatch(/^Check by numerical integration/);
  });
});

describe('trust regions', () => {
  step('a larger budget allows a larger step', async (page) => {
    const step = async () => Number((await readout(page, 'trust-budget')).match(/α = ([\d.]+)/)[1]);
    const before = await step();
    await page.getByLabel('KL budget δ, in nats, exact value').fill('0.1');
    expect(await step()).toBeGreaterThan(before);
  });

  step('the advantages answer to the keyboard', async (page) => {
    const canvas = '#trust canvas[aria-label^="Advantage"]';
    await page.focus(canvas);
    await page.keyboard.press('Home'); // advantage of action 1 to -2
    expect((await data(page, canvas))[0]).toBe(-2);
    expect(await readout(page, 'trust-policy')).toMatch(/^State 1: π_α = \[0\.\d{3}/);
  });

  step('β > 0 adds the penalised curve', async (page) => {
    const ppo = '#trust canvas[aria-label^="PPO surrogate"]';
    expect(await page.$eval(ppo, (c) => c.infotheoryChart.data.datasets.length)).toBe(2);
    // β is one click away, under "More settings".
    await page.locator('#trust details.more-settings summary').click();
    await page.getByLabel('KL penalty β, exact value').fill('1');
    expect(await page.$eval(ppo, (c) => c.infotheoryChart.data.datasets.map((d) => d.label))).toEqual([
      'unclipped surrogate Σ π_old·r·A',
      'clipped surrogate (ε = 0.2)',
      'clipped − β·KL (β = 1)',
    ]);
  });
});

describe('summary triangle', () => {
  step('follows the decomposition panel', async (page) => {
    // Its numbers show once its predict-first question is answered (the page opened with it answered).
    await expect(page.locator('#summary .predict-again').isVisible()).resolves.toBe(true);
    await page.locator('#decomposition').getByRole('button', { name: 'Set Q = P' }).click();
    expect(await readout(page, 'summary-kl')).toBe('0.000 nats');
    expect(await readout(page, 'summary-crossEntropy')).toBe(await readout(page, 'summary-entropy'));
  });
});

describe('decomposition from the keyboard', () => {
  step('arrow keys choose and change P and Q bars', async (page) => {
    const canvas = '#decomposition .chart-bars canvas';
    await page
      .locator('#decomposition')
      .getByRole('group', { name: 'P:' })
      .getByRole('button', { name: 'Uniform' })
      .click();
    await page.focus(canvas);
    await page.keyboard.press('ArrowUp'); // P of category 1: 0.25 -> 0.26
    expect((await data(page, canvas, 0))[0]).toBeCloseTo(0.26, 12);
    await page.keyboard.press('ArrowRight'); // Q of category 1
    await page.keyboard.press('Home');
    expect((await data(page, canvas, 1))[0]).toBe(0);
    expect(await readout(page, 'decomposition-kl')).toBe('∞ nats');
  });
});

describe('the whole reading on a page of its own', () => {
  // Holds when run alone (-t): it does not depend on what the other tests did.
  test('no console errors on a fresh page taken through every step above', async () => {
    const own = await openPage(env.browser, env.url);
    for (const { run } of STEPS) await run(own);
    expect(STEPS.length).toBeGreaterThan(15);
    expect(takeProblems(own)).toEqual([]);
  }, 120000);
});
