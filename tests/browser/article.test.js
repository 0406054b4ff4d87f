// Issue 13's article around the panels, in Chromium: the objectives link to
// sections that exist, the table of contents marks the section being read
// and works by keyboard (wide and narrow), every glossary term opens and
// closes by mouse and keyboard with its definition in the accessibility tree
// only while open, and nothing scrolls sideways at 360 px.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createRequire } from 'node:module';
import { launch, openPage, waitUntil } from './harness.js';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let env;
beforeAll(async () => {
  env = await launch();
});
afterAll(async () => {
  await env?.close();
});

async function open(query = '', viewport = { width: 1280, height: 900 }) {
  const page = await openPage(env.browser, `${env.url}index.html${query}`, { viewport });
  return page;
}

/** The link the table of contents marks as current: its href. */
const currentLink = (page) =>
  page.evaluate(() => document.querySelector('[data-toc] a[aria-current="location"]')?.getAttribute('href') ?? null);

describe('where you are going', () => {
  test('four objectives, each linking only to sections that exist', async () => {
    const page = await open();
    const objectives = await page.$$eval('#objectives li', (items) =>
      items.map((li) => [...li.querySelectorAll('a')].map((a) => a.getAttribute('href'))),
    );
    expect(objectives).toHaveLength(4);
    for (const hrefs of objectives) {
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of hrefs) {
        expect(href).toMatch(/^#[\w-]+$/);
        expect(await page.$eval(href, (el) => el.matches('section.panel'))).toBe(true);
      }
    }
    // Between them they reach every numbered section but the summary.
    const linked = new Set(objectives.flat());
    const sections = await page.$$eval('main section.panel', (all) => all.map((s) => `#${s.id}`));
    for (const id of sections.filter((s) => s !== '#summary')) expect(linked).toContain(id);
    await page.context().close();
  });

  test('section numbers come from a CSS counter, none typed into the headings', async () => {
    const page = await open();
    const texts = await page.$$eval('main section.panel > h2', (headings) => headings.map((h) => h.textContent.trim()));
    expect(texts.length).toBeGreaterThanOrEqual(9);
    for (const text of texts) expect(text).not.toMatch(/^\d/);
    // The number is drawn by a counter (and kept out of the accessible name,
    // where Chromium would read only its ". ").
    const before = await page.$$eval('main section.panel > h2', (headings) =>
      headings.map((h) => getComputedStyle(h, '::before').content),
    );
    for (const content of before) expect(content).toMatch(/^counter\(section\)/);
    expect(await page.$eval('main', (m) => getComputedStyle(m).counterReset)).toBe('section 0');
    const tree = await page.locator('main').ariaSnapshot();
    const names = [...tree.matchAll(/heading "([^"]+)" \[level=2\]/g)].map(([, name]) => name);
    for (const text of texts) expect(names).toContain(text);
    await page.context().close();
  });
});

describe('the table of contents', () => {
  test('lists every section and marks the one being read as the reader scrolls', async () => {
    const page = await open();
    const hrefs = await page.$$eval('[data-toc] a', (links) => links.map((a) => a.getAttribute('href')));
    const sections = await page.$$eval('main section.panel', (all) => all.map((s) => `#${s.id}`));
    expect(hrefs).toEqual(['#top', ...sections, '#glossary', '#computed']);
    expect(await currentLink(page)).toBe('#top');
    for (const id of ['fits', 'vae', 'decomposition']) {
      await page.evaluate((target) => document.getElementById(target).scrollIntoView(), id);
      await waitUntil(
        page,
        `the contents to mark #${id}`,
        (href) => document.querySelector(`[data-toc] a[aria-current="location"]`)?.getAttribute('href') === href,
        `#${id}`,
      );
      expect(await page.$$eval('[data-toc] a[aria-current]', (links) => links.length)).toBe(1);
    }
    // The sidebar stays in view on the long page.
    const box = await page.$eval('[data-toc] .toc-list', (list) => list.getBoundingClientRect().toJSON());
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.top).toBeLessThan(900);
    await page.context().close();
  });

  test('wide: Tab reaches the links, Enter follows one and the section becomes current', async () => {
    const page = await open();
    await page.focus('[data-toc] a[href="#loss"]');
    await page.keyboard.press('Enter');
    await waitUntil(
      page,
      'the contents to mark #loss',
      () => document.querySelector('[data-toc] a[aria-current="location"]')?.getAttribute('href') === '#loss',
    );
    const top = await page.$eval('#loss', (s) => s.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(100);
    await page.context().close();
  });

  test('narrow: a sticky bar whose button opens the list (Enter), Escape closes it, a link closes it too', async () => {
    const page = await open('', { width: 360, height: 740 });
    const toggle = page.locator('[data-toc] .toc-toggle');
    expect(await toggle.isVisible()).toBe(true);
    expect(await page.locator('[data-toc] a[href="#vae"]').isVisible()).toBe(false);
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('[data-toc] a[href="#vae"]').isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement.classList.contains('toc-toggle'))).toBe(true);
    await page.keyboard.press('Space');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page.locator('[data-toc] a[href="#vae"]').click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await waitUntil(
      page,
      'the contents to mark #vae',
      () => document.querySelector('[data-toc] a[aria-current="location"]')?.getAttribute('href') === '#vae',
    );
    // The bar stays at the top of the viewport, naming the section.
    const bar = await page.$eval('[data-toc]', (nav) => nav.getBoundingClientRect().top);
    expect(Math.abs(bar)).toBeLessThan(2);
    expect(await page.locator('[data-toc-current]').innerText()).toBe(
      await page
        .locator('#vae h2')
        .innerText()
        .then((t) => t.replace(/^\d+\.\s*/, '')),
    );
    await page.context().close();
  });

  test('the units switch beside the contents sets the page’s units, and follows the header’s', async () => {
    const page = await open();
    await page.evaluate(() => document.getElementById('vae').scrollIntoView());
    const bits = page.locator('[data-units-bar] input[value="bits"]');
    expect(await bits.isVisible()).toBe(true);
    await bits.focus();
    await page.keyboard.press('Space');
    // (A chart's axis, which no predict question hides.)
    const axis = () => page.$eval('#coin canvas', (c) => c.infotheoryChart.options.scales.y.title.text);
    expect(await axis()).toBe('entropy H(p) in bits');
    expect(await page.locator('[data-units-switch] input[value="bits"]').isChecked()).toBe(true);
    await page.locator('[data-units-switch] input[value="nats"]').check();
    expect(await page.locator('[data-units-bar] input[value="nats"]').isChecked()).toBe(true);
    expect(await axis()).toBe('entropy H(p) in nats');
    await page.context().close();
  });

  test('the lede’s link opens the closed note on how it is computed', async () => {
    const page = await open();
    expect(await page.$eval('#computed', (d) => d.open)).toBe(false);
    await page.locator('.lede a[href="#computed"]').click();
    await waitUntil(page, 'the note to open', () => document.getElementById('computed').open);
    await page.context().close();
  });
});

