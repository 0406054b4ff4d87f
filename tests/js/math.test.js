// Typeset math (web/math/): the committed rendered.js is what scripts/math.js
// makes of formulas.js now (a stale file or a formula temml cannot read fails
// here), the trees carry nothing a strict CSP blocks, the page's rich texts
// name formulas that exist; mathElement/fillMath on a minimal DOM; and the
// derivations' kernels (jensenPoints, logCurve, logLikelihood) against the
// plain sums of their definitions.
import fs from 'node:fs';
import { beforeAll, describe, expect, test } from '@jest/globals';
import { FORMULAS } from '../../web/math/formulas.js';
import RENDERED from '../../web/math/rendered.js';
import { fillMath, formulaNames, liveSlots, mathElement } from '../../web/math/index.js';
import { RENDERED as RENDERED_PATH, renderFormula, renderedModule, typesetHtml } from '../../scripts/math.js';
import { TABLES } from '../../web/i18n.js';
import { load } from '../../web/kernels.js';

let api;
beforeAll(async () => {
  api = await load();
});

describe('rendered formulas', () => {
  test('web/math/rendered.js is up to date with formulas.js (run node scripts/math.js)', () => {
    expect(fs.readFileSync(RENDERED_PATH, 'utf8')).toBe(renderedModule());
  });

  test('a formula temml cannot read fails the build', () => {
    expect(() => renderFormula('broken', String.raw`\frac{1}{`)).toThrow();
    expect(() => renderedModule({ broken: String.raw`\notacommand{x}` })).toThrow();
  });

  test('every formula is there, and the page states each of the reading’s formulas', () => {
    expect(formulaNames().sort()).toEqual(Object.keys(FORMULAS).sort());
    for (const name of [
      'surprise',
      'entropy',
      'crossEntropy',
      'kl',
      'decomposition',
      'binaryEntropy',
      'temperature',
      'gaussianKl',
      'vaeKl',
      'softmaxLoss',
      'trpo',
      'ppoClip',
    ])
      expect(FORMULAS[name]).toEqual(expect.any(String));
  });

  test('no style attributes (CSP), only series and MathML classes, live slots are <mn>', () => {
    const classes = new Set();
    const walk = (node) => {
      if (typeof node === 'string') return;
      const [tag, attributes, ...children] = node;
      expect(attributes).not.toHaveProperty('style');
      for (const name of Object.keys(attributes)) expect(name).not.toMatch(/^on/i);
      if (attributes.class) attributes.class.split(' ').forEach((c) => classes.add(c));
      if (attributes['data-live']) expect(tag).toBe('mn');
      children.forEach(walk);
    };
    for (const [inline, display] of Object.values(RENDERED)) {
      walk(inline);
      if (display) walk(display);
    }
    // The series colours, and temml's own hints (spacing of accents, script letters), harmless without its CSS.
    const series = [...classes].filter((c) => c.startsWith('series-')).sort();
    expect(series).toEqual(['series-ce', 'series-h', 'series-kl', 'series-p', 'series-q']);
    for (const c of classes) expect(['chr-med', 'mathcal', 'wbk-med-acc', ...series]).toContain(c);
  });

  test('the terms are coloured as their chart series', () => {
    // H(P) in the entropy colour, with P in P's colour inside.
    const entropy = JSON.stringify(RENDERED.entropy[0]);
    expect(entropy).toContain('"class":"series-h"');
    expect(entropy).toContain('"class":"series-p"');
    expect(JSON.stringify(RENDERED.decomposition[0])).toMatch(/series-ce[\s\S]*series-h[\s\S]*series-kl/);
  });

  test('the rich texts of every language name formulas that exist and have no live numbers', () => {
    for (const [lang, table] of Object.entries(TABLES)) {
      for (const [key, text] of Object.entries(table)) {
        for (const [, name] of String(text).matchAll(/\$([\w.-]+)\$/g)) {
          expect(`${lang} ${key}: ${name} ${name in FORMULAS}`).toBe(`${lang} ${key}: ${name} true`);
          expect(liveSlots(name)).toEqual([]);
        }
      }
    }
  });
});

/** Just enough DOM for mathElement and fillMath. */
function fakeDocument() {
  class Node {
    constructor(tag, text) {
      Object.assign(this, { tag, text, children: [], attributes: {} });
    }
    setAttribute(name, value) {
      this.attributes[name] = String(value);
    }
    getAttribute(name) {
      return this.attributes[name] ?? null;
    }
    append(child) {
      this.children.push(child);
    }
    get textContent() {
      return this.tag === '#text' ? this.text : this.children.map((c) => c.textContent).join('');
    }
    set textContent(text) {
      this.children = [new Node('#text', text)];
    }
    querySelectorAll(selector) {
      const name = selector.match(/^\[([\w-]+)\]$/)[1];
      const found = [];
      const walk = (n) => {
        for (const c of n.children) {
          if (c.attributes && name in c.attributes) found.push(c);
          walk(c);
        }
      };
      walk(this);
      return found;
    }
  }
  return {
    createElementNS: (ns, tag) => Object.assign(new Node(tag), { namespace: ns }),
    createTextNode: (text) => new Node('#text', text),
  };
}

