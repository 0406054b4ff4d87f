// Panel state to and from text: URL parameters, custom-element attributes
// and saved JSON all go through here. Every value is checked against the
// panel's schema; a malformed, out-of-range or hostile one falls back to its
// default with a note saying so. Notes are { key, params } for the i18n
// table (see noteText); nothing parsed here is ever used as HTML: notes are
// shown with textContent.
import { LANGUAGES, speaks } from './i18n.js';

/** Field kinds a schema is built from. */
export const field = {
  /** A number in [min, max]. */
  number: (min, max) => ({ kind: 'number', min, max }),
  /** A probability: a number in [0, 1]. */
  probability: () => ({ kind: 'number', min: 0, max: 1 }),
  /** A whole number in [min, max]. */
  integer: (min, max) => ({ kind: 'integer', min, max }),
  /** minLength..maxLength comma-separated numbers, each in [min, max]. */
  numbers: (minLength, maxLength, min = -Infinity, max = Infinity) => ({
    kind: 'numbers',
    minLength,
    maxLength,
    min,
    max,
  }),
  /** A distribution over minLength..maxLength categories (checked by the kernels). */
  distribution: (minLength, maxLength) => ({ kind: 'distribution', minLength, maxLength, min: 0, max: 1 }),
  /** One of the given words. */
  choice: (...values) => ({ kind: 'choice', values }),
};

/** Every panel's state has the units. */
const UNITS = field.choice('nats', 'bits');

// A plain decimal or scientific number, nothing else ("0x1p3", "Infinity",
// "1_000" and " " are not numbers here).
const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/** Shown in notes: short, and only as text. */
function quote(text) {
  const s = String(text);
  return JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);
}

function parseNumber(text) {
  const s = text.trim();
  return NUMBER.test(s) ? Number(s) : NaN;
}

function range(spec) {
  return `[${spec.min}, ${spec.max}]`;
}

// Parses one field; returns { value } or { problem: { key, params } }.
function parseField(spec, text, api) {
  const problem = (key, params = {}) => ({ problem: { key, params: { value: quote(text), ...params } } });
  switch (spec.kind) {
    case 'number':
    case 'integer': {
      const x = parseNumber(text);
      if (!Number.isFinite(x)) return problem('note.notNumber');
      if (spec.kind === 'integer' && !Number.isInteger(x)) return problem('note.notWhole');
      if (x < spec.min || x > spec.max) return problem('note.outside', { range: range(spec) });
      return { value: x };
    }
    case 'numbers':
    case 'distribution': {
      const parts = text.split(',');
      if (parts.length < spec.minLength || parts.length > spec.maxLength) {
        return problem('note.count', { count: parts.length, min: spec.minLength, max: spec.maxLength });
      }
      const values = parts.map(parseNumber);
      const bad = values.findIndex((x) => !Number.isFinite(x) || x < spec.min || x > spec.max);
      if (bad >= 0) {
        return problem('note.entry', { index: bad + 1, entry: quote(parts[bad]), range: range(spec) });
      }
      if (spec.kind === 'distribution') {
        try {
          api.entropy(values); // the kernels' own check: sums to 1, and so on
        } catch {
          return problem('note.notDistribution');
        }
      }
      return { value: values };
    }
    case 'choice':
      return spec.values.includes(text)
        ? { value: text }
        : problem('note.notChoice', { choices: spec.values.join(', ') });
    default:
      throw new Error(`state: unknown field kind ${spec.kind}`);
  }
}

function describeDefault(value) {
  return Array.isArray(value) ? value.join(', ') : String(value);
}

/**
 * Reads a panel's state from named text values (URL parameters, element
 * attributes). Names match the schema's keys regardless of case, since HTML
 * lowercases attribute names. Unknown names are ignored.
 * @param {{defaults: object, schema: object, constraints?: Array}} panel
 * @param {Iterable<[string, string]>} entries name/value pairs
 * @param {object} api the kernels, for checking distributions
 * @returns {{state: object, notes: string[]}}
 */
export function parseState(panel, entries, api) {
  const schema = { ...panel.schema, units: UNITS };
  const byName = new Map(Object.keys(schema).map((key) => [key.toLowerCase(), key]));
  const state = { ...panel.defaults };
  const notes = [];
  for (const [name, text] of entries) {
    const key = byName.get(String(name).toLowerCase());
    if (!key) continue;
    const { value, problem } = parseField(schema[key], String(text), api);
    if (problem) {
      notes.push({
        key: problem.key,
        params: { ...problem.params, field: key, default: describeDefault(panel.defaults[key]) },
      });
    } else {
      state[key] = value;
    }
  }
  // A constraint's check returns nothing, or a note key naming what clashes.
  for (const { fields, check } of panel.constraints ?? []) {
    const problem = check(state);
    if (problem) {
      for (const key of fields) state[key] = panel.defaults[key];
      notes.push({ key: problem, params: { fields: fields.join(', ') } });
    }
  }
  return { state, notes };
}

/** Text form of one value: shortest round-trip decimals, arrays comma-separated. */
export function valueToText(value) {
  return Array.isArray(value) || ArrayBuffer.isView(value) ? Array.from(value, String).join(',') : String(value);
}

function same(a, b) {
  return valueToText(a) === valueToText(b);
}

/**
 * The state as [name, text] pairs, leaving out what equals the defaults (so
 * links stay short); parseState(panel, stateEntries(panel, s)) gives s back.
 */
export function stateEntries(panel, state) {
  const keys = [...Object.keys(panel.schema), 'units'];
  return keys.filter((key) => !same(state[key], panel.defaults[key])).map((key) => [key, valueToText(state[key])]);
}

/** The `hide` list ("units,presets"): known group names, and notes on the rest. */
export const GROUPS = ['title', 'units', 'presets', 'controls', 'share', 'notes', 'checks'];
export function parseHide(text) {
  const names = String(text ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const known = names.filter((name) => GROUPS.includes(name));
  const unknown = names.filter((name) => !GROUPS.includes(name));
  return {
    hide: known,
    notes: unknown.length
      ? [{ key: 'note.hide', params: { value: unknown.map(quote).join(', '), choices: GROUPS.join(', ') } }]
      : [],
  };
}

/** The themes a page or widget can be given (?theme=, theme="…"). */
export const THEMES = ['auto', 'light', 'dark'];

/**
 * Notes on the language and theme settings (?lang=, ?theme= or the element's
 * attributes) when they name no language or theme we have: `given` holds the
 * texts (null or "" when not given), `used` what applies instead.
 */
export function settingNotes(given, used) {
  const notes = [];
  const note = (field, choices) => ({
    key: 'note.notChoice',
    params: { field, value: quote(given[field]), choices: choices.join(', '), default: used[field] },
  });
  if (given.lang && !speaks(given.lang)) notes.push(note('lang', LANGUAGES));
  if (given.theme && !THEMES.includes(given.theme)) notes.push(note('theme', THEMES));
  return notes;
}

/** A note from parseState or parseHide, in words: noteText(localize(lang), note). */
export function noteText(L, note) {
  return L.t(note.key, note.params);
}
