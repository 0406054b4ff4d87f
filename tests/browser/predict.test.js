// Predict, then reveal, in Chromium: for every panel that exports predict()
// (each alone in embed.html), before the guess the texts the question hides
// (as render() would show them) are in neither the visible text nor the
// accessibility tree nor a chart's data table, and the hidden datasets are
// not drawn; committing a guess by mouse, and separately by keyboard alone,
// reveals them and shows judge()'s feedback for that guess; "Ask me again"
// hides them again. axe finds nothing with the question open and answered.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { BUNDLE } from '../../scripts/build.js';
import { load } from '../../web/kernels.js';
import { PANELS } from '../../web/panels/index.js';
import {
  DIST,
  cdpSession,
  launch,
  mouseDrag,
  openPage,
  serveDir,
  takeProblems,
  touchDrag,
  waitUntil,
} from './harness.js';
import { positionPredict } from './fixtures/predict-position.js';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const WITH_PREDICT = Object.keys(PANELS).filter((name) => typeof PANELS[name].predict === 'function');
const HERE = path.dirname(fileURLToPath(import.meta.url));

// What each test opens: every panel with predict() on the built site, and the
// surprise panel with a test-only `position` question (fixtures/) on a site
// bundled here, so the third kind is tried until a panel asks one.
const TARGETS = [
  ...WITH_PREDICT.map((name) => ({ label: name, name, predict: PANELS[name].predict, site: 'dist' })),
  { label: 'surprise with a position question (fixture)', name: 'surprise', predict: positionPredict, site: 'fixture' },
];

let env;
let api;
let fixture;
let fixtureDir;
beforeAll(async () => {
  api = await load();
  env = await launch();
  fixtureDir = fs.mkdtempSync(path.join(os.tmpdir(), 'predict-fixture-'));
  // The page around the fixture's own bundle, and the kernels it loads.
  for (const file of [
    'embed.html',
    'style.css',
    'favicon.svg',
    'infotheory-early.js',
    'infotheory.wasm',
    'infotheory-wasm.js',
  ]) {
    fs.copyFileSync(path.join(DIST, file), path.join(fixtureDir, file));
  }
  const esbuild = await import('esbuild');
  await esbuild.build({
    ...BUNDLE,
    entryPoints: [path.join(HERE, 'fixtures', 'predict-position-entry.js')],
    outfile: path.join(fixtureDir, 'infotheory.js'),
  });
  fixture = await serveDir(fixtureDir);
}, 60000);
afterAll(async () => {
  await env?.close();
  await fixture?.close();
  if (fixtureDir) fs.rmSync(fixtureDir, { recursive: true, force: true });
});

const stateOf = (name) => ({ ...PANELS[name].defaults, units: 'nats', lang: 'en' });

/** The question, and the texts it hides, for the panel's defaults (as the embed starts). */
function expected({ name, predict }) {
  const state = stateOf(name);
  const q = predict(api, state);
  const output = PANELS[name].render(api, state);
  const readouts = (q.hides.readouts ?? []).map((key) => {
    const value = output.readouts[key];
    return { key, texts: (Array.isArray(value) ? value : [value]).map(String) };
  });
  const descriptions = (q.hides.descriptions ?? []).map((chart) => String(output.descriptions[chart]));
  return { q, output, readouts, descriptions, secrets: [...readouts.flatMap((r) => r.texts), ...descriptions] };
}

/** Every name, value and description in the accessibility tree. */
async function accessibleTexts(page) {
  const cdp = await cdpSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const texts = [];
  for (const node of nodes) {
    if (node.ignored) continue;
    for (const field of [node.name, node.value, node.description]) {
      if (field?.value !== undefined && field.value !== '') texts.push(String(field.value));
    }
  }
  return texts;
}

/** The text of every chart data table, opened. */
async function tableTexts(page) {
  return page.evaluate(() => {
    for (const d of document.querySelectorAll('details.chart-table')) d.open = true;
    // The cells (not the caption, which names the chart and may quote a series).
    return [...document.querySelectorAll('details.chart-table table')].map((t) =>
      [...t.querySelectorAll('thead, tbody')].map((part) => part.innerText).join('\n'),
    );
  });
}

/** Whether each dataset of chart `chart` (render()'s key, the canvas's data-chart) is drawn. */
async function datasetVisibility(page, chart) {
  return page.$eval(`canvas[data-chart="${chart}"]`, (canvas) =>
    canvas.infotheoryChart.data.datasets.map((d, j) => canvas.infotheoryChart.isDatasetVisible(j)),
  );
}

