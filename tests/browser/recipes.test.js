// The README's embedding recipes, each taken from the README itself (the
// block after its <!-- recipe: name --> line), turned into HTML by the host's
// own tool where this machine has it (mkdocs with Material, pandoc for
// Quarto, reveal.js), with https://example.org/info/ pointing at the built
// site, and loaded in Chromium: the panel starts and computes there.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../scripts/run.js';
import { answerQuestions, bounded, launch, openPage, serveTempDir, takeProblems, waitUntil } from './harness.js';

const TOOL_MS = 120000;
const README = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');

/** The body of the fenced block after `<!-- recipe: name -->` in the README. */
function recipe(name) {
  const at = README.indexOf(`<!-- recipe: ${name} -->`);
  if (at < 0) throw new Error(`README has no recipe "${name}"`);
  const block = README.slice(at).match(/\n(`{3,})[^\n]*\n([\s\S]*?)\n\1\n/);
  if (!block) throw new Error(`README: no code block after the recipe "${name}"`);
  return block[2];
}

function tool(command, args, cwd) {
  const out = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: TOOL_MS });
  if (out.error) throw new Error(`${command} ${args.join(' ')} (waited at most ${TOOL_MS} ms): ${out.error.message}`);
  if (out.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${out.status}: ${out.stderr}`);
  return out.stdout;
}

const page = (head, body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A course page</title><link rel="icon" href="data:,">${head}</head><body>${body}</body></html>`;

let env;
let host;
let at; // a recipe's text with the example site replaced by ours
beforeAll(async () => {
  env = await launch();
  at = (text) => text.replaceAll('https://example.org/info/', env.url);
  // The package's module beside the course pages, as the MyST and notebook recipes say.
  host = await serveTempDir('infotheory-recipes-', (dir) => {
    fs.mkdirSync(path.join(dir, 'npm'));
    fs.copyFileSync(path.join(ROOT, 'dist', 'npm', 'widget.js'), path.join(dir, 'npm', 'widget.js'));
  });
}, 30000);
afterAll(async () => {
  await host?.close();
  await env?.close();
});

/** Waits until the <info-widget> matching `selector` in `frame` shows readout `name`; returns its text. */
async function widgetReadout(frame, selector, name) {
  await answerQuestionsIn(frame);
  const readout = await bounded(`the ${name} readout of ${selector}`, (ms) =>
    frame.waitForFunction(
      ([sel, key]) => document.querySelector(sel)?.shadowRoot?.querySelector(`[data-readout="${key}"]`)?.textContent,
      [selector, name],
      { timeout: ms },
    ),
  );
  return readout.jsonValue();
}

async function answerQuestionsIn(frame) {
  await bounded('an <info-widget> to start', (ms) =>
    frame.waitForFunction(() => document.querySelector('info-widget')?.state, null, { timeout: ms }),
  );
  await answerQuestions(frame);
}

describe('LMS pages (Moodle Page or Label, Canvas Page): the iframe, no script', () => {
  test('the panel starts in the frame and computes; its controls stay reachable inside the height given', async () => {
    fs.writeFileSync(path.join(host.dir, 'lms.html'), page('', `<h1>Week 3</h1>${at(recipe('iframe'))}`));
    const p = await openPage(env.browser, `${host.url}lms.html`, {}, { ready: null });
    const frame = await bounded('the recipe iframe', async () => (await p.waitForSelector('iframe')).contentFrame());
    await bounded('the embedded panel to be ready', (ms) =>
      frame.waitForSelector('html[data-ready="true"]', { timeout: ms }),
    );
    await answerQuestions(frame);
    expect(await frame.locator('[data-readout="decomposition-sum"]').innerText()).toMatch(
      /^H\(P\) \+ D\(P‖Q\) = .* bits/,
    );
    // The frame is the height the recipe says; what does not fit scrolls inside it.
    expect(await p.$eval('iframe', (f) => f.getBoundingClientRect().height)).toBe(900);
    expect(takeProblems(p)).toEqual([]);
  });
});

describe('MkDocs Material', () => {
  test('mkdocs build: the panel starts on its page, loaded directly and after instant navigation', async () => {
    const dir = path.join(host.dir, 'mkdocs');
    fs.mkdirSync(path.join(dir, 'docs'), { recursive: true });
    const config = at(recipe('mkdocs.yml'));
    fs.writeFileSync(
      path.join(dir, 'mkdocs.yml'),
      `site_name: Information theory\nsite_url: ${host.url}mkdocs/site/\nuse_directory_urls: false\n` +
        'theme:\n  name: material\n  font: false\n  features:\n    - navigation.instant\n' +
        config,
    );
    fs.writeFileSync(path.join(dir, 'docs', 'index.md'), '# Week 3\n\nRead [the fits](fits.md) next.\n');
    fs.writeFileSync(path.join(dir, 'docs', 'fits.md'), `# Forward and reverse KL\n\n${recipe('mkdocs.md')}\n`);
    tool('mkdocs', ['build', '--quiet', '--config-file', 'mkdocs.yml', '--site-dir', 'site'], dir);
    const built = fs.readFileSync(path.join(dir, 'site', 'fits.html'), 'utf8');
    expect(built).toContain(`<script src="${env.url}infotheory.js"></script>`);
    expect(built).toContain('<info-widget panel="fits" means="-3,3" sigmas="0.7,0.7"></info-widget>');

    const direct = await openPage(env.browser, `${host.url}mkdocs/site/fits.html`, {}, { ready: null });
    expect(await widgetReadout(direct, 'info-widget', 'fits-forward')).toMatch(/\d/);
    expect(await direct.evaluate(() => document.querySelector('info-widget').state.means)).toEqual([-3, 3]);

    // Instant navigation swaps the page's content without loading the scripts again.
    const p = await openPage(env.browser, `${host.url}mkdocs/site/index.html`, {}, { ready: null });
    await bounded('Material to load', (ms) => p.waitForFunction(() => window.document$, null, { timeout: ms }));
    await p.getByRole('link', { name: 'the fits' }).click();
    expect(await widgetReadout(p, 'info-widget', 'fits-forward')).toMatch(/\d/);
    expect(p.requests.filter((url) => url === `${env.url}infotheory.js`)).toHaveLength(1);
  });
});

