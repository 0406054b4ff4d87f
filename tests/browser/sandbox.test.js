// Hosts that sandbox or strip: embed.html in a cross-origin
// <iframe sandbox="allow-scripts"> (an opaque origin: no storage, no
// clipboard, downloads at the host's mercy) still draws and computes, and its
// share box says what may be blocked there and where it is not; on a host
// page that runs no script at all (Canvas strips <script>, so no
// embed-host.js to size the frame), a frame of a fixed, too small height
// clips nothing: every control can be reached and is shown when focused.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { bounded, launch, openPage, serveTempDir } from './harness.js';

let env;
let host;
beforeAll(async () => {
  env = await launch();
  const page = (body) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A course page</title><link rel="icon" href="data:,"></head><body>${body}</body></html>`;
  host = await serveTempDir('infotheory-sandbox-', (dir) => {
    fs.writeFileSync(
      path.join(dir, 'sandboxed.html'),
      page(
        `<iframe id="frame" sandbox="allow-scripts" src="${env.url}embed.html?panel=coin&amp;p=0.9" title="coin" width="900" height="900"></iframe>`,
      ),
    );
    // What an LMS that strips scripts leaves: the iframe alone, 320 px high.
    fs.writeFileSync(
      path.join(dir, 'stripped.html'),
      page(
        `<iframe id="frame" src="${env.url}embed.html?panel=decomposition&amp;hide=checks" title="decomposition" width="700" height="320"></iframe>`,
      ),
    );
  });
});
afterAll(async () => {
  await host?.close();
  await env?.close();
});

async function frameOf(page) {
  const handle = await bounded('the iframe', () => page.waitForSelector('#frame'));
  const frame = await bounded('the iframe content', () => handle.contentFrame());
  await bounded('the embedded panel to be ready', (ms) =>
    frame.waitForSelector('html[data-ready="true"]', { timeout: ms }),
  );
  return frame;
}

describe('a sandboxed frame (allow-scripts only)', () => {
  test('draws and computes, and the share box says what the sandbox may block', async () => {
    const page = await openPage(env.browser, `${host.url}sandboxed.html`, {}, { ready: null });
    const frame = await frameOf(page);
    expect(await frame.evaluate(() => window.origin)).toBe('null');
    expect(
      await frame.evaluate(
        () => document.querySelector('canvas').getContext('2d') !== null && window.infotheory.binaryEntropy(0.9),
      ),
    ).toBeCloseTo(0.325, 3);
    await frame.locator('details.share > summary').click();
    const note = frame.locator('.share-note');
    await expect(note.innerText()).resolves.toMatch(/sandboxed frame/);
    // Its link opens the panel as it is on the site's own page.
    const href = await note.locator('a').getAttribute('href');
    expect(href).toMatch(new RegExp(`^${env.url}index\\.html\\?.*coin\\.p=0\\.9.*#coin$`));
    // The clipboard is not there: Copy link falls back to a box to copy from.
    await frame.locator('details.share button', { hasText: 'Copy link' }).click();
    await expect(frame.locator('.share-status').innerText()).resolves.toMatch(/Copy the text from the box below/);
    expect(await frame.locator('.share-output').inputValue()).toBe(href);
    expect(page.problems).toEqual([]);
    await page.context().close();
  });

  test('on our own pages the note is not there', async () => {
    const page = await openPage(env.browser, `${env.url}embed.html?panel=coin`);
    expect(await page.locator('.share-note').count()).toBe(0);
    await page.context().close();
  });
});

describe('a host page that runs no script', () => {
  test('a frame too small for the panel clips nothing: every control is reached and shown', async () => {
    const page = await openPage(env.browser, `${host.url}stripped.html`, {}, { ready: null });
    const frame = await frameOf(page);
    // The panel is taller than its frame, and the frame scrolls to show it all.
    const { content, view } = await frame.evaluate(() => ({
      content: document.documentElement.scrollHeight,
      view: window.innerHeight,
    }));
    expect(view).toBeLessThanOrEqual(320);
    expect(content).toBeGreaterThan(view);
    // Walking the controls with Tab, as a keyboard user would, each one
    // focused is shown whole inside the frame (it scrolls to it).
    await bounded('the first control focused', () =>
      frame.evaluate(() => document.querySelector('input, button, select, summary').focus()),
    );
    const seen = [];
    for (let i = 0; i < 200; i++) {
      const focused = await bounded('the focused control', () =>
        frame.evaluate(() => {
          const e = document.activeElement;
          if (!e || e === document.body) return null;
          const box = e.getBoundingClientRect();
          return {
            what: `${e.tagName.toLowerCase()} ${e.getAttribute('aria-label') ?? e.textContent.trim().slice(0, 30)}`,
            inside:
              box.top >= -0.5 && box.left >= -0.5 && box.bottom <= innerHeight + 0.5 && box.right <= innerWidth + 0.5,
          };
        }),
      );
      if (!focused) break;
      seen.push(focused);
      await bounded('Tab', () => page.keyboard.press('Tab'));
    }
    expect(seen.length).toBeGreaterThan(15);
    expect(seen.filter((f) => !f.inside).map((f) => f.what)).toEqual([]);
    expect(page.problems).toEqual([]);
    await page.context().close();
  });
});
