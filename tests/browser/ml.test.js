// The ML panels in headless Chromium, by mouse and by keyboard: the VAE's ELBO
// and its "best q" button, the trust region's guided task over three states,
// the loss panel's temperature, and the disclosures that hold the rest.
// Every number is checked against a formula written out here.
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import {
  launch,
  mouseDrag,
  openPage,
  pointPosition,
  readout,
  takeProblems,
  xPixel,
  answerQuestions,
} from './harness.js';

let env;
let page;
beforeAll(async () => {
  env = await launch();
  page = await openPage(env.browser, env.url);
  await answerQuestions(page);
});
afterAll(async () => {
  await env?.close();
});
afterEach(() => {
  expect(takeProblems(page)).toEqual([]);
});

const chartData = (selector, datasetIndex = 0) =>
  page.$eval(selector, (c, d) => Array.from(c.infotheoryChart.data.datasets[d].data), datasetIndex);

/** Tabs until `selector` has the focus (bounded). */
async function tabTo(selector, limit = 600) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

const logNormal = (x, m, v) => -0.5 * Math.log(2 * Math.PI * v) - (x - m) ** 2 / (2 * v);

describe('VAE: the ELBO', () => {
  test('the page opens with the one thing to try and the words it uses', async () => {
    expect(await page.locator('#vae .try-this').innerText()).toMatch(/^Try this first/);
    expect(await page.locator('#vae .note').first().innerText()).toContain('The prior p(z) = N(0, I)');
  });

  test('“Show me the best q” (mouse) closes the gap: ELBO = log p(x)', async () => {
    expect(await readout(page, 'vae-evidence')).toContain('the ELBO stays below log p(x)');
    await page.locator('#vae').getByRole('button', { name: 'Show me the best q' }).click();
    const text = await readout(page, 'vae-evidence');
    // Defaults: x = (1.5, −0.5), s = 0.7.
    const evidence = logNormal(1.5, 0, 1.49) + logNormal(-0.5, 0, 1.49);
    expect(text).toContain(`log p(x) = ${evidence.toFixed(3).replace('-', '−')} nats`);
    expect(text).toContain('gap 0.000 nats');
    expect(text).toContain('the bound is tight');
    expect(Number(await page.getByLabel('Mean μ₁ of q in dimension 1, exact value').inputValue())).toBeCloseTo(
      1.5 / 1.49,
      10,
    );
  });

  test('dimension 2 by keyboard: its KL joins the sum', async () => {
    await page.getByLabel('Mean μ₂ of q in dimension 2, exact value').fill('0');
    await page.getByLabel('Width σ₂ of q in dimension 2, exact value').fill('1');
    await page.focus('#vae input[type=range][name="vae-muB"]');
    await page.keyboard.press('End'); // μ₂ = 3
    const kl2 = 0.5 * 9;
    expect(await readout(page, 'vae-dimensions')).toContain(`${kl2.toFixed(3)} nats (dimension 2)`);
  });

  test('the data point and the decoder noise are one click away', async () => {
    const box = page.getByLabel('Decoder noise s, exact value');
    expect(await box.isVisible()).toBe(false);
    await page.locator('#vae details.more-settings summary').click();
    await box.fill('1');
    const post = await readout(page, 'vae-posterior');
    expect(post).toContain(`N(${(1.5 / 2).toFixed(3)}, ${Math.sqrt(0.5).toFixed(3)}²)`);
  });
});

