// Issue 13, "area", in Chromium: the draws you can watch (by mouse and by
// keyboard, Play/Pause, reduced motion, Start over, a link that restores
// them; running averages equal to the kernels'), polite announcements, and
// the data tables of the area charts (widths, heights, areas against
// −p log p written here).
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { launch, openPage, readout, takeProblems, waitUntil } from './harness.js';

let env;
beforeAll(async () => {
  env = await launch();
});
afterAll(async () => {
  await env?.close();
});

const DRAWS = '#decomposition .draws';
const drawCount = (page) =>
  page.evaluate(() => {
    const text = document.querySelector('[data-readout="decomposition-last-draw"]').textContent;
    const match = /(\d+):/.exec(text);
    return match ? Number(match[1]) : 0;
  });

/** Answers panel `id`'s predict-first question (any answer), so what it hid is shown. */
async function reveal(page, id) {
  const box = page.locator(`#${id} .predict`);
  if (await box.locator('button.predict-check').isHidden()) return; // already answered (openPage answers them)
  const radio = box.locator('input[type="radio"]');
  if (await radio.count()) await radio.first().check();
  else await box.locator('input.predict-number').first().fill('0.5');
  await box.locator('button.predict-check').click();
  await box.locator('button.predict-again').waitFor();
}

/** The running averages on the draws chart and the kernels' own for the state the page holds. */
function averages(page) {
  return page.evaluate(() => {
    const canvas = document.querySelector('#decomposition .draws canvas');
    const chart = canvas.infotheoryChart;
    const url = new URL(document.querySelector('#decomposition a[href*="decomposition"]')?.href ?? location.href);
    return {
      shown: chart.data.datasets.slice(0, 2).map((d) => d.data.map((p) => p.y)),
      url: url.search,
    };
  });
}

describe('draws you can watch', () => {
  test('Draw one, Draw 10 and Start over by mouse; averages equal the kernels’; announced politely', async () => {
    const page = await openPage(env.browser, `${env.url}index.html`);
    const section = page.locator(DRAWS);
    await reveal(page, 'decomposition');
    expect(await readout(page, 'decomposition-last-draw')).toBe('No draws yet: press “Draw one”.');
    await section.getByRole('button', { name: 'Draw one' }).click();
    await waitUntil(page, 'the first draw', () =>
      document.querySelector('[data-readout="decomposition-last-draw"]').textContent.startsWith('Draw 1:'),
    );
    await section.getByRole('button', { name: 'Draw 10' }).click();
    await waitUntil(page, 'draw 11', () =>
      document.querySelector('[data-readout="decomposition-last-draw"]').textContent.startsWith('Draw 11:'),
    );
    const { shown } = await averages(page);
    const expected = await page.evaluate(() => {
      const it = window.infotheory;
      const P = [0.4, 0.3, 0.2, 0.1];
      const Q = [0.25, 0.25, 0.25, 0.25];
      const x = Array.from(it.drawOutcomes(P, { n: 11, seed: 1 }));
      const r = it.runningSurprise(P, Q, x);
      // Independent of the kernels: the means of −log P(x) and −log Q(x).
      let sp = 0;
      let sq = 0;
      const direct = x.map((i, t) => {
        sp -= Math.log(P[i]);
        sq -= Math.log(Q[i]);
        return [sp / (t + 1), sq / (t + 1)];
      });
      return { kernels: [Array.from(r.averageP), Array.from(r.averageQ)], direct };
    });
    expect(shown).toEqual(expected.kernels);
    expected.direct.forEach(([p, q], t) => {
      expect(shown[0][t]).toBeCloseTo(p, 12);
      expect(shown[1][t]).toBeCloseTo(q, 12);
    });
    expect(await readout(page, 'decomposition-draw-average')).toMatch(
      /^After 11 draws the average surprise under P is \d\.\d{3} nats, an estimate of H\(P\) = 1\.280 nats/,
    );
    // The live region says the last draw (after the announcer's quiet time).
    await waitUntil(page, 'the draw to be announced', () =>
      [...document.querySelectorAll('#decomposition [role="status"][aria-live="polite"]')].some((e) =>
        e.textContent.includes('Draw 11:'),
      ),
    );
    await section.getByRole('button', { name: 'Start over' }).click();
    await waitUntil(page, 'no draws', () =>
      document.querySelector('[data-readout="decomposition-last-draw"]').textContent.startsWith('No draws yet'),
    );
    expect(takeProblems(page)).toEqual([]);
  });

  test('by keyboard: Tab to the buttons, Enter and Space draw', async () => {
    const page = await openPage(env.browser, `${env.url}index.html`);
    await page.locator(`${DRAWS} button.draws-one`).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Space');
    await waitUntil(page, 'two draws', () =>
      document.querySelector('[data-readout="decomposition-last-draw"]').textContent.startsWith('Draw 2:'),
    );
    await page.keyboard.press('Tab'); // Draw 10
    await page.keyboard.press('Enter');
    await waitUntil(page, 'twelve draws', () =>
      document.querySelector('[data-readout="decomposition-last-draw"]').textContent.startsWith('Draw 12:'),
    );
    expect(takeProblems(page)).toEqual([]);
  });

  test('Play draws one at a time until Pause; a link restores seed and count', async () => {
    const page = await openPage(env.browser, `${env.url}index.html`);
    const play = page.locator(`${DRAWS} button.draws-play`);
    expect(await play.innerText()).toBe('Play');
    await play.click();
    expect(await play.innerText()).toBe('Pause');
    await waitUntil(page, 'three draws in play mode', () => {
      const m = /Draw (\d+):/.exec(document.querySelector('[data-readout="decomposition-last-draw"]').textContent);
      return m && Number(m[1]) >= 3;
    });
    await play.click();
    expect(await play.innerText()).toBe('Play');
    const stopped = await drawCount(page);
    await page.waitForTimeout(1000);
    expect(await drawCount(page)).toBe(stopped);
    expect(takeProblems(page)).toEqual([]);

    const linked = await openPage(env.browser, `${env.url}index.html?decomposition.draws=25&decomposition.drawSeed=7`);
    expect(await readout(linked, 'decomposition-last-draw')).toMatch(/^Draw 25: category \d\./);
    const same = await linked.evaluate(() => {
      const it = window.infotheory;
      const x = it.drawOutcomes([0.4, 0.3, 0.2, 0.1], { n: 25, seed: 7 });
      return x[24] + 1;
    });
    expect(await readout(linked, 'decomposition-last-draw')).toContain(`Draw 25: category ${same}.`);
    // More settings holds the seed and the count.
    const more = linked.locator(`${DRAWS} details.more-settings`);
    expect(await more.evaluate((d) => d.open)).toBe(false);
    await more.locator('summary').click();
    expect(await more.locator('input[name="draw-seed-value"]').inputValue()).toBe('7');
    expect(await more.locator('input[name="draw-count-value"]').inputValue()).toBe('25');
    expect(takeProblems(linked)).toEqual([]);
  });

  test('with reduced motion Play does not animate: it draws a batch at once', async () => {
    const page = await openPage(env.browser, `${env.url}index.html`);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const play = page.locator(`${DRAWS} button.draws-play`);
    await waitUntil(page, 'the batch button', () =>
      document.querySelector('#decomposition .draws-play').textContent.startsWith('Draw 50'),
    );
    await play.focus();
    await page.keyboard.press('Enter');
    await waitUntil(page, 'fifty draws', () =>
      document.querySelector('[data-readout="decomposition-last-draw"]').textContent.startsWith('Draw 50:'),
    );
    await page.waitForTimeout(900);
    expect(await drawCount(page)).toBe(50); // nothing more arrives by itself
    expect(takeProblems(page)).toEqual([]);
  });
});

