// The translation tables: complete, consistent, and used by the pages.
import { describe, expect, test } from '@jest/globals';
import fs from 'node:fs';
import {
  LANGUAGES,
  LANGUAGE_NAMES,
  TABLES,
  direction,
  isolateLeftToRight,
  localize,
  pickLanguage,
  placeholders,
} from '../../web/i18n.js';

const [english, ...others] = LANGUAGES;

describe('tables', () => {
  test('English and at least one more language', () => {
    expect(english).toBe('en');
    expect(others.length).toBeGreaterThanOrEqual(1);
  });

  test('every language the page offers has its table, and the page bundle carries English alone', async () => {
    expect(Object.keys((await import('../../web/i18n/tables.js')).default)).toEqual(LANGUAGES);
    expect(Object.keys((await import('../../web/i18n/tables-page.js')).default)).toEqual(['en']);
  });

  test('localize() of a language whose table is not at hand speaks English', () => {
    expect(localize('xx').lang).toBe('en');
    expect(localize('xx').t('language.legend')).toBe(TABLES.en['language.legend']);
  });

  test.each(others)('%s has exactly the English keys', (lang) => {
    const missing = Object.keys(TABLES.en).filter((key) => !(key in TABLES[lang]));
    const extra = Object.keys(TABLES[lang]).filter((key) => !(key in TABLES.en));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  test.each(LANGUAGES)('%s: no empty text, and the same {placeholders} as English', (lang) => {
    for (const [key, text] of Object.entries(TABLES[lang])) {
      expect(typeof text === 'string' && text.trim().length > 0 ? key : `${key} is empty`).toBe(key);
      if (key in TABLES.en) expect([key, placeholders(text)]).toEqual([key, placeholders(TABLES.en[key])]);
    }
  });

  // Each table is the union of nine part files (en.js): a key in two parts
  // would leave one text never shown.
  test.each(LANGUAGES)('%s: no key is in two of its part files', async (lang) => {
    const source = fs.readFileSync(new URL(`../../web/i18n/${lang}.js`, import.meta.url), 'utf8');
    const parts = [...source.matchAll(/^import \w+ from '(\.\/[^']+)';$/gm)].map((m) => m[1]);
    expect(parts.length).toBe(9);
    const seen = new Map();
    const twice = [];
    for (const part of parts) {
      const table = (await import(new URL(`../../web/i18n/${part}`, import.meta.url).href)).default;
      for (const key of Object.keys(table)) {
        if (seen.has(key)) twice.push(`${key}: ${seen.get(key)} and ${part}`);
        seen.set(key, part);
      }
    }
    expect(twice).toEqual([]);
  });

  test('every data-i18n key of the pages is in the tables', () => {
    for (const page of ['index.html', 'embed.html']) {
      const html = fs.readFileSync(new URL(`../../web/${page}`, import.meta.url), 'utf8');
      for (const [, key] of html.matchAll(/data-i18n="([^"]+)"/g))
        expect([page, key in TABLES.en]).toEqual([page, true]);
    }
  });

  test('every panel has a title, a heading and an introduction or table in every language', () => {
    for (const name of [
      'surprise',
      'coin',
      'extremes',
      'decomposition',
      'coding',
      'fits',
      'loss',
      'vae',
      'trust',
      'summary',
    ]) {
      for (const lang of LANGUAGES) expect(TABLES[lang][`${name}.title`]).toEqual(expect.any(String));
    }
  });
});

describe('localize', () => {
  test('numbers use the language’s decimal sign, lists its separator', () => {
    const de = localize('de');
    expect(String(de.amount(0.3250829733914482))).toBe('0,325');
    expect(String(de.info(Math.LN2, 'nats'))).toBe('0,693 nats');
    expect(String(de.amount(4e-12))).toBe('4,00 × 10⁻¹²');
    expect(String(de.number(-2.4921))).toBe('−2,492');
    expect(String(de.list([0.5, 0.25], de.probability))).toBe('[0,500; 0,250]');
    const en = localize('en');
    expect(String(en.list([0.5, 0.25], en.probability))).toBe('[0.500, 0.250]');
    expect(String(en.info(Infinity, 'bits'))).toBe('∞ bits');
  });

  test.each([
    // language, an amount, a list of probabilities: the decimal sign and the list separator
    ['fr', '0,325', /^\[0,500\u202f; 0,250\]$/],
    ['es', '0,325', /^\[0,500; 0,250\]$/],
    ['zh', '0.325', /^\[0\.500, 0\.250\]$/],
    ['ar', '0.325', /^\[0\.500، 0\.250\]$/],
  ])('%s writes numbers with Latin digits and its own decimal sign', (lang, amount, list) => {
    const L = localize(lang);
    expect(String(L.amount(0.3250829733914482))).toBe(amount);
    expect(String(L.list([0.5, 0.25], L.probability))).toMatch(list);
    expect(String(L.number(-2.4921))).toMatch(/^−2[.,]492$/);
  });

  test('Arabic is written right to left, the others left to right; every language has its own name', () => {
    expect(LANGUAGES.map(direction)).toEqual(LANGUAGES.map((lang) => (lang === 'ar' ? 'rtl' : 'ltr')));
    expect(Object.keys(LANGUAGE_NAMES)).toEqual(LANGUAGES);
  });

  test('right-to-left text keeps formulas and numbers in isolates, its markup untouched', () => {
    const show = (text) => text.replaceAll('\u2066', '⟨').replaceAll('\u2069', '⟩');
    expect(show(isolateLeftToRight('حيث 1 bit = ln 2 ≈ 0.693 nats.'))).toBe('حيث ⟨1 bit = ln 2 ≈ 0.693 nats⟩.');
    // A short run keeps to one line.
    expect(show(isolateLeftToRight('العملة (p = 0.500)، بوحدة'))).toBe('العملة ⟨(p\u00a0=\u00a00.500)⟩، بوحدة');
    expect(show(isolateLeftToRight('انظر [[nat|النات]] و[كيف](#computed) و $entropy$ و `x = 1`'))).toBe(
      'انظر [[nat|النات]] و[كيف](#computed) و $entropy$ و `x = 1`',
    );
    // Every Arabic text: the same links, glossary terms, formulas and code as before.
    const markup = (text) =>
      [...text.matchAll(/\[\[([\w-]+)|\]\(([^)]*)\)|\$([\w.-]+)\$|`([^`]*)`|\*\*/g)].map((m) => m[0]);
    for (const text of Object.values(TABLES.ar)) expect(markup(isolateLeftToRight(text))).toEqual(markup(text));
    // Formulas cut at a run's edge keep their brackets paired: none is isolated without its partner.
    expect(show(isolateLeftToRight('المسار (T → 0) إلى'))).toBe('المسار ⟨(T\u00a0→\u00a00)⟩ إلى');
    expect(show(isolateLeftToRight('بوحدة bits (اللوغاريتم للأساس 2)'))).toBe('بوحدة ⟨bits⟩ (اللوغاريتم للأساس ⟨2⟩)');
    expect(show(isolateLeftToRight('الحد E_q[log p(x | z)] يكافئ'))).toBe(
      'الحد ⟨E_q[log\u00a0p(x\u00a0|\u00a0z)]⟩ يكافئ',
    );
    const L = localize('ar');
    const anyNumber = new Proxy({}, { get: () => '0.5', has: () => true });
    for (const key of Object.keys(TABLES.ar)) {
      for (const [, run] of L.t(key, anyNumber).matchAll(/\u2066([^\u2069]*)\u2069/g)) {
        const count = (sign) => run.split(sign).length - 1;
        expect([key, run, count('(') - count(')'), count('[') - count(']')]).toEqual([key, run, 0, 0]);
      }
    }
    // Left-to-right languages are left as they are.
    expect(localize('fr').t('page.heading')).toBe(TABLES.fr['page.heading']);
  });

  test('fills placeholders and refuses a missing one', () => {
    const { t } = localize('en');
    expect(t('share.copied', { what: 'Link' })).toBe('Link copied to the clipboard.');
    expect(() => t('share.copied')).toThrow('i18n: "share.copied" needs {what}');
    expect(() => t('no.such.key')).toThrow('i18n: no text for "no.such.key"');
  });

  test('picks the requested language, else the browser’s, else English', () => {
    expect(pickLanguage('de', ['en-GB'])).toBe('de');
    expect(pickLanguage('xx', ['it-IT', 'de-AT'])).toBe('de');
    expect(pickLanguage(null, ['de-CH'])).toBe('de');
    expect(pickLanguage(null, ['zh-CN', 'en'])).toBe('zh');
    expect(pickLanguage(null, ['ar-EG'])).toBe('ar');
    expect(pickLanguage(null, ['fr-CA'])).toBe('fr');
    expect(pickLanguage(undefined, ['it'])).toBe('en');
  });
});
