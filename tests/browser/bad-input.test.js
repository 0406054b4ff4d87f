// The UI field, URL parameter and <info-widget> attribute rows of the
// bad-input table (tests/bad-inputs.json), walked in Chromium on the built
// site. For every case: the refusal, clamp or note it promises is there and
// visible; the panel then shows exactly what its render() gives for the state
// the case expects (the fields' defaults where a value was refused), with
// numbers from the kernels; no text or ARIA text, and no chart point, is
// NaN, undefined or Infinity; nothing is logged as an error; and a good
// value afterwards still updates the panel.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { answerQuestions, bounded, gotoPage, launch, openPage, serveDir, waitUntil } from './harness.js';
import { load } from '../../web/kernels.js';
import { PANELS } from '../../web/panels/index.js';
import { DOORS, decode, rowsOf } from '../bad-inputs.js';

let env;
let api;
let page; // one page, navigated from case to case
let host; // a second origin for the page of <info-widget> elements
let hostDir;

beforeAll(async () => {
  api = await load();
  env = await launch();
  page = await openPage(env.browser, `${env.url}embed.html?panel=coin`);
  hostDir = fs.mkdtempSync(path.join(os.tmpdir(), 'infotheory-bad-input-'));
  host = await serveDir(hostDir);
});

afterAll(async () => {
  await env?.close();
  await host?.close();
  if (hostDir) fs.rmSync(hostDir, { recursive: true, force: true });
});

async function goto(url) {
  page.problems.length = 0;
  await gotoPage(page, url);
}

// The readouts that show a panel's state, and where render() has their text.
const READOUTS = {
  surprise: [['surprise-value', (r) => r.readouts.value]],
  coin: [['coin-value', (r) => r.readouts.value]],
  extremes: [['extremes-value', (r) => r.readouts.value]],
  decomposition: [
    ['decomposition-sum', (r) => r.readouts.sum],
    ['decomposition-kl', (r) => r.readouts.kl],
  ],
  fits: [
    ['fits-forward', (r) => r.readouts.forward],
    ['fits-reverse', (r) => r.readouts.reverse],
  ],
  loss: [
    ['loss-loss', (r) => r.readouts.loss],
    ['loss-sample', (r) => r.readouts.sample],
  ],
  vae: [['vae-formula', (r) => r.readouts.formula]],
  trust: [
    ['trust-step', (r) => r.readouts.step],
    ['trust-states', (r) => r.readouts.states],
  ],
  summary: [['summary-identity', (r) => r.identity]],
};

/** The panel inside `scope` shows what render() gives for its defaults changed by `state`. */
async function expectState(scope, panel, state) {
  await answerQuestions(page); // what a question hides is shown (a restarted element asks afresh)
  const rendered = PANELS[panel].render(api, { ...PANELS[panel].defaults, ...state, units: 'nats', lang: 'en' });
  for (const [name, pick] of READOUTS[panel]) {
    await expect(scope.locator(`[data-readout="${name}"]`).innerText()).resolves.toBe(String(pick(rendered)));
  }
}

// A good value for one control of each panel, and the state it gives.
const resize = (P, k) => Array.from(api.resizeDistribution(P, k));
const PROBES = {
  surprise: { field: 'surprise-p-value', value: '0.3', patch: () => ({ p: 0.3 }) },
  coin: { field: 'coin-p-value', value: '0.3', patch: () => ({ p: 0.3 }) },
  extremes: { field: 'extremes-n-value', value: '3', patch: (s) => ({ P: resize(s.P, 3) }) },
  decomposition: {
    select: 'Number of categories K',
    value: '3',
    patch: (s) => ({ P: resize(s.P, 3), Q: resize(s.Q, 3) }),
  },
  fits: { field: 'fits-mean-1-value', value: '1', patch: (s) => ({ means: [1, s.means[1]] }) },
  loss: { field: 'loss-n-value', value: '50', patch: () => ({ n: 50 }) },
  vae: { field: 'vae-mu-value', value: '0.5', patch: () => ({ mu: 0.5 }) },
  trust: { field: 'trust-alpha-value', value: '1', patch: () => ({ alpha: 1 }) },
};

/** Opens the "More settings" (or any) disclosure a field sits in, as a reader would: by its summary. */
async function reveal(box) {
  const details = box.locator('xpath=ancestor::details[1]');
  if ((await details.count()) && (await details.getAttribute('open')) === null) {
    await details.locator('xpath=./summary').click();
  }
}

