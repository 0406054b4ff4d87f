// The page's words in every language it speaks. All user-visible text lives
// in one table per language (i18n/en.js, i18n/de.js, same keys); panels get
// a `localize(lang)` bundle of the translator and number formats.
import en from './i18n/en.js';
import de from './i18n/de.js';
import { formatAmount, formatInfo, formatNumber, formatProbability, localized, logTickLabel } from './format.js';

export const TABLES = { en, de };
export const LANGUAGES = Object.keys(TABLES);

/** Whether `tag` ("de", "de-CH", "EN") names a language we speak. */
export function speaks(tag) {
  return LANGUAGES.includes(
    String(tag ?? '')
      .toLowerCase()
      .split('-')[0],
  );
}

/**
 * The language to use: the one asked for (?lang=, lang="…") if we speak it,
 * else the first of the browser's preferred languages we speak, else English.
 */
export function pickLanguage(requested, preferred = []) {
  for (const tag of [requested, ...preferred]) {
    const base = String(tag ?? '')
      .toLowerCase()
      .split('-')[0];
    if (LANGUAGES.includes(base)) return base;
  }
  return 'en';
}

/** The placeholders ("{p}", "{units}") a text uses, sorted. */
export function placeholders(text) {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
}

/** `text` with each {name} replaced by params[name] (which must exist). */
function fill(key, text, params) {
  return text.replace(/\{(\w+)\}/g, (_, name) => {
    if (!(name in params)) throw new Error(`i18n: "${key}" needs {${name}}`);
    return String(params[name]);
  });
}

const cache = new Map();

/**
 * Everything a panel needs to speak `lang`: t(key, params) and number
 * formats with the language's decimal sign.
 */
export function localize(lang = 'en') {
  if (cache.has(lang)) return cache.get(lang);
  const table = TABLES[lang] ?? TABLES.en;
  // A key missing from a table falls back to English (the tests make sure
  // none is); one missing from English too is a programming error.
  const t = (key, params = {}) => {
    const text = table[key] ?? TABLES.en[key];
    if (typeof text !== 'string') throw new Error(`i18n: no text for "${key}"`);
    return fill(key, text, params);
  };
  const bundle = {
    lang,
    t,
    amount: (x) => formatAmount(x, lang),
    info: (x, units) => formatInfo(x, units, lang),
    probability: (p) => formatProbability(p, lang),
    number: (x, digits = 3) => formatNumber(x, digits, lang),
    tick: (x) => logTickLabel(x, lang),
    /** Any number as written in code (0.05, 1e-3), with the language's decimal sign. */
    plain: (x) => localized(String(x), lang),
    /** "[0.500, 0.300]" with the language's list separator. */
    list: (values, format) => `[${Array.from(values, format).join(t('list.separator'))}]`,
  };
  cache.set(lang, bundle);
  return bundle;
}