describe('trust region: the guided task', () => {
  const states = {
    1: { w: [0.4, 0.3, 0.2, 0.1], a: [-0.5, 1, 0.2, -1] },
    2: { w: [0.7, 0.2, 0.1], a: [0.3, -0.6, 1.5] },
    3: { w: [0.5, 0.5], a: [0.4, -0.4] },
  };
  const visits = [0.5, 0.3, 0.2];
  const kl = ({ w, a }, alpha) => {
    const e = w.map((x, i) => x * Math.exp(alpha * a[i]));
    const z = e.reduce((u, v) => u + v, 0);
    return w.reduce((sum, x, i) => sum + x * Math.log(x / (e[i] / z)), 0);
  };
  const expected = (alpha) => [1, 2, 3].reduce((sum, s) => sum + visits[s - 1] * kl(states[s], alpha), 0);

  test('1. pick a state by keyboard: its policy is drawn', async () => {
    expect(await page.locator('#trust ol.guided-task > li').count()).toBe(3);
    await tabTo('#trust select[name="trust-state"]');
    await page.keyboard.press('ArrowDown'); // state 2
    expect(await readout(page, 'trust-policy')).toMatch(/^State 2: π_α = \[/);
    expect(await chartData('#trust .chart-pair .chart:first-child canvas')).toEqual(states[2].w);
  });

  test('2. move α until the expected KL hits the budget (mouse drag, then keys)', async () => {
    const canvas = '#trust canvas[aria-label^="Expected KL"]';
    await page.$eval(canvas, (c) => c.scrollIntoView({ block: 'center' }));
    const dot = await pointPosition(page, canvas, 3, 0);
    await mouseDrag(page, dot, { x: await xPixel(page, canvas, 0.2), y: dot.y });
    const alpha = (await chartData(canvas, 3))[0].x;
    expect(alpha).toBeGreaterThan(0.1);
    expect(alpha).toBeLessThan(0.3);
    expect(await readout(page, 'trust-step')).toContain(`E_s D(π_old ‖ π_α) = ${expected(alpha).toFixed(3)} nats`);
    expect(await readout(page, 'trust-step')).toContain('inside the budget');
    // The largest step within δ = 0.02, by hand, and the keyboard past it.
    const maxStep = Number((await readout(page, 'trust-budget')).match(/α = ([\d.]+)/)[1]);
    expect(expected(maxStep)).toBeCloseTo(0.02, 4);
    await page.focus(canvas);
    for (let i = 0; i < 3; i++) await page.keyboard.press('PageUp'); // +0.3
    expect(await readout(page, 'trust-step')).toContain('outside the budget');
    expect(await readout(page, 'trust-importance')).toMatch(/^The ratio r = π_α\/π_old is the importance weight/);
  });

  test('3. PPO’s clip is in view; the estimators are one click away', async () => {
    expect(await page.getByLabel('PPO clip ε, exact value').isVisible()).toBe(true);
    const draws = page.getByLabel('Draws for the estimators, exact value');
    expect(await draws.isVisible()).toBe(false);
    await page.locator('#trust details.more-settings summary').press('Enter');
    expect(await draws.isVisible()).toBe(true);
    expect(await readout(page, 'trust-estimators')).toMatch(/^From 1000 draws/);
  });
});

describe('loss: temperature', () => {
  test('the temperature slider divides the logits by T (keyboard)', async () => {
    await page.focus('#loss input[type=range][name="loss-temperature"]');
    await page.keyboard.press('End'); // T = 10
    const z = (await chartData('#loss canvas[aria-label^="Logits"]')).map((v) => v / 10);
    const m = Math.max(...z);
    const e = z.map((v) => Math.exp(v - m));
    const sum = e.reduce((a, b) => a + b, 0);
    const text = await readout(page, 'loss-temperature');
    expect(text).toMatch(/^Dividing the logits by T = 10\.00/);
    expect(text).toContain(`[${e.map((v) => (v / sum).toFixed(3)).join(', ')}]`);
    expect(text).toContain('flatter');
  });

  test('sample size and seed sit behind “More settings”', async () => {
    const details = page.locator('#loss details.more-settings');
    expect(await details.getAttribute('open')).toBeNull();
    await details.locator('summary').click();
    expect(await page.locator('#loss input[name="loss-seed-value"]').isVisible()).toBe(true);
    expect(await page.locator('#loss input[name="loss-n-value"]').isVisible()).toBe(true);
  });
});
