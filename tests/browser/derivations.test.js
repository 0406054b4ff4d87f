// The step-by-step derivations (web/derivation.js, web/derivations/) in
// Chromium: every step reached by mouse and by keyboard, the highlighted
// terms change from step to step, the live numbers follow the panel, the
// typeset MathML is rendered and is in the accessibility tree, and all of it
// works under the strict CSP, from the bundle and from the single file.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import {
  DIST,
  cdpSession,
  cspViolations,
  launch,
  openPage,
  readout,
  takeProblems,
  waitUntil,
  answerQuestions,
} from './harness.js';

const STEPS = { split: 5, jensen: 6, likelihood: 5 };

let env;
let page;
beforeAll(async () => {
  env = await launch();
  page = await openPage(env.browser, `${env.url}index.html`);
  await answerQuestions(page);
});
afterAll(async () => {
  await env?.close();
});

const region = (name) => page.locator(`[data-derivation="${name}"]`);

/** What the derivation shows now: step number, formula, highlighted terms, explanation, announcement. */
function shown(name) {
  return region(name).evaluate((root) => {
    const math = root.querySelector('.derivation-formula math');
    return {
      step: Number(root.dataset.step),
      formula: math?.getAttribute('data-formula'),
      isMathML: math instanceof MathMLElement,
      changed: [...root.querySelectorAll('.derivation-formula .term-changed')].map((e) => e.getAttribute('data-term')),
      live: Object.fromEntries([...root.querySelectorAll('[data-live]')].map((e) => [e.dataset.live, e.textContent])),
      text: root.querySelector('.derivation-explain').textContent,
      announced: root.querySelector('[role="status"]').textContent,
      current: root.querySelector('[aria-current="step"]')?.textContent,
      previousDisabled: root.querySelector('.derivation-previous').disabled,
      nextDisabled: root.querySelector('.derivation-next').disabled,
    };
  });
}

describe.each(Object.entries(STEPS))('derivation %s', (name, count) => {
  test('every step by mouse: Next walks them in order, each with its formula and highlighted terms', async () => {
    await region(name).locator('.derivation-goto').first().click();
    const seen = [await shown(name)];
    expect(seen[0].step).toBe(1);
    expect(seen[0].previousDisabled).toBe(true);
    for (let i = 2; i <= count; i++) {
      await region(name).locator('.derivation-next').click();
      const now = await shown(name);
      expect(now.step).toBe(i);
      expect(now.formula).toBe(`derive.${name}.${i}`);
      expect(now.isMathML).toBe(true);
      expect(now.current).toMatch(new RegExp(`^${i}\\. `));
      expect(now.announced).toContain(`Step ${i} of ${count}`);
      expect(now.text).not.toBe(seen[seen.length - 1].text);
      seen.push(now);
    }
    expect(seen[count - 1].nextDisabled).toBe(true);
    // Every step highlights some terms, and no two neighbours highlight the same in the same formula.
    for (const [i, s] of seen.entries()) {
      expect(s.changed.length).toBeGreaterThan(0);
      if (i > 0) expect(`${s.formula} ${s.changed}`).not.toBe(`${seen[i - 1].formula} ${seen[i - 1].changed}`);
    }
    // The step list jumps straight to any step.
    await region(name).locator('.derivation-goto').nth(1).click();
    expect((await shown(name)).step).toBe(2);
    await region(name).locator('.derivation-previous').click();
    expect((await shown(name)).step).toBe(1);
  });

  test('every step by keyboard: Enter on Next, focus moves to Previous at the end, Space on a step', async () => {
    await region(name).locator('.derivation-goto').first().click();
    await region(name).locator('.derivation-next').focus();
    for (let i = 2; i <= count; i++) {
      await page.keyboard.press('Enter');
      expect((await shown(name)).step).toBe(i);
    }
    // Next is disabled at the last step; the focus went to Previous, so Enter walks back.
    expect(
      await region(name)
        .locator('.derivation-previous')
        .evaluate((b) => b === document.activeElement),
    ).toBe(true);
    await page.keyboard.press('Enter');
    expect((await shown(name)).step).toBe(count - 1);
    // Tab order: the step list's buttons are reachable and Space activates them.
    await region(name).locator('.derivation-goto').first().focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    expect((await shown(name)).step).toBe(2);
  });
});

