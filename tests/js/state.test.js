// Panel state to and from text (URLs, attributes, saved JSON).
import { beforeAll, describe, expect, test } from '@jest/globals';
import { load } from '../../web/kernels.js';
import { localize } from '../../web/i18n.js';
import { noteText, parseHide, parseState, stateEntries } from '../../web/state.js';
import { PANELS } from '../../web/panels/index.js';

let api;
beforeAll(async () => {
  api = await load();
});

// A state unlike the defaults for every field of every panel.
const CHANGED = {
  surprise: { p: 0.9, p1: 0.1, p2: 0.3 },
  coin: { p: 0.123456789 },
  extremes: { P: [0.5, 0.25, 0.25], seed: 12 },
  decomposition: { P: [0.7, 0.2, 0.1], Q: [0.1, 0.1, 0.8], seed: 5 },
  fits: { weights: [0.3, 0.7], means: [-3, 2], sigmas: [0.6, 1.2], landscape: 'reverse' },
  coding: { P: [0.4, 0.3, 0.2, 0.1], Q: [0.1, 0.2, 0.3, 0.4], seed: 7 },
  loss: { logits: [1, 2], trueClass: 1, P: [0.25, 0.75], n: 50, seed: 9 },
  vae: { mu: -1.5, sigma: 0.1, mu2: 2, sigma2: 3 },
  trust: { piOld: [0.5, 0.5], advantages: [1, -1], alpha: 0.7, delta: 0.1, epsilon: 0.3, beta: 2, n: 99, seed: 4 },
  summary: { P: [0.5, 0.5], Q: [1, 0] },
};

describe('round trip', () => {
  test.each(Object.keys(PANELS))('%s: every field survives text and back', (name) => {
    const panel = PANELS[name];
    const state = { ...panel.defaults, ...CHANGED[name], units: 'bits' };
    const entries = stateEntries(panel, state);
    expect(entries.length).toBe(Object.keys(CHANGED[name]).length + 1);
    const { state: back, notes } = parseState(panel, entries, api);
    expect(notes).toEqual([]);
    expect(back).toEqual(state);
  });

  test('defaults leave nothing to write', () => {
    expect(stateEntries(PANELS.coin, PANELS.coin.defaults)).toEqual([]);
  });

  test('names match whatever their case (HTML lowercases attributes)', () => {
    const { state } = parseState(
      PANELS.decomposition,
      [
        ['p', '0.7,0.2,0.1'],
        ['Q', '0.2,0.2,0.6'],
      ],
      api,
    );
    expect(state.P).toEqual([0.7, 0.2, 0.1]);
    const { state: loss } = parseState(PANELS.loss, [['trueclass', '2']], api);
    expect(loss.trueClass).toBe(2);
  });
});

describe('bad values fall back to the defaults, with a note', () => {
  // Notes in English words.
  const parse = (panel, entries) => {
    const { state, notes } = parseState(PANELS[panel], entries, api);
    return { state, notes: notes.map((note) => noteText(localize('en'), note)) };
  };

  test.each([
    ['coin', 'p', '1.5', 'p: "1.5" is outside [0, 1]; using the default (0.5).'],
    ['coin', 'p', 'NaN', 'p: "NaN" is not a number; using the default (0.5).'],
    ['coin', 'p', '0x1p-1', 'p: "0x1p-1" is not a number; using the default (0.5).'],
    ['coin', 'p', '', 'p: "" is not a number; using the default (0.5).'],
    ['coin', 'units', 'bytes', 'units: "bytes" is not one of nats, bits; using the default (nats).'],
    ['loss', 'n', '10.5', 'n: "10.5" is not a whole number; using the default (1000).'],
    ['decomposition', 'P', '0.5,0.6', 'P: "0.5,0.6" is not a list of probabilities summing to 1; using the default'],
    ['decomposition', 'P', '1', 'P: "1" has 1 values, not 2 to 10; using the default (0.4, 0.3, 0.2, 0.1).'],
    ['fits', 'means', '-3,x', 'means: value 2, "x", is not a number in [-5, 5]; using the default (-2.5, 2.5).'],
  ])('%s %s=%s', (panel, key, text, note) => {
    const { state, notes } = parse(panel, [[key, text]]);
    expect(state[key]).toEqual(PANELS[panel].defaults[key]);
    expect(notes).toHaveLength(1);
    expect(notes[0].startsWith(note)).toBe(true);
  });

  test('hostile text is quoted, shortened and never parsed', () => {
    const hostile = '<img src=x onerror=alert(1)>'.repeat(5);
    const { state, notes } = parse('surprise', [['p', hostile]]);
    expect(state.p).toBe(PANELS.surprise.defaults.p);
    expect(notes[0]).toBe(
      `p: ${JSON.stringify(hostile.slice(0, 40) + '…')} is not a number; using the default (0.25).`,
    );
  });

  test('fields that disagree fall back together', () => {
    const { state, notes } = parse('decomposition', [
      ['P', '0.5,0.5'],
      ['Q', '0.2,0.3,0.5'],
    ]);
    expect(state.P).toEqual(PANELS.decomposition.defaults.P);
    expect(state.Q).toEqual(PANELS.decomposition.defaults.Q);
    expect(notes).toEqual(['The lists P, Q have different lengths; using their defaults.']);
    const loss = parse('loss', [['trueClass', '4']]);
    expect(loss.notes).toEqual(['trueClass is not one of the classes; using the defaults for logits, P, trueClass.']);
  });

  test('unknown names are ignored', () => {
    expect(
      parse('coin', [
        ['panel', 'coin'],
        ['whatever', '1'],
      ]),
    ).toEqual({ state: PANELS.coin.defaults, notes: [] });
  });
});

describe('hide', () => {
  test('keeps known groups and notes the rest', () => {
    expect(parseHide('units, presets')).toEqual({ hide: ['units', 'presets'], notes: [] });
    const { hide, notes } = parseHide('units,<b>');
    expect(hide).toEqual(['units']);
    expect(notes.map((note) => noteText(localize('en'), note))).toEqual([
      'hide: "<b>" is not one of title, units, presets, controls, share, notes, checks; ignored.',
    ]);
    expect(parseHide(null)).toEqual({ hide: [], notes: [] });
  });
});
