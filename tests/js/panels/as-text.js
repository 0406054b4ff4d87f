// The panel tests read what a panel shows as text: render() and selfCheck()
// return Statements and Quantities (web/statement.js) that carry their
// numbers as data; these helpers turn them into the strings a reader sees.
// tests/js/statements.test.js checks the data itself.
import { List, Quantity, Statement, UnitName } from '../../../web/statement.js';
import { localize } from '../../../web/i18n.js';

/** `value` with every Statement, Quantity, List and unit name replaced by its text. */
export function asText(value) {
  if (value instanceof Statement || value instanceof Quantity || value instanceof List || value instanceof UnitName) {
    return String(value);
  }
  if (Array.isArray(value)) return value.map(asText);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, asText(child)]));
  }
  return value;
}

/**
 * render(api, state) whose readouts, descriptions and announcement are
 * strings, with each chart config also under its own name (out.bars for
 * out.charts.bars).
 */
export const textRender = (render) => (api, state) => {
  const output = render(api, state);
  return { ...asText(output), ...output.charts };
};

/**
 * selfCheck for the store's state read in L's language, as text; `show.apply()`
 * sets the store as the page's "Show me" button does.
 */
export const storeSelfCheck = (selfCheck) => (L, store, api) => {
  const now = () => asText(selfCheck(api, { ...store.get(), lang: L.lang ?? localize().lang }));
  const check = now();
  // Like the page, the feedback and "Show me" follow the store's state when read.
  check.options = check.options.map((option, i) => ({
    text: option.text,
    get correct() {
      return now().options[i].correct;
    },
    get feedback() {
      return now().options[i].feedback;
    },
  }));
  if (check.show) check.show.apply = () => store.set(now().show.patch);
  return check;
};
