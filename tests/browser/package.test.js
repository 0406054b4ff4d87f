// The npm package as its users get it: `npm pack` makes a tarball of only
// what they need; installed into an empty folder, its "exports" load the API
// in Node and in a page, define <info-widget>, and give an anywidget module
// whose model and panel stay in step both ways (Jupyter, marimo and MyST load
// such a module with a model like the one here; no notebook runs on this machine).
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../scripts/run.js';
import { answerQuestions, launch, openPage, serveTempDir, takeProblems, waitUntil } from './harness.js';

const NPM_MS = 120000;

function npm(args, cwd) {
  const out = spawnSync('npm', args, { cwd, encoding: 'utf8', timeout: NPM_MS });
  if (out.error) throw new Error(`npm ${args.join(' ')} (waited at most ${NPM_MS} ms): ${out.error.message}`);
  if (out.status !== 0) throw new Error(`npm ${args.join(' ')} exited ${out.status}: ${out.stderr}`);
  return out.stdout;
}

let env;
let site;
let packed;
let installed;
let exportsMap;
beforeAll(async () => {
  env = await launch();
  site = await serveTempDir('infotheory-package-', (dir) => {
    packed = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', dir], ROOT))[0];
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'course', private: true }));
    // A tarball with no dependencies installs without the registry.
    npm(['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', `./${packed.filename}`], dir);
    installed = path.join(dir, 'node_modules', 'infotheory-widget');
    exportsMap = JSON.parse(fs.readFileSync(path.join(installed, 'package.json'), 'utf8')).exports;
    // A page that resolves the package's names as a bundler would, from its "exports".
    const at = (target) => `/node_modules/infotheory-widget/${target.replace(/^\.\//, '')}`;
    const imports = {
      'infotheory-widget': at(exportsMap['.'].default),
      'infotheory-widget/element': at(exportsMap['./element'].default),
      'infotheory-widget/anywidget': at(exportsMap['./anywidget'].default),
    };
    fs.writeFileSync(
      path.join(dir, 'course.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A course page</title>
<link rel="icon" href="data:,">
<script type="importmap">${JSON.stringify({ imports })}</script>
<script type="module" src="course.js"></script></head><body><div id="cell"></div></body></html>`,
    );
    fs.writeFileSync(
      path.join(dir, 'course.js'),
      `import { load } from 'infotheory-widget';
import widget from 'infotheory-widget/anywidget';
window.api = await load();
window.widget = widget;
window.loaded = true;
`,
    );
  });
}, 4 * NPM_MS);
afterAll(async () => {
  await site?.close();
  await env?.close();
});

describe('npm pack', () => {
  test('the tarball holds the modules, their declarations, the kernels, the licence and the README, nothing else', () => {
    expect(packed.files.map((f) => f.path).sort()).toEqual([
      'LICENSE',
      'README.md',
      'dist/npm/index.js',
      'dist/npm/index.node.js',
      'dist/npm/infotheory.wasm',
      'dist/npm/widget.js',
      'package.json',
      'types/index.d.ts',
      'types/widget.d.ts',
    ]);
    // Everything the modules need is inside them: installing adds no other package.
    expect(fs.readdirSync(path.join(installed, '..')).filter((name) => !name.startsWith('.'))).toEqual([
      'infotheory-widget',
    ]);
  });

  test('every export names a file that is in the package', () => {
    const targets = Object.values(exportsMap).flatMap((target) =>
      typeof target === 'string' ? [target] : Object.values(target),
    );
    for (const target of targets) expect([target, fs.existsSync(path.join(installed, target))]).toEqual([target, true]);
  });
});

describe('installed into an empty folder', () => {
  test('Node loads the API by the package’s name and computes', () => {
    const script = `import { load } from 'infotheory-widget';
const it = await load();
const out = { h: it.entropy([0.25, 0.25, 0.5], { units: 'bits' }), kl: it.klDivergence([0.5, 0.5], [0.9, 0.1]) };
try { it.entropy([0.5, 0.6]); } catch (error) { out.error = error.message; }
out.handlers = process.listenerCount('uncaughtException') + process.listenerCount('unhandledRejection');
console.log(JSON.stringify(out));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: path.dirname(path.dirname(installed)),
      encoding: 'utf8',
      timeout: 30000,
    });
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout);
    expect(out.h).toBeCloseTo(1.5, 14);
    expect(out.kl).toBeCloseTo(0.5 * Math.log(0.5 / 0.9) + 0.5 * Math.log(0.5 / 0.1), 14);
    expect(out.error).toMatch(/^entropy: P sums to 1\.1/);
    // A library leaves the host program's error handling alone.
    expect(out.handlers).toBe(0);
  });

  describe('in a page', () => {
    let page;
    beforeAll(async () => {
      page = await openPage(env.browser, `${site.url}course.html`, {}, { ready: null });
      await waitUntil(page, 'the package’s modules to load', () => window.loaded === true);
    });

    test('the API computes in the browser, the kernels fetched from beside the module', async () => {
      expect(await page.evaluate(() => window.api.binaryEntropy(0.9))).toBeCloseTo(
        -(0.9 * Math.log(0.9) + 0.1 * Math.log(0.1)),
        14,
      );
      expect(page.requests).toContain(`${site.url}node_modules/infotheory-widget/dist/npm/infotheory.wasm`);
      expect(takeProblems(page)).toEqual([]);
    });

    test('the anywidget module shows the model’s panel, and the model and the panel stay in step', async () => {
      // A model as anywidget hands one to render(): get, set (telling the
      // listeners of that field, as Backbone does), save_changes, on, off.
      await page.evaluate(() => {
        const values = { panel: 'coin', state: { p: 0.9, units: 'bits' }, lang: 'de', theme: 'dark', hide: '' };
        const listeners = new Map();
        window.saved = 0;
        window.model = {
          get: (key) => values[key],
          set(key, value) {
            values[key] = value;
            for (const f of listeners.get(`change:${key}`) ?? []) f();
          },
          save_changes: () => (window.saved += 1),
          on: (event, f) => listeners.set(event, [...(listeners.get(event) ?? []), f]),
          off: (event, f) =>
            listeners.set(
              event,
              (listeners.get(event) ?? []).filter((g) => g !== f),
            ),
          listening: () => [...listeners.values()].reduce((n, list) => n + list.length, 0),
        };
        window.cleanup = window.widget.render({ model: window.model, el: document.getElementById('cell') });
      });
      const widget = page.locator('#cell info-widget');
      await waitUntil(page, 'the model to receive the panel’s state', () => window.saved > 0);
      // The model now holds the whole state; the panel took the model's.
      expect(await page.evaluate(() => window.model.get('state'))).toMatchObject({ p: 0.9, units: 'bits' });
      await answerQuestions(page);
      // German, as the model asked (the package carries every language), in the dark theme.
      expect(await page.evaluate(() => document.querySelector('#cell info-widget').shadowRoot.textContent)).toContain(
        'Einheit',
      );
      expect(await widget.locator('[data-readout="coin-value"]').innerText()).toBe(
        'H(0,900) = 0,469 bits = 0,325 nats',
      );

      // The reader moves the slider: the model hears of it.
      const saved = await page.evaluate(() => window.saved);
      await widget.locator('input[type=range]').first().fill('0.5');
      await waitUntil(page, 'the model to receive the new p', (n) => window.saved > n, saved);
      expect(await page.evaluate(() => window.model.get('state').p)).toBe(0.5);

      // The notebook sets the state: the panel follows, without sending it back as new.
      const before = await page.evaluate(() => {
        window.model.set('state', { ...window.model.get('state'), p: 0.1 });
        return window.saved;
      });
      await waitUntil(
        page,
        'the panel to take p = 0.1',
        () => document.querySelector('#cell info-widget').state?.p === 0.1,
      );
      expect(await page.evaluate(() => window.model.get('state').p)).toBe(0.1);
      await waitUntil(page, 'the readout to show H(0,100)', () =>
        document
          .querySelector('#cell info-widget')
          .shadowRoot.querySelector('[data-readout="coin-value"]')
          ?.textContent.startsWith('H(0,100) = 0,469 bits'),
      );

      expect(await page.evaluate(() => window.saved)).toBe(before);

      // Another panel from the model.
      await page.evaluate(() => window.model.set('panel', 'surprise'));
      await waitUntil(
        page,
        'the model to receive the surprise panel’s state',
        () => 'p1' in (window.model.get('state') ?? {}),
      );

      // The cleanup removes the element and every listener it added to the model.
      await page.evaluate(() => window.cleanup());
      expect(
        await page.evaluate(() => [document.querySelector('#cell info-widget'), window.model.listening()]),
      ).toEqual([null, 0]);
      expect(takeProblems(page)).toEqual([]);
    });
  });
});