describe('Quarto (its engine, pandoc)', () => {
  test('the raw HTML block passes through and the panel computes', async () => {
    const dir = path.join(host.dir, 'quarto');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'week3.qmd'), `# Week 3\n\nA biased coin:\n\n${at(recipe('quarto'))}\n`);
    // (The icon line only keeps Chromium from asking for a /favicon.ico that is not there.)
    fs.writeFileSync(path.join(dir, 'head.html'), '<link rel="icon" href="data:,">\n');
    tool(
      'pandoc',
      [
        '--standalone',
        '--metadata',
        'title=Week 3',
        '--include-in-header',
        'head.html',
        'week3.qmd',
        '-o',
        'week3.html',
      ],
      dir,
    );
    const p = await openPage(env.browser, `${host.url}quarto/week3.html`, {}, { ready: null });
    expect(await widgetReadout(p, 'info-widget', 'coin-value')).toBe('H(0.900) = 0.469 bits = 0.325 nats');
    expect(takeProblems(p)).toEqual([]);
  });
});

describe('Jupyter Book 2 / MyST', () => {
  test('the anywidget directive’s module and body: the panel shows the body’s state', async () => {
    const [, url, body] = recipe('myst').match(/^```\{anywidget\} (\S+)\n([\s\S]*)\n```$/);
    const model = JSON.parse(body);
    fs.writeFileSync(
      path.join(host.dir, 'myst.html'),
      page('<script type="module" src="myst.js"></script>', '<article><div id="widget"></div></article>'),
    );
    // As the MyST theme does: import the module, render it with a model holding the body's values.
    fs.writeFileSync(
      path.join(host.dir, 'myst.js'),
      `import widget from ${JSON.stringify(url.replace('https://example.org/info/', host.url))};
const values = ${JSON.stringify(model)};
const model = { get: (k) => values[k], set: (k, v) => (values[k] = v), save_changes() {}, on() {}, off() {} };
widget.render({ model, el: document.getElementById('widget') });
`,
    );
    const p = await openPage(env.browser, `${host.url}myst.html`, {}, { ready: null });
    const sum = await widgetReadout(p, 'info-widget', 'decomposition-sum');
    expect(sum).toMatch(/^H\(P\) \+ D\(P‖Q\) = /);
    expect(await p.evaluate(() => Array.from(document.querySelector('info-widget').state.P))).toEqual(model.state.P);
    expect(takeProblems(p)).toEqual([]);
  });
});