async function expectHidden(page, name, exp) {
  const body = await page.evaluate(() => document.body.innerText);
  const accessible = (await accessibleTexts(page)).join('\n');
  const tables = (await tableTexts(page)).join('\n');
  for (const secret of exp.secrets) {
    expect(body.includes(secret) ? secret : null).toBeNull();
    expect(accessible.includes(secret) ? secret : null).toBeNull();
    expect(tables.includes(secret) ? secret : null).toBeNull();
  }
  // Each hidden readout shows the placeholder, and only those.
  const placeholders = await page.$$eval('[data-predict-hidden]', (all) => all.map((e) => e.innerText));
  for (const text of placeholders)
    expect(['Answer the question above to see this.', 'after your guess']).toContain(text);
  expect(await page.$$eval('[data-predict-hidden]', (all) => all.length)).toBe(
    exp.readouts.length ? exp.readouts.length : 0,
  );
  // Hidden datasets are not drawn, and their labels are in no data table.
  for (const [chart, indices] of Object.entries(exp.q.hides.datasets ?? {})) {
    const visible = await datasetVisibility(page, chart);
    for (const i of indices) {
      expect(visible[i]).toBe(false);
      const label = exp.output.charts[chart].data.datasets[i].label;
      if (label) expect(tables.includes(label) ? label : null).toBeNull();
    }
  }
  expect(await page.locator('.predict-again').isVisible()).toBe(false);
}

/** After the reveal: every hidden readout shows what render() says, and the feedback is judge(guess)'s. */
async function expectRevealed(page, exp, guess) {
  expect(await page.$$eval('[data-predict-hidden]', (all) => all.length)).toBe(0);
  const body = await page.evaluate(() => document.body.innerText);
  for (const { texts } of exp.readouts) for (const text of texts) expect(body).toContain(text);
  const accessible = (await accessibleTexts(page)).join('\n');
  for (const { texts } of exp.readouts) for (const text of texts) expect(accessible).toContain(text);
  const verdict = exp.q.judge(guess);
  const feedback = await page.locator('.predict-feedback').innerText();
  expect(feedback).toBe(`${verdict.correct ? 'Right.' : 'Not quite.'} ${verdict.feedback}`);
  expect(await page.locator('.predict-feedback').getAttribute('role')).toBe('status');
  expect(await page.locator('.predict-again').isVisible()).toBe(true);
}

const base = (target) => (target.site === 'fixture' ? fixture.url : env.url);
const open = (target, theme = 'light', bypassCSP = false) =>
  openPage(
    env.browser,
    `${base(target)}embed.html?panel=${target.name}&lang=en&theme=${theme}`,
    { bypassCSP },
    { answer: false },
  );

/** A guess for a number or position question: inside its range, on its step. */
function someNumber(answer) {
  const mid = (answer.min + answer.max) / 2;
  return answer.step ? Math.round(mid / answer.step) * answer.step : mid;
}

/** Commits a guess with the mouse; returns the guess. */
async function guessByMouse(page, answer) {
  if (answer.kind === 'choice') {
    await page.locator('.predict-option label').nth(0).click();
    await page.getByRole('button', { name: 'Check my guess' }).click();
    return 0;
  }
  if (answer.kind === 'number') {
    const value = someNumber(answer);
    await page.locator('.predict-number').click();
    await page.locator('.predict-number').fill(String(value));
    await page.getByRole('button', { name: 'Check my guess' }).click();
    return value;
  }
  // position: drag the marker a quarter of the chart to the right.
  const marker = await page.locator('.predict-marker').boundingBox();
  const from = { x: marker.x + marker.width / 2, y: marker.y + marker.height / 2 };
  const before = Number(await page.locator('.predict-slider').inputValue());
  await mouseDrag(page, from, { x: from.x + 80, y: from.y });
  const value = Number(await page.locator('.predict-slider').inputValue());
  expect(value).toBeGreaterThan(before);
  await page.getByRole('button', { name: 'Check my guess' }).click();
  return value;
}

/** Tabs until the focus is inside the question box. */
async function tabIntoQuestion(page) {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => Boolean(document.activeElement?.closest('.predict')))) return;
  }
  throw new Error('Tab never reached the question');
}

/** Commits a guess with the keyboard alone; returns the guess. */
async function guessByKeyboard(page, answer) {
  await tabIntoQuestion(page);
  if (answer.kind === 'choice') {
    await page.keyboard.press('Space'); // the first option
    await page.keyboard.press('ArrowDown'); // the second
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // "Check my guess"
    return 1;
  }
  if (answer.kind === 'number') {
    const value = someNumber(answer);
    await page.keyboard.type(String(value));
    await page.keyboard.press('Enter');
    return value;
  }
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  const value = Number(await page.locator('.predict-slider').inputValue());
  expect(value).toBeLessThan(answer.max);
  await page.keyboard.press('Tab'); // the number box
  await page.keyboard.press('Tab'); // "Check my guess"
  await page.keyboard.press('Enter');
  return value;
}