/** After a bad value, a good one still updates the panel. */
async function expectStillWorks(scope, panel, state) {
  const probe = PROBES[panel];
  if (probe.select) await scope.getByLabel(probe.select, { exact: true }).selectOption(probe.value);
  else {
    const box = scope.locator(`input[name="${probe.field}"]`);
    await reveal(box);
    await box.fill(probe.value);
  }
  const full = { ...PANELS[panel].defaults, ...state };
  await expectState(scope, panel, { ...state, ...probe.patch(full) });
}

/**
 * Text the learner can see or hear that reads NaN, undefined or Infinity:
 * every text node and ARIA attribute of the page and of every shadow root,
 * and NaN in any chart's data. A note quotes the text it refused ("NaN" from
 * ?p=NaN) as the learner wrote it: quoted text in notes and load messages
 * is the learner's, not a result, and is left out.
 */
function badText() {
  return page.evaluate(() => {
    const BAD = /NaN|undefined|Infinity/;
    const found = [];
    const hasNaN = (value) =>
      typeof value === 'number'
        ? Number.isNaN(value)
        : value !== null && typeof value === 'object' && Object.values(value).some(hasNaN);
    const visit = (root) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (parent?.closest('script, style')) continue;
        let text = node.textContent;
        if (parent?.closest('.widget-notes, .share-status')) text = text.replace(/"(?:[^"\\]|\\.)*"/g, '""');
        if (BAD.test(text)) found.push(text.trim().slice(0, 160));
      }
      for (const element of root.querySelectorAll('*')) {
        for (const name of ['aria-label', 'aria-valuetext', 'aria-valuenow', 'aria-roledescription', 'title', 'alt']) {
          const value = element.getAttribute(name);
          if (value && BAD.test(value)) found.push(`${name}="${value.slice(0, 160)}"`);
        }
        const chart = element.infotheoryChart;
        if (chart && chart.data.datasets.some((d) => d.data.some(hasNaN))) found.push(`NaN in chart ${element.id}`);
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    visit(document);
    return found;
  });
}

async function expectCleanPage() {
  expect(await badText()).toEqual([]);
  expect(page.problems).toEqual([]);
}

/** The notes shown above a panel, one per line (none if the list is hidden). */
async function notesOf(scope) {
  const list = scope.locator('.widget-notes').first();
  if (!(await list.isVisible())) return [];
  return (await list.innerText()).split('\n').filter(Boolean);
}

describe(DOORS.ui, () => {
  const rows = rowsOf(DOORS.ui);

  test.each(rows.map((row) => [`${row.input}: ${row.bad}`, row]))('%s', async (name, row) => {
    // Each panel a row touches is opened afresh; its cases then build on
    // each other, and a good value at the end must still work.
    const scope = page.locator('[data-embed]');
    let panel = null;
    let state = {};
    for (const c of row.cases) {
      if (c.panel !== panel) {
        if (panel) await expectStillWorks(scope, panel, state);
        await goto(`${env.url}embed.html?panel=${c.panel}${c.query ? `&${c.query}` : ''}`);
        panel = c.panel;
        state = {};
      }
      Object.assign(state, decode(c.state, api));
      let message;
      if (c.field) {
        const box = scope.locator(`input[name="${c.field}"]`);
        await reveal(box);
        if ('keys' in c) {
          await box.fill('');
          await box.pressSequentially(c.keys);
        } else {
          await box.fill(c.fill);
        }
        message = box.locator('xpath=..').locator('.message');
        expect(await box.getAttribute('aria-invalid')).toBe(c.message ? 'true' : null);
      } else if (c.cell) {
        const table = scope.locator('details.table-details');
        if ((await table.getAttribute('open')) === null) await table.locator('summary').click();
        const cell = scope.getByLabel(c.cell, { exact: true });
        await cell.fill(c.fill);
        await cell.press('Enter');
        message = table.locator('.message');
      } else if (c.button) {
        await scope.getByRole('button', { name: c.button, exact: true }).click();
      } else if (c.canvas) {
        const canvas = scope.locator('canvas').first();
        await canvas.focus();
        for (const key of c.press) await canvas.press(key);
      } else if (c.file) {
        const share = scope.locator('details.share');
        if ((await share.getAttribute('open')) === null) await share.locator('summary').click();
        const file = path.join(hostDir, `${c.panel}-state.json`);
        fs.writeFileSync(file, c.file);
        const status = share.locator('.share-status');
        await share.locator('input[type=file]').setInputFiles(file);
        await bounded(`the status "${c.status}"`, (ms) =>
          status.filter({ hasText: c.status }).waitFor({ timeout: ms }),
        );
        await expect(status.isVisible()).resolves.toBe(true);
        expect(await status.innerText()).toBe(c.status);
        expect(await notesOf(scope)).toEqual(c.notes ?? []);
      }
      if (message) {
        if (c.message) await expect(message.isVisible()).resolves.toBe(true);
        expect(await message.innerText()).toBe(c.message ?? '');
      }
      await expectState(scope, panel, state);
      await expectCleanPage();
    }
    await expectStillWorks(scope, panel, state);
    await expectCleanPage();
  });
});