describe('entropy as area', () => {
  test('the coin’s area chart table: widths, heights −log p and areas −p log p; the worked sum', async () => {
    const page = await openPage(env.browser, `${env.url}index.html?coin.p=0.9&units=bits`);
    await reveal(page, 'coin');
    const details = page.locator('#coin details.chart-table', { hasText: 'Entropy as area' });
    await details.locator('summary').click();
    await details.locator('tbody tr').nth(1).waitFor();
    const rows = await details
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
    expect(rows.map((r) => r[0])).toEqual(['heads', 'tails']);
    [0.9, 0.1].forEach((p, i) => {
      expect(Number(rows[i][1])).toBeCloseTo(-Math.log2(p), 4);
      expect(Number(rows[i][2])).toBeCloseTo(p, 6);
      expect(Number(rows[i][3])).toBeCloseTo(-p * Math.log2(p), 4);
    });
    expect(await readout(page, 'coin-sum')).toBe(
      'H = −(0.900 log₂ 0.900 + 0.100 log₂ 0.100) = 0.137 + 0.332 = 0.469 bits',
    );
    expect(takeProblems(page)).toEqual([]);
  });

  test('extremes and decomposition tables; an infinite height reads ∞, never NaN (German too)', async () => {
    const page = await openPage(
      env.browser,
      `${env.url}index.html?lang=de&decomposition.P=0.5,0.5&decomposition.Q=1,0`,
    );
    await reveal(page, 'extremes');
    const details = page.locator('#decomposition details.chart-table', { hasText: 'Kreuzentropie als Fläche' });
    await details.locator('summary').click();
    await details.locator('tbody tr').nth(1).waitFor();
    const rows = await details
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
    expect(rows[1][2]).toBe('∞');
    expect(rows[1][3]).toBe('∞');
    expect(await page.locator('#decomposition').innerText()).not.toMatch(/NaN|undefined/);
    const ext = page.locator('#extremes details.chart-table', { hasText: 'Entropie als Fläche' });
    await ext.locator('summary').click();
    await ext.locator('tbody tr').nth(7).waitFor();
    expect(await ext.locator('tbody tr').count()).toBe(8);
    expect(takeProblems(page)).toEqual([]);
  });
});