describe('formulas in the page source, typeset at build time', () => {
  const html = fs.readFileSync(new URL('../../web/index.html', import.meta.url), 'utf8');
  test('every $name$ in index.html is a formula without live slots, and the intros use some', () => {
    const names = [...html.matchAll(/\$([\w.-]+)\$/g)].map((m) => m[1]);
    expect(names).toEqual(expect.arrayContaining(['surprise', 'entropy', 'crossEntropy', 'kl']));
    for (const name of names) {
      expect(formulaNames()).toContain(name);
      expect(liveSlots(name)).toEqual([]);
    }
  });
  test('typesetHtml puts MathML (no style attributes) in place of each known token and leaves others', () => {
    const out = typesetHtml('<p>the entropy $entropy$, a price of $5 and $nope$.</p>');
    expect(out).toMatch(
      /^<p>the entropy <math data-formula="entropy"><mrow>.*<\/math>, a price of \$5 and \$nope\$\.<\/p>$/,
    );
    expect(out).not.toMatch(/style=/);
    expect(out).toContain('class="series-h"');
    expect(typesetHtml(html)).not.toMatch(/\$(surprise|entropy|crossEntropy|kl)\$/);
  });
});

describe('mathElement and fillMath', () => {
  test('builds a MathML <math> element, inline or as a block', () => {
    const document = fakeDocument();
    const inline = mathElement('crossEntropy', { document });
    expect(inline.tag).toBe('math');
    expect(inline.namespace).toBe('http://www.w3.org/1998/Math/MathML');
    expect(inline.getAttribute('display')).toBeNull();
    expect(inline.getAttribute('data-formula')).toBe('crossEntropy');
    expect(inline.textContent).toContain('∑');
    expect(mathElement('crossEntropy', { document, display: true }).getAttribute('display')).toBe('block');
    expect(() => mathElement('noSuchFormula', { document })).toThrow('no formula');
  });

  test('fills every live slot, and refuses to leave one empty', () => {
    const document = fakeDocument();
    const element = mathElement('derive.split.5', { document });
    expect(liveSlots('derive.split.5').sort()).toEqual(['ce', 'h', 'kl']);
    fillMath(element, { ce: '1.280', h: '1.175', kl: '0.105' });
    const text = element.textContent;
    expect(text).toContain('1.280');
    expect(text).toContain('1.175');
    expect(text).toContain('0.105');
    expect(() => fillMath(element, { ce: '1' })).toThrow('no value for slot');
  });
});

describe('derivation kernels', () => {
  test('jensenPoints: the points, weights and means of the definitions', () => {
    const P = [0.1, 0.2, 0, 0.3, 0.4];
    const Q = [0.3, 0.1, 0.2, 0.2, 0.2];
    for (const units of ['nats', 'bits']) {
      const log = units === 'bits' ? Math.log2 : Math.log;
      const r = api.jensenPoints(P, Q, { units });
      expect(Array.from(r.indices)).toEqual([0, 1, 3, 4]);
      const support = [0, 1, 3, 4];
      support.forEach((i, j) => {
        expect(r.xs[j]).toBeCloseTo(Q[i] / P[i], 14);
        expect(r.logs[j]).toBeCloseTo(log(Q[i] / P[i]), 14);
        expect(r.weights[j]).toBe(P[i]);
      });
      const kl = support.reduce((s, i) => s + P[i] * log(P[i] / Q[i]), 0);
      expect(r.meanLog).toBeCloseTo(-kl, 14);
      expect(r.meanX).toBeCloseTo(0.8, 14); // Σ over P > 0 of Q
      expect(r.logMean).toBeCloseTo(log(0.8), 14);
      expect(r.meanLog).toBeLessThanOrEqual(r.logMean);
    }
    expect(() => api.jensenPoints([0.5, 0.5], [1])).toThrow(/^jensenPoints: P and Q have different lengths/);
  });

  test('logCurve and logLikelihood', () => {
    const { x, y } = api.logCurve({ lo: 0.5, hi: 2, points: 4 });
    expect(Array.from(x)).toEqual([0.5, 1, 1.5, 2]);
    x.forEach((v, i) => expect(y[i]).toBeCloseTo(Math.log(v), 15));
    expect(() => api.logCurve({ lo: 0, hi: 1 })).toThrow(/^logCurve: lo = 0/);
    expect(api.logLikelihood([3, 0, 2], [0.5, 0.25, 0.25])).toBeCloseTo(3 * Math.log(0.5) + 2 * Math.log(0.25), 14);
    expect(api.logLikelihood([1, 1], [1, 0])).toBe(-Infinity);
    expect(() => api.logLikelihood([-1, 1], [0.5, 0.5])).toThrow(/counts\[0\] = -1 is negative/);
  });
});