describe(DOORS.url, () => {
  const rows = rowsOf(DOORS.url);

  test.each(rows.map((row) => [`${row.input}: ${row.bad}`, row]))('%s', async (name, row) => {
    for (const c of row.cases) {
      await goto(env.url + c.url);
      const embed = c.url.startsWith('embed.html');
      const scopeOf = (panel) => page.locator(embed ? '[data-embed]' : `#${panel}`);
      if (c.alert) {
        const alert = page.locator('[role=alert]');
        await expect(alert.isVisible()).resolves.toBe(true);
        expect(await alert.innerText()).toBe(c.alert);
        await expectCleanPage();
        continue;
      }
      const states = decode(c.state, api);
      for (const [panel, notes] of Object.entries(c.notes)) {
        const shown = await notesOf(scopeOf(panel));
        for (const note of notes) expect(shown).toContain(note);
      }
      for (const [panel, state] of Object.entries(states)) {
        if (!(panel in c.notes)) expect(await notesOf(scopeOf(panel))).toEqual([]);
        await expectState(scopeOf(panel), panel, state);
      }
      await expectCleanPage();
      const [panel, state] = Object.entries(states)[0];
      await expectStillWorks(scopeOf(panel), panel, state);
      await expectCleanPage();
    }
  });
});

describe(DOORS.element, () => {
  const rows = rowsOf(DOORS.element);
  const cases = rows.flatMap((row) => row.cases.map((c) => ({ ...c, row })));

  beforeAll(async () => {
    const attribute = (name, value) => ` ${name}="${String(value).replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"`;
    const elements = cases.map(
      (c, i) =>
        `<info-widget id="el${i}"${Object.entries(c.attributes)
          .map(([key, value]) => attribute(key, value))
          .join('')}></info-widget>`,
    );
    fs.writeFileSync(
      path.join(hostDir, 'elements.html'),
      `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Widgets with bad attributes</title><link rel="icon" href="data:,"></head>
<body>
${elements.join('\n')}
<script src="${env.url}infotheory.js"></script>
</body></html>`,
    );
    page.problems.length = 0;
    await gotoPage(page, `${host.url}elements.html`, null);
    // Every element has started: a readout, or the message why it cannot.
    await waitUntil(
      page,
      `all ${cases.length} elements to show a readout or an alert`,
      (n) =>
        Array.from({ length: n }, (_, i) => document.getElementById(`el${i}`).shadowRoot).every((root) =>
          root?.querySelector('[data-readout], [role=alert]'),
        ),
      cases.length,
    );
  });

  test.each(rows.map((row) => [`${row.input}: ${row.bad}`, row]))('%s', async (name, row) => {
    for (const c of cases.filter((x) => x.row === row)) {
      const id = `el${cases.indexOf(c)}`;
      const scope = page.locator(`#${id}`);
      if (c.set) {
        await page.$eval(
          `#${id}`,
          (element, changes) => {
            for (const [key, value] of changes) element.setAttribute(key, value);
          },
          Object.entries(c.set),
        );
        if (c.set.panel) {
          await bounded(`#${id}'s readout after panel="${c.set.panel}"`, (ms) =>
            scope.locator('[data-readout]').first().waitFor({ timeout: ms }),
          );
        }
      }
      if (c.alert) {
        const alert = scope.locator('[role=alert]');
        await expect(alert.isVisible()).resolves.toBe(true);
        expect(await alert.innerText()).toBe(c.alert);
        continue;
      }
      expect(await notesOf(scope)).toEqual(c.notes);
      const panel = c.set?.panel ?? c.attributes.panel;
      const state = decode(c.state, api);
      await expectState(scope, panel, state);
      await expectStillWorks(scope, panel, state);
    }
    await expectCleanPage();
  });
});
