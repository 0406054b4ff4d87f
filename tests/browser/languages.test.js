// Every language the page speaks passes the same checks: the page opens in
// it (from ?lang= and from the browser's preference), its numbers carry the
// language's decimal sign, no English is left on it and no placeholder or
// NaN shows, axe finds nothing in either theme with every part open, and
// nothing scrolls sideways at 360 px. Arabic is laid out right to left, with
// formulas and numbers kept left to right inside it.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { LANGUAGES, direction, localize } from '../../web/i18n.js';
import { axeViolations, launch, openAll, openPage, readout, takeProblems } from './harness.js';

const OTHERS = LANGUAGES.filter((lang) => lang !== 'en');

let env;
beforeAll(async () => {
  env = await launch();
});
afterAll(async () => {
  await env?.close();
});

// English words that no other language's text uses; on a page in another
// language they betray a text that was not translated.
const ENGLISH = /\b(?:the|and|with|which|when|where|shows?|drag|probability|entropy)\b/i;

describe.each(OTHERS)('%s', (lang) => {
  let page;
  beforeAll(async () => {
    page = await openPage(env.browser, `${env.url}index.html?lang=${lang}`, { bypassCSP: true });
  });

  test('the page opens in it, its direction set, and the browser’s preference chooses it too', async () => {
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
      lang,
      direction(lang),
    ]);
    expect(await page.locator('h1').innerText()).toBe(localize(lang).t('page.heading'));
    const preferred = await openPage(env.browser, `${env.url}index.html`, { locale: `${lang}-XX` });
    expect(await preferred.evaluate(() => document.documentElement.lang)).toBe(lang);
  });

  test('numbers carry the language’s decimal sign', async () => {
    const L = localize(lang);
    const h = L.info(Math.LN2, 'nats');
    const bits = L.info(1, 'bits');
    expect((await readout(page, 'coin-value')).replace(/[\u2066\u2069]/g, '').replace(/\u00a0/g, ' ')).toBe(
      `H(${L.probability(0.5)}) = ${h} = ${bits}`,
    );
  });

  test('no English left, no placeholder, no NaN or undefined', async () => {
    await openAll(page);
    const texts = await page.evaluate(() => {
      const out = [];
      const roots = [document.body, ...[...document.querySelectorAll('*')].map((e) => e.shadowRoot).filter(Boolean)];
      for (const root of roots) {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (node.parentElement?.closest('script, style, math, code, .chart-table')) continue;
          if (node.data.trim()) out.push(node.data.trim());
        }
      }
      for (const e of document.querySelectorAll('[aria-label], [title]'))
        out.push(e.getAttribute('aria-label') ?? '', e.getAttribute('title') ?? '');
      return out.filter(Boolean);
    });
    expect(texts.length).toBeGreaterThan(500);
    expect(texts.filter((t) => ENGLISH.test(t))).toEqual([]);
    expect(texts.filter((t) => /\{\w+\}|NaN|undefined/.test(t))).toEqual([]);
  });

  test.each(['light', 'dark'])('axe finds nothing in the %s theme, every part open', async (theme) => {
    const themed = await openPage(env.browser, `${env.url}index.html?lang=${lang}&theme=${theme}`, {
      bypassCSP: true,
    });
    await openAll(themed);
    expect(await axeViolations(themed)).toEqual([]);
    expect(takeProblems(themed)).toEqual([]);
  });

  test('at 360 px nothing scrolls sideways', async () => {
    const narrow = await openPage(env.browser, `${env.url}index.html?lang=${lang}`, {
      viewport: { width: 360, height: 800 },
    });
    await openAll(narrow);
    expect(await narrow.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});

describe('Arabic, right to left', () => {
  let page;
  beforeAll(async () => {
    page = await openPage(env.browser, `${env.url}index.html?lang=ar`);
  });

  test('the contents sit on the right of the text, and a panel’s label before its control', async () => {
    const [toc, main] = await page.evaluate(() =>
      [document.querySelector('nav'), document.querySelector('main, h1')].map((e) => e.getBoundingClientRect().x),
    );
    expect(toc).toBeGreaterThan(main);
    const [label, slider] = await page.evaluate(() =>
      ['#coin .control label', '#coin .control input[type=range]'].map(
        (s) => document.querySelector(s).getBoundingClientRect().x,
      ),
    );
    expect(label).toBeGreaterThan(slider);
  });

  test('formulas and numbers read left to right inside the Arabic text', async () => {
    expect(new Set(await page.$$eval('math', (all) => all.map((m) => getComputedStyle(m).direction)))).toEqual(
      new Set(['ltr']),
    );
    // "1 bit = ln 2 ≈ 0.693 nats" in the surprise section: its digits in order from left to right.
    const order = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.querySelector('#surprise'), NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const i = node.data.search(/ln[ \u00a0]2/);
        const j = node.data.indexOf('0.693');
        if (i < 0 || j < 0 || node.parentElement.getClientRects().length === 0) continue;
        const x = (k) => {
          const range = document.createRange();
          range.setStart(node, k);
          range.setEnd(node, k + 1);
          return range.getBoundingClientRect().x;
        };
        return [x(node.data.lastIndexOf('1', i)), x(i), x(j)];
      }
      return null;
    });
    expect(order).not.toBeNull();
    expect(order[0]).toBeLessThan(order[1]);
    expect(order[1]).toBeLessThan(order[2]);
  });
});
