// The translation tables: complete, consistent, and used by the pages.
import { describe, expect, test } from '@jest/globals';
import fs from 'node:fs';
import { LANGUAGES, TABLES, localize, pickLanguage, placeholders } from '../../web/i18n.js';

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
    expect(localize('xx').t('language.en')).toBe(TABLES.en['language.en']);
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

  test('fills placeholders and refuses a missing one', () => {
    const { t } = localize('en');
    expect(t('share.copied', { what: 'Link' })).toBe('Link copied to the clipboard.');
    expect(() => t('share.copied')).toThrow('i18n: "share.copied" needs {what}');
    expect(() => t('no.such.key')).toThrow('i18n: no text for "no.such.key"');
  });

  test('picks the requested language, else the browser’s, else English', () => {
    expect(pickLanguage('de', ['en-GB'])).toBe('de');
    expect(pickLanguage('xx', ['fr-FR', 'de-AT'])).toBe('de');
    expect(pickLanguage(null, ['de-CH'])).toBe('de');
    expect(pickLanguage(undefined, ['fr'])).toBe('en');
  });
});