describe('reveal.js', () => {
  test('the panel on its slide computes, and its keys move its controls, not the slides', async () => {
    const dir = path.join(host.dir, 'deck');
    fs.cpSync(path.join(ROOT, 'node_modules', 'reveal.js', 'dist'), path.join(dir, 'reveal'), { recursive: true });
    const snippet = at(recipe('revealjs'));
    const scripts = snippet.match(/<script[^>]*><\/script>/g).join('\n');
    const section = snippet.replace(/<script[^>]*><\/script>\n?/g, '');
    fs.writeFileSync(
      path.join(dir, 'index.html'),
      page(
        `<link rel="stylesheet" href="reveal/reveal.css"><link rel="stylesheet" href="reveal/theme/white.css">${scripts}`,
        `<div class="reveal"><div class="slides"><section><h1>Week 3</h1></section>${section}</div></div>
<script src="reveal/reveal.js"></script><script src="deck.js"></script>`,
      ),
    );
    fs.writeFileSync(
      path.join(dir, 'deck.js'),
      'Reveal.initialize({ hash: true }).then(() => (window.deckReady = true));\n',
    );
    const p = await openPage(env.browser, `${host.url}deck/index.html#/1`, {}, { ready: null });
    await waitUntil(p, 'reveal.js to start', () => window.deckReady === true);
    expect(await p.evaluate(() => Reveal.getIndices().h)).toBe(1);
    expect(await widgetReadout(p, 'info-widget', 'fits-forward')).toMatch(/\d/);
    // A slider of the panel, focused, and the right arrow: the slider moves, the deck stays.
    const slider = p.locator('info-widget').getByRole('slider', { name: 'Mean of mode 1', exact: true });
    const before = await slider.inputValue();
    await slider.focus();
    await p.keyboard.press('ArrowRight');
    expect(await slider.inputValue()).not.toBe(before);
    expect(await p.evaluate(() => Reveal.getIndices().h)).toBe(1);
    // Outside the widget the arrows are the deck's again.
    await p.evaluate(() => document.activeElement.blur());
    await p.keyboard.press('ArrowLeft');
    await waitUntil(p, 'the deck to go back to slide 0', () => Reveal.getIndices().h === 0);
    expect(takeProblems(p)).toEqual([]);
  });
});

describe('a notebook (anywidget)', () => {
  test('the Python class’s traits are the model fields the module reads, and its _esm is in the package', async () => {
    const python = recipe('notebook');
    const traits = [...python.matchAll(/^ {4}(\w+) = traitlets\.\w+\(/gm)].map((m) => m[1]).sort();
    const esm = python.match(/_esm = pathlib\.Path\("node_modules\/infotheory-widget\/([^"]+)"\)/)[1];
    expect(fs.existsSync(path.join(ROOT, esm))).toBe(true);
    expect(JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).files).toContain(
      `${path.dirname(esm)}/`,
    );
    // The fields the module asks its model for, recorded by a model that remembers every get().
    fs.writeFileSync(
      path.join(host.dir, 'notebook.html'),
      page('<script type="module" src="notebook.js"></script>', '<div id="out"></div>'),
    );
    const [, panel, state] = python.match(/InfoWidget\(panel="(\w+)", state=(\{[^}]*\})\)/);
    fs.writeFileSync(
      path.join(host.dir, 'notebook.js'),
      `import widget from '${host.url}npm/widget.js';
const values = { panel: ${JSON.stringify(panel)}, state: ${state}, lang: '', theme: '', hide: '' };
window.read = new Set();
const model = { get: (k) => (window.read.add(k), values[k]), set: (k, v) => (values[k] = v), save_changes() {}, on() {}, off() {} };
widget.render({ model, el: document.getElementById('out') });
`,
    );
    const p = await openPage(env.browser, `${host.url}notebook.html`, {}, { ready: null });
    expect(await widgetReadout(p, 'info-widget', 'coin-value')).toMatch(/^H\(0\.900\) = 0\.325 nats/);
    expect(await p.evaluate(() => [...window.read].sort())).toEqual(traits);
  });
});
