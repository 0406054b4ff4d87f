// The coding panel and the fits panel's new parts in Chromium: drag a bar with
// the mouse, step it by keyboard, type P and Q in the code table, read the
// codewords and the message, and find the panel in embed.html and as an
// <info-widget>; the fits integrand chart draws and has its data table.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  launch,
  mouseDrag,
  openPage,
  paintedPixels,
  pointPosition,
  readout,
  serveDir,
  takeProblems,
  yPixel,
  answerQuestions,
} from './harness.js';

let env;
beforeAll(async () => {
  env = await launch();
});
afterAll(async () => {
  await env?.close();
});

const BARS = '#coding .chart-bars canvas';

describe('coding panel', () => {
  test('dragging Q’s bar for A up to ½ gives A a one-digit codeword and shrinks the waste', async () => {
    const page = await openPage(env.browser, `${env.url}index.html`);
    await answerQuestions(page);
    await page.$eval(BARS, (c) => c.scrollIntoView({ block: 'center' }));
    expect(await readout(page, 'coding-code-q0')).toBe('00');
    const wasteBefore = await readout(page, 'coding-wasted');
    expect(wasteBefore).toMatch(/ = 0\.173 nats\.$/);
    const top = await pointPosition(page, BARS, 1, 0); // Q of A, 0.25
    await mouseDrag(page, { x: top.x, y: top.y + 2 }, { x: top.x, y: await yPixel(page, BARS, 0.5) });
    const Q = await page.$eval(BARS, (c) => c.infotheoryChart.data.datasets[1].data);
    expect(Q[0]).toBeGreaterThan(0.45);
    expect(Q[0]).toBeLessThan(0.55);
    expect(Q.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect((await readout(page, 'coding-code-q0')).length).toBe(Math.ceil(-Math.log2(Q[0])));
    const waste = Number((await readout(page, 'coding-wasted')).match(/= ([\d.]+) nats\.$/)[1]);
    expect(waste).toBeLessThan(0.173);
    expect(takeProblems(page)).toEqual([]);
  });

  test('typing P and Q in the code table, and a new message', async () => {
    const page = await openPage(env.browser, `${env.url}index.html`);
    await answerQuestions(page);
    await page.getByLabel('Q of A', { exact: true }).fill('0.5');
    await page.getByLabel('Q of A', { exact: true }).press('Enter');
    await page.locator('#coding').getByRole('button', { name: 'Uniform' }).focus(); // commit the change
    expect(await readout(page, 'coding-code-q0')).toBe('0');
    await page.getByLabel('P of B', { exact: true }).fill('2');
    await page.getByLabel('P of B', { exact: true }).press('Enter');
    await page.locator('#coding').getByRole('button', { name: 'Uniform' }).focus();
    expect(await page.locator('#coding .message').innerText()).toMatch(/^P of B must be a number from 0 to 1/);
    const message = await readout(page, 'coding-message');
    const streamP = await readout(page, 'coding-stream-p');
    const digits = streamP.match(/: ([01 ]+)$/)[1].replace(/ /g, '');
    expect(streamP).toContain(`${digits.length} binary digits`);
    await page.locator('#coding').getByRole('button', { name: 'Draw a new message' }).click();
    expect(await readout(page, 'coding-message')).not.toBe(message);
    expect(await page.locator('#coding table.code-table tbody tr').count()).toBe(4);
  });

  test('keyboard: the bars are a slider; Set Q = P wastes nothing', async () => {
    const page = await openPage(env.browser, `${env.url}index.html`);
    await answerQuestions(page);
    await page.locator('#coding').getByRole('button', { name: 'Set Q = P' }).press('Enter');
    expect(await readout(page, 'coding-wasted')).toMatch(/ = 0\.000 nats\.$/);
    const slider = page.locator(`${BARS}[role=slider]`);
    await slider.focus();
    const before = await slider.getAttribute('aria-valuenow');
    await slider.press('ArrowUp');
    expect(await slider.getAttribute('aria-valuenow')).not.toBe(before);
    // The chart's data table holds P and Q.
    await page.locator('#coding details.chart-table summary').first().click();
    await page.locator('#coding details.chart-table table').first().waitFor();
    const table = await page.locator('#coding details.chart-table').first().innerText();
    expect(table).toContain('P (how often each symbol is sent)');
    expect(table).toMatch(/\nA\t0\.51\t0\.5\n/);
  });

  test('in bits the entropies are stated once, in bits; code lengths stay binary digits', async () => {
    const page = await openPage(env.browser, `${env.url}index.html?units=bits`);
    await answerQuestions(page);
    expect(await readout(page, 'coding-own-code')).toBe(
      'P’s own code: 1.750 binary digits per symbol on average. The ideal is H(P) = 1.750 bits; whole digits cost less than one digit more.',
    );
  });

  test('embed.html?panel=coding and <info-widget panel="coding">', async () => {
    const embed = await openPage(env.browser, `${env.url}embed.html?panel=coding&q=0.5,0.25,0.125,0.125`);
    await answerQuestions(embed);
    expect(await readout(embed, 'coding-wasted')).toMatch(/ = 0\.000 nats\.$/);
    expect(await paintedPixels(embed, 'canvas')).toBeGreaterThan(1000);
    // As an element on another origin's page (shadow DOM, attributes -> state).
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'infotheory-coding-'));
    fs.writeFileSync(
      path.join(dir, 'element.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title><link rel="icon" href="data:,"></head><body>
<info-widget id="w" panel="coding" q="0.5,0.25,0.125,0.125" units="bits"></info-widget>
<script src="${env.url}infotheory.js"></script></body></html>`,
    );
    const host = await serveDir(dir);
    try {
      const page = await openPage(env.browser, `${host.url}element.html`, undefined, { ready: null });
      await answerQuestions(page);
      const wasted = page.locator('#w [data-readout="coding-wasted"]');
      await wasted.waitFor();
      expect(await wasted.innerText()).toMatch(/ = 0\.000 bits\.$/);
    } finally {
      await host.close();
    }
  });
});

describe('fits panel: the integrand figure', () => {
  test('draws both integrands and states where each pays', async () => {
    const page = await openPage(env.browser, `${env.url}index.html`);
    await answerQuestions(page);
    await page.$eval('#fits .chart-integrands canvas', (c) => c.scrollIntoView({ block: 'center' }));
    expect(await paintedPixels(page, '#fits .chart-integrands canvas')).toBeGreaterThan(2000);
    expect(await readout(page, 'fits-integrand-forward')).toMatch(/^Forward: p·log\(p\/q\) adds up to D\(P‖Q\) = /);
    expect(await readout(page, 'fits-asymmetry')).toMatch(/^Not a distance metric/);
    const labels = await page.$eval('#fits .chart-integrands canvas', (c) =>
      c.infotheoryChart.data.datasets.map((d) => d.label),
    );
    expect(labels).toHaveLength(2);
    expect(takeProblems(page)).toEqual([]);
  });
});