test('some panel on the page asks a question', () => {
  expect(WITH_PREDICT).toEqual(expect.arrayContaining(['surprise', 'summary']));
});

describe.each(TARGETS)('$label: predict, then reveal', (target) => {
  const { name } = target;
  test('hidden before the guess; a mouse guess reveals with feedback; "Ask me again" hides again', async () => {
    const exp = expected(target);
    const page = await open(target);
    expect(await page.locator('.predict-question').innerText()).toBe(String(exp.q.question));
    await expectHidden(page, name, exp);
    const guess = await guessByMouse(page, exp.q.answer);
    await expectRevealed(page, exp, guess);
    await page.getByRole('button', { name: 'Ask me again' }).click();
    await waitUntil(
      page,
      'the readouts to be hidden again',
      () => !document.querySelector('.predict-again:not([hidden])'),
    );
    await expectHidden(page, name, exp);
    expect(await page.locator('.predict-feedback').innerText()).toBe('');
    expect(takeProblems(page)).toEqual([]);
  });

  test('by keyboard alone: a guess reveals, "Ask me again" hides and returns the focus to the question', async () => {
    const exp = expected(target);
    const page = await open(target);
    await expectHidden(page, name, exp);
    const guess = await guessByKeyboard(page, exp.q.answer);
    await expectRevealed(page, exp, guess);
    expect(await page.evaluate(() => document.activeElement.className)).toBe('predict-again');
    await page.keyboard.press('Enter');
    await expectHidden(page, name, exp);
    expect(await page.evaluate(() => Boolean(document.activeElement.closest('.predict')))).toBe(true);
    expect(takeProblems(page)).toEqual([]);
  });

  test('a guess with nothing chosen or typed is refused with a note, and nothing is revealed', async () => {
    const exp = expected(target);
    const page = await open(target);
    if (exp.q.answer.kind === 'position') return; // a slider always has a value
    await page.getByRole('button', { name: 'Check my guess' }).click();
    expect(await page.locator('.predict-feedback').innerText()).toMatch(/^(Type a number|Pick an answer) first\.$/);
    await expectHidden(page, name, exp);
  });

  test.each(['light', 'dark'])('axe: no violations in the %s theme, question open and answered', async (theme) => {
    const exp = expected(target);
    const page = await open(target, theme, true);
    const axe = async () => {
      await page.addScriptTag({ path: AXE });
      return page.evaluate(async () => {
        const result = await window.axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
        });
        return result.violations.map((v) => ({ id: v.id, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
      });
    };
    expect(await axe()).toEqual([]);
    await guessByMouse(page, exp.q.answer);
    expect(await axe()).toEqual([]);
  });
});

describe('the surprise question keeps its place while the state changes', () => {
  test('revealed stays revealed when p moves; before the guess the numbers follow the units', async () => {
    const page = await open(TARGETS.find((t) => t.name === 'surprise' && t.site === 'dist'));
    const question = async () => page.locator('.predict-question').innerText();
    expect(await question()).toContain('nats');
    await page.getByLabel('bits (log base 2)').check();
    await waitUntil(page, 'the question in bits', () =>
      document.querySelector('.predict-question').textContent.includes('bits'),
    );
    expect(await page.locator('.predict-units').innerText()).toBe('bits');
    await page.locator('.predict-number').fill('20');
    await page.keyboard.press('Enter');
    expect(await page.locator('.predict-feedback').innerText()).toMatch(
      /^Right\. Your 20 bits is within 5% of I\(0\.000001\) = 19\.932 bits/,
    );
    await page.locator('input[name="surprise-p-value"]').fill('0.3');
    await page.locator('input[name="surprise-p-value"]').press('Enter');
    expect(await page.$$eval('[data-predict-hidden]', (all) => all.length)).toBe(0);
    expect(await page.locator('.predict-again').isVisible()).toBe(true);
    // Back to nats: the typed 20 bits is the same guess in nats, 20 ln 2 = 13.863 nats, and the
    // feedback speaks nats like the rest of the page.
    await page.getByLabel('nats (natural log)').check();
    await waitUntil(page, 'the question in nats', () =>
      document.querySelector('.predict-question').textContent.includes('nats'),
    );
    expect(await page.locator('.predict-units').innerText()).toBe('nats');
    expect(await page.locator('.predict-number').inputValue()).toBe('13.86');
    expect(await page.locator('.predict-feedback').innerText()).toMatch(
      /^Right\. Your 13\.86\d* nats is within 5% of I\(0\.000001\) = 13\.816 nats/,
    );
    expect(await page.locator('.predict-feedback').getAttribute('data-units')).toBe('nats');
  });
});

describe('<info-widget> on someone else’s page asks the same questions', () => {
  test.each(WITH_PREDICT)('%s: hidden inside the element until a guess, then revealed', async (name) => {
    const target = TARGETS.find((t) => t.name === name && t.site === 'dist');
    const exp = expected(target);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'predict-host-'));
    fs.writeFileSync(
      path.join(dir, 'host.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head>
<body><h1>A course page</h1><info-widget id="w" panel="${name}" lang="en"></info-widget>
<script src="${env.url}infotheory.js"></script></body></html>`,
    );
    const host = await serveDir(dir);
    try {
      const page = await openPage(env.browser, `${host.url}host.html`, {}, { ready: null });
      await waitUntil(
        page,
        'the question inside the element',
        () => document.querySelector('#w').shadowRoot?.querySelector('.predict-question')?.textContent,
      );
      const widget = page.locator('#w');
      expect(await widget.locator('.predict-question').innerText()).toBe(String(exp.q.question));
      const shadowText = () => page.evaluate(() => document.querySelector('#w').shadowRoot.textContent);
      const accessible = async () => (await accessibleTexts(page)).join('\n');
      for (const secret of exp.secrets) {
        expect((await shadowText()).includes(secret) ? secret : null).toBeNull();
        expect((await accessible()).includes(secret) ? secret : null).toBeNull();
      }
      const guess = await guessByMouse(page, exp.q.answer);
      const verdict = exp.q.judge(guess);
      expect(await widget.locator('.predict-feedback').innerText()).toBe(
        `${verdict.correct ? 'Right.' : 'Not quite.'} ${verdict.feedback}`,
      );
      for (const { texts } of exp.readouts) for (const text of texts) expect(await shadowText()).toContain(text);
      expect(takeProblems(page)).toEqual([]);
    } finally {
      await host.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the live region never says what a question hides', () => {
  test('moving p under the position question announces nothing that states I(p); after the guess it does', async () => {
    const target = TARGETS.find((t) => t.site === 'fixture');
    const page = await open(target);
    const said = (p) => String(PANELS.surprise.render(api, { ...stateOf('surprise'), p }).readouts.value);
    const live = () => page.$$eval('[aria-live]', (all) => all.map((e) => e.textContent).join('\n'));
    const field = page.locator('input[name="surprise-p-value"]');
    await field.fill('0.3');
    await field.press('Enter');
    await page.waitForTimeout(1000); // the announcer waits 700 ms of quiet
    expect(await live()).not.toContain(said(0.3));
    expect(await live()).not.toContain('I(0.300)');
    await page.getByRole('button', { name: 'Check my guess' }).click();
    await field.fill('0.4');
    await field.press('Enter');
    await waitUntil(
      page,
      'the announcement of I(0.400)',
      (text) => [...document.querySelectorAll('[aria-live]')].some((e) => e.textContent.includes(text)),
      said(0.4),
    );
  });
});

describe('hide=checks', () => {
  test.each(WITH_PREDICT)('%s: leaves out the question and shows everything', async (name) => {
    const target = TARGETS.find((t) => t.name === name && t.site === 'dist');
    const exp = expected(target);
    const page = await openPage(env.browser, `${env.url}embed.html?panel=${name}&lang=en&hide=checks`);
    expect(await page.locator('.predict').count()).toBe(0);
    expect(await page.$$eval('[data-predict-hidden]', (all) => all.length)).toBe(0);
    const body = await page.evaluate(() => document.body.innerText);
    for (const { texts } of exp.readouts) for (const text of texts) expect(body).toContain(text);
  });
});

describe('the position question by touch', () => {
  test('a finger drags the guess marker, and the guess is where it was left', async () => {
    const target = TARGETS.find((t) => t.site === 'fixture');
    const page = await open(target, 'light', false);
    const marker = await page.locator('.predict-marker').boundingBox();
    const from = { x: marker.x + marker.width / 2, y: marker.y + marker.height / 2 };
    const before = Number(await page.locator('.predict-slider').inputValue());
    await touchDrag(page, from, { x: from.x - 120, y: from.y });
    const after = Number(await page.locator('.predict-slider').inputValue());
    expect(after).toBeLessThan(before);
    // The marker stands at the slider's value on the chart's x axis.
    const left = await page.$eval(
      'canvas[data-chart="chart"]',
      (canvas, v) => {
        const chart = canvas.infotheoryChart;
        return canvas.getBoundingClientRect().left + chart.scales.x.getPixelForValue(v);
      },
      after,
    );
    const moved = await page.locator('.predict-marker').boundingBox();
    expect(Math.abs(moved.x + moved.width / 2 - left)).toBeLessThan(3);
    expect(takeProblems(page)).toEqual([]);
  });
});
