// The full page (index.html): every [data-panel] section, one store per
// panel, the page-wide units switch, and the address bar kept in step with
// every panel's state, so a bookmark or a copied address brings it all back.
// Parameters are "<panel>.<field>" (coin.p=0.9) plus a page-wide "units".
import { h, richText } from '../dom.js';
import { LANGUAGES, LANGUAGE_NAMES, direction, loadLanguage, localize, pickLanguage } from '../i18n.js';
import { createStore } from '../store.js';
import { PANELS } from '../panels/index.js';
import { THEMES, parseState, settingNotes, stateEntries } from '../state.js';
import { mountWidget, siteLinks, themeSwitch } from '../widget.js';
import { glossaryItems, useGlossary } from './glossary.js';
import { mountToc } from './toc.js';
import { mountDerivation } from '../derivation.js';
import { DERIVATIONS } from '../derivations/index.js';

/** The page's own texts in `L`'s language: every [data-i18n] element. */
export function translatePage(document, L) {
  document.documentElement.lang = L.lang;
  document.documentElement.dir = direction(L.lang);
  useGlossary(L);
  for (const element of document.querySelectorAll('[data-i18n]')) {
    const text = L.t(element.dataset.i18n);
    if (element.tagName === 'TITLE') element.textContent = text;
    else element.replaceChildren(richText(text));
  }
}

/** A language menu that reloads the page in the chosen language (?lang=). */
function languageSwitch(L, location) {
  const select = h(
    'select',
    {
      'aria-label': L.t('language.legend'),
      onchange: () => {
        const url = new URL(location.href);
        url.searchParams.set('lang', select.value);
        location.assign(url.href);
      },
    },
    LANGUAGES.map((lang) => h('option', { value: lang, lang }, LANGUAGE_NAMES[lang])),
  );
  select.value = L.lang;
  return h('fieldset', { class: 'language-switch' }, h('legend', {}, L.t('language.legend')), select);
}

const THEME_KEY = 'infotheory-theme';

/** Resolves in a new task, after the browser has had a chance to paint and handle input. */
function nextTask() {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The directory of the current document, ending in "/". */
export function baseOf(url) {
  return new URL('.', url).href;
}

/** This panel's [field, text] entries from "<panel>.<field>" parameters. */
function entriesFor(name, params) {
  const prefix = `${name}.`;
  const entries = [];
  for (const [key, value] of params) {
    if (key.startsWith(prefix)) entries.push([key.slice(prefix.length), value]);
  }
  return entries;
}

export async function mountPage({ api, Chart, document, location, history, navigator, storage }) {
  const params = new URLSearchParams(location.search);
  const lang = await loadLanguage(pickLanguage(params.get('lang'), navigator?.languages ?? []));
  const L = localize(lang);
  translatePage(document, L);
  document.querySelector('[data-glossary]')?.replaceChildren(...glossaryItems(L));
  const toc = document.querySelector('[data-toc]');
  if (toc) mountToc(toc, { document, window: document.defaultView, L });
  // The theme: ?theme=, else the reader's last choice, else the system's.
  let theme = params.get('theme');
  if (!THEMES.includes(theme))
    theme = THEMES.includes(storage?.getItem(THEME_KEY)) ? storage.getItem(THEME_KEY) : 'auto';
  document
    .querySelector('[data-theme-switch]')
    ?.replaceChildren(themeSwitch(document.documentElement, theme, L, (next) => storage?.setItem(THEME_KEY, next)));
  document.querySelector('[data-language-switch]')?.replaceChildren(languageSwitch(L, location));

  // The header's switch and the compact one in the contents bar, kept in step.
  const unitsInputs = [...document.querySelectorAll('[data-units-switch] input[name="units"], [data-units-bar] input')];
  const links = siteLinks(baseOf(location.href));
  const pageNotes = settingNotes({ lang: params.get('lang'), theme: params.get('theme') }, { lang, theme });
  // The page-wide units, checked as every panel's units field is.
  const parsedUnits = parseState(
    { defaults: { units: 'nats' }, schema: {} },
    [['units', params.get('units') ?? 'nats']],
    api,
  );
  pageNotes.push(...parsedUnits.notes);
  let { units } = parsedUnits.state;
  // One units setting for the page: whatever changed it last (the switch, a
  // self-check's "Show me", a loaded file), the switch shows it and every
  // panel's store holds it.
  const stores = new Map();
  const setUnits = (next) => {
    units = next;
    for (const input of unitsInputs) input.checked = input.value === units;
    for (const { store } of stores.values()) if (store.get().units !== units) store.set({ units });
  };
  setUnits(units);

  // Keep the address in step, at most every 300 ms while dragging.
  let pending = null;
  const writeAddress = () => {
    pending = null;
    const query = new URLSearchParams();
    for (const [name, { store }] of stores) {
      for (const [key, value] of stateEntries(PANELS[name], store.get())) {
        if (key === 'units') query.set('units', value);
        else query.append(`${name}.${key}`, value);
      }
    }
    const search = query.toString();
    history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}${location.hash}`);
  };

  // One store per panel; the summary shares the decomposition's.
  const storeFor = (name, entries) => {
    if (!stores.has(name)) {
      const { state, notes } = parseState(PANELS[name], entries, api);
      const store = createStore({ ...state, units, lang });
      store.subscribe((next) => {
        if (next.units !== units) setUnits(next.units);
        pending ??= setTimeout(writeAddress, 300);
      });
      stores.set(name, { store, notes });
    }
    return stores.get(name);
  };
  for (const input of unitsInputs) {
    input.addEventListener('change', () => {
      if (input.checked) setUnits(input.value);
    });
  }

  // Stores in page order, whichever panel mounts first.
  const inPageOrder = [...document.querySelectorAll('[data-panel]')].filter((root) => PANELS[root.dataset.panel]);
  const sourceOf = (root) => PANELS[root.dataset.panel].source ?? root.dataset.panel;
  for (const root of inPageOrder) storeFor(sourceOf(root), entriesFor(sourceOf(root), params));

  // One panel per task, so the page answers input between them: first the
  // one the address points at (#coin), then the rest in page order.
  const roots = [...inPageOrder];
  const hash = location.hash.slice(1);
  const target = hash ? roots.findIndex((root) => root.closest(`[id="${CSS.escape(hash)}"]`)) : -1;
  if (target > 0) roots.unshift(...roots.splice(target, 1));
  for (const [i, root] of roots.entries()) {
    const name = root.dataset.panel;
    const source = sourceOf(root);
    const { store, notes } = stores.get(source);
    // Notes about a shared store are shown once, at its own panel; the
    // page's own notes (units) at the first panel of the page.
    const own = source === name ? notes : [];
    mountWidget(root, {
      name,
      api,
      Chart,
      store,
      links,
      notes: root === inPageOrder[0] ? [...pageNotes, ...own] : own,
    });
    if (i === 0) performance.mark('infotheory:first-panel');
    if (i < roots.length - 1) await nextTask();
  }
  // The step-by-step derivations, each following its panel's store.
  for (const root of document.querySelectorAll('[data-derivation]')) {
    const derivation = DERIVATIONS[root.dataset.derivation];
    if (!derivation || !stores.has(derivation.panel)) continue;
    await nextTask();
    mountDerivation(root, { name: root.dataset.derivation, api, store: stores.get(derivation.panel).store, Chart, L });
  }
  return stores;
}