describe('live numbers follow the panel', () => {
  const number = (text) => text.replace(/\s*(nats|bits)$/, '');

  test('H(P), D(P‖Q) and H(P, Q) in the formulas are the decomposition panel’s readouts, also after P changes', async () => {
    const split = region('split');
    await split.locator('.derivation-goto').nth(4).click();
    const check = async () => {
      const live = (await shown('split')).live;
      expect(live.h).toBe(number(await readout(page, 'decomposition-entropy')));
      expect(live.kl).toBe(number(await readout(page, 'decomposition-kl')));
      expect(live.ce).toBe(number(await readout(page, 'decomposition-cross-entropy')));
      return live;
    };
    const before = await check();
    // P uniform: every number moves, in the formula as in the panel.
    await page.locator('#decomposition .buttons[aria-label="P:"]').getByRole('button', { name: 'Uniform' }).click();
    await waitUntil(
      page,
      'the split formula to follow P',
      (h) => document.querySelector('[data-derivation="split"] [data-live="h"]').textContent !== h,
      before.h,
    );
    const after = await check();
    expect(after.h).not.toBe(before.h);
    // Q = P: the KL is 0 and the Jensen derivation says all points sit at x = 1.
    await page.locator('#decomposition').getByRole('button', { name: 'Set Q = P' }).click();
    await waitUntil(
      page,
      'the KL to be 0',
      () => document.querySelector('[data-derivation="split"] [data-live="kl"]').textContent === '0.000',
    );
    await region('jensen').locator('.derivation-goto').nth(5).click();
    expect((await shown('jensen')).text).toContain('every point sits at x = 1');
    expect(takeProblems(page)).toEqual([]);
  });

  test('the likelihood derivation follows the loss panel’s sample', async () => {
    const likelihood = region('likelihood');
    await likelihood.locator('.derivation-goto').nth(3).click();
    const before = (await shown('likelihood')).live.crossEntropy;
    await page
      .locator('#loss')
      .getByRole('button', { name: /new sample/i })
      .click();
    await waitUntil(
      page,
      'the likelihood formula to follow the new sample',
      (v) => document.querySelector('[data-derivation="likelihood"] [data-live="crossEntropy"]').textContent !== v,
      before,
    );
    expect((await shown('likelihood')).text).toContain((await shown('likelihood')).live.crossEntropy);
  });
});

describe('MathML', () => {
  test('is rendered by Chromium (a laid-out box) and is in the accessibility tree with its numbers', async () => {
    await region('split').locator('.derivation-goto').nth(4).click();
    const box = await region('split').locator('.derivation-formula math').boundingBox();
    expect(box.width).toBeGreaterThan(100);
    expect(box.height).toBeGreaterThan(15);
    const cdp = await cdpSession(page);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const maths = nodes.filter((n) => n.role?.value === 'math' || n.role?.value === 'MathMLMath');
    expect(maths.length).toBeGreaterThan(0);
    // The live numbers are text nodes of the tree, under a math node.
    const kl = await region('split').locator('[data-live="kl"]').textContent();
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const underMath = (n) => {
      for (let p = n; p; p = byId.get(p.parentId))
        if (p.role?.value === 'math' || p.role?.value === 'MathMLMath') return true;
      return false;
    };
    const texts = nodes.filter((n) => n.name?.value === kl && underMath(n));
    expect(texts.length).toBeGreaterThan(0);
    await cdp.detach();
  });

  test('no CSP violation on the served page; the single file mounts the derivations from file:// too', async () => {
    expect(await cspViolations(page)).toEqual([]);
    const single = await openPage(env.browser, pathToFileURL(path.join(DIST, 'infotheory-widget.html')).href);
    await answerQuestions(single);
    expect(await single.locator('[data-derivation] .derivation-formula math').count()).toBe(3);
    await single.locator('[data-derivation="jensen"] .derivation-next').click();
    expect(await single.locator('[data-derivation="jensen"]').getAttribute('data-step')).toBe('2');
    expect(await cspViolations(single)).toEqual([]);
    expect(takeProblems(single)).toEqual([]);
  });
});

// axe does not look inside MathML: the coloured terms' contrast is checked here,
// on every step (the highlighted terms have their own background), in both themes.
describe.each(['light', 'dark'])('coloured terms in the %s theme', (theme) => {
  test('every glyph of every step has at least 4.5:1 contrast with what is behind it', async () => {
    const themed = await openPage(env.browser, `${env.url}index.html?theme=${theme}`);
    await answerQuestions(themed);
    const low = [];
    for (const [name, count] of Object.entries(STEPS)) {
      for (let i = 0; i < count; i++) {
        await themed.locator(`[data-derivation="${name}"] .derivation-goto`).nth(i).click();
        low.push(
          ...(await themed.locator(`[data-derivation="${name}"] .derivation-formula math`).evaluate((math) => {
            const rgb = (text) => text.match(/[\d.]+/g).map(Number);
            const luminance = ([r, g, b]) =>
              [r, g, b]
                .map((v) => v / 255)
                .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
                .reduce((sum, v, k) => sum + v * [0.2126, 0.7152, 0.0722][k], 0);
            const background = (element) => {
              for (let e = element; e; e = e.parentElement) {
                const c = rgb(getComputedStyle(e).backgroundColor);
                if (c.length < 4 || c[3] > 0) return c;
              }
              return [255, 255, 255];
            };
            const problems = [];
            for (const token of math.querySelectorAll('mi, mn, mo, mtext')) {
              if (!token.textContent.trim()) continue;
              const [a, b] = [luminance(rgb(getComputedStyle(token).color)), luminance(background(token))];
              const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
              if (ratio < 4.5)
                problems.push(`${math.getAttribute('data-formula')} "${token.textContent}": ${ratio.toFixed(2)}`);
            }
            return problems;
          })),
        );
      }
    }
    expect(low).toEqual([]);
  });
});
