// Usable by everyone: axe-core finds no WCAG 2.1 A/AA violation on any page
// or panel in either theme, each panel's main task can be done with the
// keyboard alone, focus is always visible, and the page speaks German too.
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { axeViolations, launch, openAll, openPage, readout, takeProblems } from './harness.js';

const PANELS = ['surprise', 'coin', 'extremes', 'decomposition', 'coding', 'fits', 'loss', 'vae', 'trust', 'summary'];

let env;
beforeAll(async () => {
  env = await launch();
});
afterAll(async () => {
  await env?.close();
});

describe.each(['light', 'dark'])('axe in the %s theme', (theme) => {
  test('the whole page, every panel open', async () => {
    const page = await openPage(
      env.browser,
      `${env.url}index.html?theme=${theme}`,
      { bypassCSP: true },
      { answer: false },
    );
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
    await openAll(page);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('the whole page, every predict-first question answered', async () => {
    const page = await openPage(
      env.browser,
      `${env.url}index.html?theme=${theme}`,
      { bypassCSP: true },
      { answer: false },
    );
    const answered = await page.evaluate(() => {
      const forms = [...document.querySelectorAll('.predict form')];
      for (const form of forms) {
        const radio = form.querySelector('input[type=radio]');
        if (radio) radio.checked = true;
        for (const input of form.querySelectorAll('input[type=number]')) input.value = input.min || '0';
        form.requestSubmit();
      }
      return forms.length;
    });
    expect(answered).toBeGreaterThan(0);
    expect(await page.locator('.predict-again:visible').count()).toBe(answered);
    await openAll(page);
    expect(await axeViolations(page)).toEqual([]);
  });

  test.each(PANELS)('embed.html?panel=%s', async (panel) => {
    const page = await openPage(env.browser, `${env.url}embed.html?panel=${panel}&theme=${theme}`, { bypassCSP: true });
    await openAll(page);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('German', () => {
  test('the page and its numbers speak German, with no English key left untranslated', async () => {
    const page = await openPage(env.browser, `${env.url}index.html?lang=de`, { bypassCSP: true });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    expect(await page.locator('h1').innerText()).toBe('Überraschung, Entropie, Kreuzentropie und KL-Divergenz');
    expect(await readout(page, 'coin-value')).toBe('H(0,500) = 0,693 nats = 1,000 bits');
    await openAll(page);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('the browser’s language is followed when the URL names none', async () => {
    const page = await openPage(env.browser, `${env.url}index.html`, { locale: 'de-DE' });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    expect(await page.locator('#coin .share summary').innerText()).toBe('Teilen und exportieren');
  });
});

describe('print', () => {
  test('keeps the story, charts and numbers, and leaves out the controls', async () => {
    const page = await openPage(env.browser, `${env.url}index.html`);
    await page.emulateMedia({ media: 'print' });
    const shown = (selector) => page.$$eval(selector, (all) => all.map((e) => getComputedStyle(e).display !== 'none'));
    expect(new Set(await shown('.control, .buttons, .share, .self-check, .units-switch, .chart-table'))).toEqual(
      new Set([false]),
    );
    expect(new Set(await shown('.chart, [data-readout], section > p'))).toEqual(new Set([true]));
  });
});

/**
 * Presses Tab until the focused element (inside shadow roots too) matches
 * `selector` (and, if given, has exactly the text `text`).
 */
async function tabTo(page, selector, text = null, limit = 400) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const found = await page.evaluate(
      ([s, t]) => {
        let element = document.activeElement;
        while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
        return (element?.matches(s) ?? false) && (t === null || element.textContent.trim() === t);
      },
      [selector, text],
    );
    if (found) return;
  }
  throw new Error(`Tab never reached ${selector} ${text ?? ''}`);
}

describe('keyboard only: each panel’s main task', () => {
  // The tasks share one page, in order; each also checks that it caused no
  // console error, and the last takes a page of its own through all of them.
  let page;
  beforeAll(async () => {
    page = await openPage(env.browser, `${env.url}index.html`);
  });
  afterEach(() => {
    expect(takeProblems(page)).toEqual([]);
  });
  const TASKS = [];
  function task(name, run) {
    TASKS.push(run);
    test(name, () => run(page));
  }

  task('surprise: move the point on the curve to p = 1 (no surprise)', async (page) => {
    await tabTo(page, '#surprise canvas');
    await page.keyboard.press('End');
    expect(await readout(page, 'surprise-value')).toBe('I(1) = 0.000 nats');
  });

  task('coin: set the coin to 0.9 and read 0.325 nats', async (page) => {
    await tabTo(page, '#coin input[type=range]');
    for (let i = 0; i < 4; i++) await page.keyboard.press('PageUp'); // 0.5 + 4 × 0.1
    expect(await readout(page, 'coin-value')).toBe('H(0.900) = 0.325 nats = 0.469 bits');
  });

  task('extremes: make a point mass (entropy 0)', async (page) => {
    await tabTo(page, '#extremes canvas[role=slider]');
    await page.keyboard.press('End'); // all mass on category 1
    expect(await readout(page, 'extremes-value')).toMatch(/^H\(P\) = 0\.000 nats/);
  });

  task('decomposition: set Q = P (KL exactly 0)', async (page) => {
    await tabTo(page, '#decomposition button', 'Set Q = P');
    await page.keyboard.press('Enter');
    expect(await readout(page, 'decomposition-kl')).toBe('0.000 nats');
  });

  task('coding: set Q = P and nothing is wasted; the bars move by arrow keys', async (page) => {
    await tabTo(page, '#coding button', 'Set Q = P');
    await page.keyboard.press('Enter');
    expect(await readout(page, 'coding-wasted')).toMatch(/ = 0\.000 nats\.$/);
    expect(await readout(page, 'coding-code-q0')).toBe('0');
    await tabTo(page, '#coding canvas[role=slider]');
    await page.keyboard.press('End'); // P's first bar to 1: A needs no digits
    expect(await readout(page, 'coding-code-p0')).toBe('none needed (0 digits)');
  });

  task('fits: pull the modes apart and see the reverse fit pick one', async (page) => {
    await tabTo(page, '#fits button', 'Modes apart');
    await page.keyboard.press('Enter');
    expect(await readout(page, 'fits-behaviour')).toMatch(/^Mode-seeking/);
    await tabTo(page, '#fits canvas[role=slider]');
    await page.keyboard.press('ArrowRight'); // the first mode, 0.1 to the right
    expect(await page.getByLabel('Mean of mode 1, exact value').inputValue()).toBe('-2.9');
  });

  task('loss: choose the true class and read its loss', async (page) => {
    await tabTo(page, '#loss select');
    await page.keyboard.press('ArrowDown');
    expect(await readout(page, 'loss-loss')).toMatch(/^True class 2: loss −log q̂_2 = /);
  });

  task('vae: narrow q until its differential entropy is negative', async (page) => {
    await tabTo(page, '#vae input[type=range][name="vae-sigma"]');
    await page.keyboard.press('Home');
    expect(await readout(page, 'vae-entropy')).toMatch(/= −\d\.\d{3} nats\. Negative/);
  });

  task('trust: raise the budget and the allowed step grows', async (page) => {
    const step = async () => Number((await readout(page, 'trust-budget')).match(/α = ([\d.]+)/)[1]);
    const before = await step();
    await tabTo(page, '#trust input[type=range][name="trust-delta"]');
    await page.keyboard.press('PageUp');
    expect(await step()).toBeGreaterThan(before);
  });

  task('self-check: open, answer and read the feedback', async (page) => {
    await tabTo(page, '#coin .self-check summary');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab'); // the first answer
    await page.keyboard.press('ArrowDown'); // radio groups move with arrows: the second answer
    expect(await page.locator('#coin .self-check-feedback').innerText()).toMatch(/^Right\./);
  });

  task('focus is always visible', async (page) => {
    await tabTo(page, '#decomposition canvas[role=slider]');
    const outline = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement);
      return [s.outlineStyle, parseFloat(s.outlineWidth)];
    });
    expect(outline[0]).not.toBe('none');
    expect(outline[1]).toBeGreaterThanOrEqual(2);
  });

  // Holds when run alone (-t): it does not depend on what the other tests did.
  test('no console errors along the way, on a page of its own', async () => {
    const own = await openPage(env.browser, `${env.url}index.html`);
    for (const run of TASKS) await run(own);
    expect(TASKS.length).toBe(11);
    expect(takeProblems(own)).toEqual([]);
  }, 120000);
});
