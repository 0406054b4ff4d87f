// The page's words in every language it speaks. All user-visible text lives
// in one table per language (i18n/en.js, i18n/de.js, same keys); panels get
// a `localize(lang)` bundle of the translator and number formats.
import BUILT_IN from './i18n/tables.js';
import { amountParts, localized, logTickLabel, numberParts, probabilityParts, unitName } from './format.js';
import { loadBeside, scriptBase } from './script-base.js';
import { List, Quantity, Statement, UnitName } from './statement.js';

/** Every language the page speaks (i18n.test.js checks that each has its table). */
export const LANGUAGES = ['en', 'de', 'fr', 'es', 'zh', 'ar'];

/** Each language's name in itself, as the language menu shows it whatever the page's language. */
export const LANGUAGE_NAMES = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  zh: '简体中文',
  ar: 'العربية',
};

/** The languages written right to left (the page and the widget mirror their layout). */
const RIGHT_TO_LEFT = new Set(['ar']);

/** The writing direction of `lang`: 'rtl' or 'ltr'. */
export function direction(lang) {
  return RIGHT_TO_LEFT.has(lang) ? 'rtl' : 'ltr';
}

const LRI = '\u2066';
const PDI = '\u2069';
// Markup whose inside is not prose (link targets, glossary ids, code,
// formula names) and text already isolated: left as it is.
const PROTECTED = /(\]\([^)]*\)|\[\[[\w-]+\||`[^`]*`|\$[\w.-]+\$|\u2066[^\u2069]*\u2069)/;
// A left-to-right run inside right-to-left prose: a formula or a number with
// its unit ("1 bit = ln 2 ≈ 0.693 nats", "−0.884 nats", "E_q[log p(x | z)]"),
// from its first letter, digit or opening sign to its last letter, digit or
// closing sign. Arabic letters and the Arabic comma end a run.
const RUN_START = 'A-Za-z0-9\\u0370-\\u03ff∞−+(|‖√∑Σ∂½¼¾⅛';
const RUN_END = 'A-Za-z0-9\\u0370-\\u03ff∞)\\]|‖²³¹⁰-⁹\\u2080-\\u209c\\u0302½¼¾⅛';
const RUN_MIDDLE = `${RUN_START}${RUN_END}\\u0300-\\u036f .,:;=≈<>≤≥×·^_/%'’*⁻\\-\\[→←±∼~∝…`;
const LTR_RUN = new RegExp(`[${RUN_START}][${RUN_MIDDLE}]*[${RUN_END}]|[${RUN_START}]`, 'gu');

// A bracket whose partner lies outside the run stays outside the isolate
// (where the bidi algorithm pairs and mirrors it), splitting the run there.
const PAIRS = { ')': '(', ']': '[' };
function unmatchedBracket(run) {
  const open = [];
  for (let i = 0; i < run.length; i++) {
    const c = run[i];
    if (c === '(' || c === '[') open.push(i);
    else if (c in PAIRS) {
      if (open.length && run[open.at(-1)] === PAIRS[c]) open.pop();
      else return i;
    }
  }
  return open.length ? open[0] : -1;
}

// A short run also keeps to one line: broken inside, its two halves would be
// laid out right to left around the break ("(p" … "= 0.500)").
const SHORT_RUN = 24;
function isolated(run) {
  const at = unmatchedBracket(run);
  if (at >= 0)
    return run.slice(0, at).replace(LTR_RUN, isolated) + run[at] + run.slice(at + 1).replace(LTR_RUN, isolated);
  return `${LRI}${run.length <= SHORT_RUN ? run.replaceAll(' ', '\u00a0') : run}${PDI}`;
}

/**
 * Right-to-left prose with each left-to-right run (formulas, numbers with
 * their units) wrapped in Unicode isolates (LRI … PDI), so that the bidi
 * algorithm keeps it in its own order ("1 bit = ln 2 ≈ 0.693 nats" would
 * otherwise come apart around its digits and signs). Markup is untouched.
 */
export function isolateLeftToRight(text) {
  return text
    .split(PROTECTED)
    .map((piece, i) => (i % 2 === 1 ? piece : piece.replace(LTR_RUN, isolated)))
    .join('');
}

/** The tables at hand: in Node all of them; in the page English, and the others once loaded. */
export const TABLES = { ...BUILT_IN };

const loadingLanguages = new Map();

/**
 * Makes `lang`'s table available: at hand already, handed over by its script
 * (`globalThis.infotheoryLanguages`: the single file carries them all), or
 * loaded now from infotheory-<lang>.js beside infotheory.js. Resolves to
 * `lang`, or to 'en' if its table cannot be had. Once per language: every
 * later call gets the same promise.
 */
export function loadLanguage(lang, doc = globalThis.document) {
  if (!loadingLanguages.has(lang)) loadingLanguages.set(lang, fetchLanguage(lang, doc));
  return loadingLanguages.get(lang);
}

async function fetchLanguage(lang, doc) {
  const take = () => {
    const table = globalThis.infotheoryLanguages?.[lang];
    if (table) TABLES[lang] = table;
    return Boolean(TABLES[lang]);
  };
  if (!LANGUAGES.includes(lang)) return 'en';
  if (take()) return lang;
  if (!doc || scriptBase === null) return 'en';
  try {
    await loadBeside(`infotheory-${lang}.js`, { doc });
  } catch {
    return 'en';
  }
  return take() ? lang : 'en';
}

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
  // A language whose table is not at hand (not loaded, or unknown) is English.
  if (!TABLES[lang]) return localize('en');
  const table = TABLES[lang];
  // A key missing from a table falls back to English (the tests make sure
  // none is); one missing from English too is a programming error.
  const finish = direction(lang) === 'rtl' ? isolateLeftToRight : (text) => text;
  const t = (key, params = {}) => {
    const text = table[key] ?? TABLES.en[key];
    if (typeof text !== 'string') throw new Error(`i18n: no text for "${key}"`);
    return finish(fill(key, text, params));
  };
  // A number as the reader sees it, with the data tests check it by.
  const quantity = ({ text, shown, step }, value, fields = {}) =>
    new Quantity({ value, text: localized(text, lang), shown, step, ...fields });
  const bundle = {
    lang,
    t,
    /** A sentence with the numbers it states and the claims it makes (see statement.js). */
    say: (key, params = {}, claims = []) => new Statement(key, t(key, params), params, claims),
    /** Sentences shown as one text, separated by spaces. */
    join: (...parts) => new Statement('join', parts.map(String).join(' '), { parts }, []),
    /** An amount of information in `units`, without the unit's name ("0.325"). */
    amount: (x, units) => quantity(amountParts(x), x, { unit: units }),
    /** An amount of information with its unit ("0.325 nats"). */
    info: (x, units) => {
      const parts = amountParts(x);
      return quantity({ ...parts, text: `${parts.text} ${unitName(units)}` }, x, { unit: units });
    },
    /**
     * A term of a formula written with the natural log (½μ², ½ ln σ²): a
     * number of nats by definition, shown without a unit whatever the page's units.
     */
    term: (x) => quantity(amountParts(x), x, { unit: 'nats', fixed: true }),
    /** A term of such a formula with its sign written apart ("+ 0.125", "− 0.500"). */
    signedTerm: (x) => {
      const { text, shown, step } = amountParts(Math.abs(x));
      const sign = x < 0 ? -1 : 1;
      return quantity({ text: `${sign < 0 ? '−' : '+'} ${text}`, shown: sign * shown, step }, x, {
        unit: 'nats',
        fixed: true,
      });
    },
    /** A gradient of a loss in `units` with respect to a logit, without the unit. */
    perLogit: (x, units, digits = 3) => {
      const parts = numberParts(x, digits);
      const text = parts.shown > 0 ? `+${parts.text}` : parts.text;
      return quantity({ ...parts, text }, x, { unit: units, per: 'logit' });
    },
    /** A unit's name on its own ("{gap} {units}"). */
    unit: (units) => new UnitName(units, unitName(units)),
    probability: (p) => quantity(probabilityParts(p), p),
    number: (x, digits = 3) => quantity(numberParts(x, digits), x),
    tick: (x) => logTickLabel(x, lang),
    /** Any number as written in code (0.05, 1e-3), with the language's decimal sign. */
    plain: (x) => quantity({ text: String(x), shown: x, step: 0 }, x),
    /** "[0.500, 0.300]" with the language's list separator. */
    list: (values, format) => {
      const items = Array.from(values, (x) => format(x));
      return new List(items, `[${items.join(t('list.separator'))}]`);
    },
  };
  cache.set(lang, bundle);
  return bundle;
}
