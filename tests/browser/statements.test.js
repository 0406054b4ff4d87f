// Issue 11 in Chromium: one units setting for the whole page (whatever set it
// last — the switch or a self-check's "Show me" — every readout follows it),
// the budget δ converted rather than reinterpreted, and, for a sample of
// states from links, every readout's units (data-units, written from the
// same data the text is made of) are the page's.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { launch, openPage, readout } from './harness.js';

let env;
beforeAll(async () => {
  env = await launch();
});
afterAll(async () => {
  await env?.close();
});

/** The units every readout, description and feedback on the page states. */
function statedUnits(page) {
  return page.evaluate(() => {
    const units = new Set();
    for (const element of document.querySelectorAll('[data-units]')) {
      for (const unit of element.dataset.units.split(' ').filter(Boolean)) units.add(unit);
    }
    return [...units].sort();
  });
}

const checkedUnits = (page) => page.$eval('[data-units-switch] input[name="units"]:checked', (input) => input.value);

/** Numbers in a text such as "δ = 0.020 nats" (English decimals). */
const numbers = (text) => [...text.matchAll(/\d+\.\d+/g)].map((m) => Number(m[0]));

describe('one units setting for the page', () => {
  test('a self-check’s “Show me” sets the page’s units; the switch then puts every readout back', async () => {
    const page = await openPage(env.browser, `${env.url}index.html`);
    expect(await checkedUnits(page)).toBe('nats');
    expect(await statedUnits(page)).toEqual(['nats']);
    const budgetNats = numbers(await readout(page, 'trust-step')).at(-1);

    await page.click('#surprise .self-check summary');
    await page.click('#surprise .self-check button');
    await page.waitForFunction(
      () => document.querySelector('[data-readout="coin-value"]').dataset.units === 'bits',
      null,
      {
        timeout: 15000,
      },
    );
    expect(await checkedUnits(page)).toBe('bits');
    expect(await statedUnits(page)).toEqual(['bits']);
    expect(await readout(page, 'surprise-joint')).toContain('= 2.000 bits');
    // The budget is the same budget, now in bits.
    const budgetBits = numbers(await readout(page, 'trust-step')).at(-1);
    expect(budgetBits).toBeCloseTo(budgetNats * Math.LOG2E, 3);

    await page.click('[data-units-switch] input[value="nats"]');
    await page.waitForFunction(
      () => document.querySelector('[data-readout="coin-value"]').dataset.units === 'nats',
      null,
      {
        timeout: 15000,
      },
    );
    expect(await statedUnits(page)).toEqual(['nats']);
    expect(numbers(await readout(page, 'trust-step')).at(-1)).toBeCloseTo(budgetNats, 6);
    expect(page.problems).toEqual([]);
    await page.context().close();
  });
});

describe('a sample of states from links', () => {
  const STATES = [
    ['bits', 'en', 'extremes.P=0.4,0.4,0.2&trust.advantages=1,1,1,1&vae.sigma=0.1&loss.P=0.5,0.5&loss.n=10'],
    ['nats', 'de', 'decomposition.P=0.5,0.5&decomposition.Q=1,0&fits.means=0,0&vae.sigma=0.3&coin.p=0'],
    ['bits', 'de', 'surprise.p=0&extremes.P=1,0,0&trust.piOld=0,1,0,0&fits.landscape=reverse'],
  ];
  for (const [units, lang, query] of STATES) {
    test(`${units}, ${lang}: ${query}`, async () => {
      const page = await openPage(env.browser, `${env.url}index.html?units=${units}&lang=${lang}&${query}`);
      // Open every self-check on an answer, so its feedback is checked too.
      await page.evaluate(() => {
        for (const details of document.querySelectorAll('.self-check')) {
          details.open = true;
          details.querySelector('input[type="radio"]').click();
        }
      });
      expect(await checkedUnits(page)).toBe(units);
      expect(await statedUnits(page)).toEqual([units]);
      const texts = await page.$$eval('[data-readout], .self-check-feedback', (elements) =>
        elements.map((element) => element.textContent),
      );
      for (const text of texts) expect(text).not.toMatch(/NaN|undefined|Infinity|\[object/);
      expect(page.problems).toEqual([]);
      await page.context().close();
    });
  }
});