describe.each(['en', 'de'])('glossary terms (%s)', (lang) => {
  test('every term opens and closes by mouse, Enter, Space and Escape, its definition read only while open', async () => {
    const page = await open(`?lang=${lang}`);
    const terms = await page.$$eval('.term-button', (buttons) => buttons.map((b) => b.dataset.term));
    expect(terms.length).toBeGreaterThanOrEqual(15);
    const definitions = await page.$$eval('[data-glossary] dd', (dds) => dds.map((dd) => dd.textContent));
    for (const [i] of terms.entries()) {
      const button = page.locator('.term-button').nth(i);
      const tipId = await button.getAttribute('aria-controls');
      const tip = page.locator(`[id="${tipId}"]`);
      const definition = await tip.textContent();
      expect(definitions).toContain(definition);
      const inTree = async () => {
        const snapshot = await page.locator(`[id="${tipId}"]`).evaluate((el) => !el.hidden && el.checkVisibility());
        return snapshot;
      };
      expect(await button.getAttribute('aria-expanded')).toBe('false');
      expect(await inTree()).toBe(false);
      // Mouse.
      await button.click();
      expect(await button.getAttribute('aria-expanded')).toBe('true');
      expect(await tip.isVisible()).toBe(true);
      await button.click();
      expect(await button.getAttribute('aria-expanded')).toBe('false');
      expect(await tip.isVisible()).toBe(false);
      // Keyboard: Enter opens, Escape closes, Space opens, Enter closes.
      await button.focus();
      await page.keyboard.press('Enter');
      expect(await button.getAttribute('aria-expanded')).toBe('true');
      await page.keyboard.press('Escape');
      expect(await button.getAttribute('aria-expanded')).toBe('false');
      expect(await button.evaluate((b) => document.activeElement === b)).toBe(true);
      await page.keyboard.press('Space');
      expect(await button.getAttribute('aria-expanded')).toBe('true');
      if (i === 0) {
        // Open, the definition is in the accessibility tree, right after the term.
        const tree = await page.locator('#objectives').ariaSnapshot();
        expect(tree).toContain(definition.slice(0, 40));
      }
      await page.keyboard.press('Enter');
      expect(await button.getAttribute('aria-expanded')).toBe('false');
      if (i === 0) {
        const tree = await page.locator('#objectives').ariaSnapshot();
        expect(tree).not.toContain(definition.slice(0, 40));
      }
    }
    await page.context().close();
  });
});

describe('at 360 px', () => {
  test.each(['en', 'de'])('%s: nothing scrolls sideways, with every note and a term open', async (lang) => {
    const page = await open(`?lang=${lang}`, { width: 360, height: 740 });
    expect(await page.evaluate(() => document.scrollingElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.locator('.term-button').first().click();
    await page.evaluate(() => {
      document.getElementById('computed').open = true;
    });
    expect(await page.evaluate(() => document.scrollingElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.context().close();
  });
});

// axe is injected as a script, which the page's CSP would refuse: these pages
// bypass CSP (as tests/browser/a11y.test.js does).
describe.each(['light', 'dark'])('axe with the article’s parts open (%s)', (theme) => {
  test.each([1280, 360])('%i px: every term open, the contents open, the note open', async (width) => {
    const page = await openPage(env.browser, `${env.url}index.html?theme=${theme}`, {
      viewport: { width, height: 800 },
      bypassCSP: true,
    });
    await page.evaluate(() => {
      for (const button of document.querySelectorAll('.term-button')) button.click();
      document.getElementById('computed').open = true;
    });
    if (width === 360) await page.locator('.toc-toggle').click();
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      });
      return result.violations.map((v) => ({ id: v.id, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
    });
    expect(violations).toEqual([]);
    await page.context().close();
  });
});
