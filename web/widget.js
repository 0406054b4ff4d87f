// One panel with its frame: notes about refused link values, the units (and,
// for embeds, theme) switch, a polite live region, a data table for every
// chart, the panel's self-check, and the share-and-export tools (copy link,
// copy embed code, PNG and CSV of each chart, save and load the state). The
// same frame serves the page, embed.html and the <info-widget> element.
import { createAnnouncer } from './announce.js';
import { attachDataTable } from './charts/a11y.js';
import { bindPanel } from './binder.js';
import { h, uniqueId } from './dom.js';
import { chartToCsv, chartToPng, download, jsonToEntries, stateToJson } from './export.js';
import { localize } from './i18n.js';
import { PANELS } from './panels/index.js';
import { createPredict } from './predict.js';
import { selfCheck } from './self-check.js';
import { THEMES, noteText, parseHide, parseState, settingNotes, stateEntries } from './state.js';
import { createStore } from './store.js';
import { applyTheme } from './charts/theme.js';

/** A radio group bound to `get`/`set`, in a fieldset with `legend`. */
function radioGroup({ className, legend, options, value, onChange }) {
  const name = uniqueId(className);
  const inputs = options.map(([optionValue, text]) =>
    h(
      'label',
      {},
      h('input', {
        type: 'radio',
        name,
        value: optionValue,
        checked: value === optionValue,
        onchange: (event) => event.target.checked && onChange(optionValue),
      }),
      ` ${text}`,
    ),
  );
  const element = h('fieldset', { class: className }, h('legend', {}, legend), ...inputs);
  return {
    element,
    set(v) {
      for (const input of element.querySelectorAll('input')) input.checked = input.value === v;
    },
  };
}

/** A nats/bits switch bound to a store. */
export function unitsSwitch(store, L) {
  const group = radioGroup({
    className: 'units-switch',
    legend: L.t('units.legend'),
    options: [
      ['nats', L.t('units.nats')],
      ['bits', L.t('units.bits')],
    ],
    value: store.get().units,
    onChange: (units) => store.set({ units }),
  });
  store.subscribe((s) => group.set(s.units));
  return group.element;
}

/** An automatic/light/dark switch for `target` (the page's <html>, or a widget's host). */
export function themeSwitch(target, setting, L, onChange = () => {}) {
  let stop = applyTheme(target, setting);
  return radioGroup({
    className: 'theme-switch',
    legend: L.t('theme.legend'),
    options: [
      ['auto', L.t('theme.auto')],
      ['light', L.t('theme.light')],
      ['dark', L.t('theme.dark')],
    ],
    value: setting,
    onChange: (next) => {
      stop();
      stop = applyTheme(target, next);
      onChange(next);
    },
  }).element;
}

/**
 * Links and embed code for a panel's current state.
 * @typedef {{page: (name: string, entries: Array) => string,
 *            embed: (name: string, entries: Array) => {iframe: string, element: string}}} Links
 */

/** Escapes text for an HTML attribute value inside double quotes (for the copied snippets). */
function attribute(text) {
  return String(text).replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}

/**
 * The standard links for a site at `base` (a directory URL ending in /):
 * the page with this panel's state, embed.html, and the custom element.
 */
export function siteLinks(base) {
  return {
    page(name, entries) {
      const query = new URLSearchParams(
        entries.map(([key, value]) => [key === 'units' ? key : `${name}.${key}`, value]),
      );
      const search = query.toString();
      return `${base}index.html${search ? `?${search}` : ''}#${name}`;
    },
    embed(name, entries, title) {
      const query = new URLSearchParams([['panel', name], ...entries]);
      return {
        iframe:
          `<iframe src="${attribute(`${base}embed.html?${query}`)}" title="${attribute(title)}" ` +
          'data-infotheory-embed width="100%" height="600"></iframe>\n' +
          `<script src="${attribute(`${base}embed-host.js`)}"></script>`,
        element:
          `<script src="${attribute(`${base}infotheory.js`)}"></script>\n` +
          `<info-widget panel="${name}"${entries.map(([key, value]) => ` ${key.toLowerCase()}="${attribute(value)}"`).join('')}></info-widget>`,
      };
    },
  };
}

function shareTools({ name, store, api, charts, links, L, onNotes }) {
  const output = h('textarea', {
    class: 'share-output',
    readonly: true,
    rows: 5,
    hidden: true,
    'aria-label': L.t('share.output'),
  });
  const status = h('p', { class: 'share-status', role: 'status' });
  const panel = PANELS[name];

  async function offer(text, what) {
    output.value = text;
    output.hidden = false;
    try {
      // Where the clipboard is known to be refused (a frame without
      // allow="clipboard-write"), not even tried: the attempt logs an error.
      if (document.featurePolicy?.allowsFeature('clipboard-write') === false) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      status.textContent = L.t('share.copied', { what });
    } catch {
      output.select();
      status.textContent = L.t('share.copyManually', { what });
    }
  }
  const entries = () => stateEntries(panel, store.get());

  const button = (text, onClick) => h('button', { type: 'button', onclick: onClick }, text);
  const fileInput = h('input', {
    type: 'file',
    accept: 'application/json,.json',
    class: 'visually-hidden',
    tabindex: -1,
    'aria-hidden': 'true',
    onchange: async () => {
      const file = fileInput.files[0];
      fileInput.value = '';
      if (!file) return;
      try {
        const { state, notes } = parseState(panel, jsonToEntries(name, await file.text()), api);
        store.set(state);
        onNotes(notes);
        status.textContent = notes.length ? L.t('share.loadedWithNotes') : L.t('share.loaded');
      } catch (error) {
        status.textContent = L.t('share.loadFailed', { reason: L.t(error.key ?? 'export.unreadable', error.params) });
      }
    },
  });

  const chartButtons = Object.entries(charts).map(([chartName, chart]) =>
    h(
      'div',
      { class: 'buttons' },
      h(
        'span',
        { class: 'buttons-label' },
        L.t('share.chart', { name: chart.canvas.getAttribute('aria-label') ?? chartName }),
      ),
      button(L.t('share.png'), async () => download(`${name}-${chartName}.png`, await chartToPng(chart))),
      button(L.t('share.csv'), () =>
        download(`${name}-${chartName}.csv`, new Blob([chartToCsv(chart.data)], { type: 'text/csv' })),
      ),
    ),
  );

  return h(
    'details',
    { class: 'share' },
    h('summary', {}, L.t('share.summary')),
    h(
      'div',
      { class: 'buttons' },
      // Links and embed code need a site to point to (none in a notebook).
      links && button(L.t('share.copyLink'), () => offer(links.page(name, entries()), L.t('share.what.link'))),
      links &&
        button(L.t('share.copyEmbed'), () => {
          const code = links.embed(name, entries(), L.t(`${name}.title`));
          offer(
            `<!-- ${L.t('share.embedIframe')} -->\n${code.iframe}\n\n<!-- ${L.t('share.embedElement')} -->\n${code.element}\n`,
            L.t('share.what.embed'),
          );
        }),
      button(L.t('share.save'), () =>
        download(`${name}-state.json`, new Blob([stateToJson(name, entries())], { type: 'application/json' })),
      ),
      button(L.t('share.load'), () => fileInput.click()),
      fileInput,
    ),
    ...chartButtons,
    // In a frame sandboxed without allow-same-origin (an opaque origin) the
    // host decides whether downloads may happen, and they fail silently:
    // say so, and where the same tools work.
    globalThis.origin === 'null' && links
      ? h(
          'p',
          { class: 'share-note' },
          L.t('share.sandboxed'),
          ' ',
          h(
            'a',
            {
              href: links.page(name, entries()),
              target: '_blank',
              rel: 'noopener',
              // The panel as it is now, not as it was when the note was made.
              onclick: (event) => (event.currentTarget.href = links.page(name, entries())),
            },
            L.t('share.openAlone'),
          ),
        )
      : null,
    status,
    output,
  );
}

/**
 * Mounts panel `name` inside `host`, framed. The store's state carries
 * `lang` (the language the frame and panel speak) besides the panel's fields.
 * @param {HTMLElement} host
 * @param {{name: string, api: object, Chart: Function, store: object, links: Links,
 *          hide?: string[], notes?: Array, withUnits?: boolean, theme?: {target: HTMLElement, setting: string},
 *          headingLevel?: number}} options
 *   notes: from parseState / parseHide; theme: show a theme switch for this target;
 *   headingLevel: the level of the panel's own headings (3 under the page's
 *   h2 sections, 2 under embed.html's h1), so the outline never skips a level.
 * @returns {{charts: object, update: Function, setNotes: (notes: Array) => void}}
 */
export function mountWidget(
  host,
  { name, api, Chart, store, links, hide = [], notes = [], withUnits = false, theme, headingLevel = 3 },
) {
  const panel = PANELS[name];
  const L = localize(store.get().lang);
  const notesList = h('ul', { class: 'widget-notes', role: 'status', 'aria-live': 'polite' });
  const setNotes = (list) => {
    notesList.replaceChildren(...list.map((note) => h('li', {}, noteText(L, note))));
    notesList.hidden = list.length === 0;
  };
  setNotes(notes);
  const switches = [
    ...(withUnits ? [unitsSwitch(store, L)] : []),
    ...(theme ? [themeSwitch(theme.target, theme.setting, L)] : []),
  ];
  const announcer = createAnnouncer();
  const body = h('div', { class: 'widget-body' });
  host.replaceChildren(
    notesList,
    ...(switches.length ? [h('div', { class: 'switches' }, ...switches)] : []),
    body,
    announcer.element,
  );
  // The panel's predict-first question (predict.js), unless the host hides the checks.
  const predict =
    panel.predict && !hide.includes('checks')
      ? createPredict({
          build: (state) => panel.predict(api, state),
          store,
          L,
          convert: (x, from, to) => api.convertInformation(x, from, to),
        })
      : null;
  const instance = bindPanel(panel, body, { name, api, store, Chart, L, announce: announcer.announce, predict });
  if (headingLevel !== 3) {
    for (const heading of body.querySelectorAll('h3')) {
      const moved = document.createElement(`h${headingLevel}`);
      moved.append(...heading.childNodes);
      for (const { name: attribute, value } of heading.attributes) moved.setAttribute(attribute, value);
      heading.replaceWith(moved);
    }
  }
  for (const chart of Object.values(instance.charts)) {
    attachDataTable(chart, {
      L,
      format: (x) => String(typeof x === 'number' ? L.plain(Number(x.toPrecision(6))) : x),
    });
  }
  if (panel.selfCheck) host.append(selfCheck({ build: (state) => panel.selfCheck(api, state), store, L }));
  host.append(shareTools({ name, store, api, charts: instance.charts, links, L, onNotes: setNotes }));
  // Hidden by style.css ([data-hide~="presets"] .buttons, ...), so parts a
  // panel rebuilds later stay hidden too.
  host.dataset.hide = hide.join(' ');
  return { ...instance, setNotes };
}

/**
 * Why a panel alone cannot start: an alert naming the panels, or null when
 * `name` is one of them. `key` is the host's message (embed or element).
 */
export function unknownPanel(name, L, key) {
  if (Object.hasOwn(PANELS, name ?? '')) return null;
  return h('p', { class: 'widget-notes', role: 'alert' }, L.t(key, { panels: Object.keys(PANELS).join(', ') }));
}

/**
 * A panel alone, as embed.html and <info-widget> show it: its state from the
 * host's field entries (URL parameters or attributes), its hide list, theme
 * and units switch, and notes about anything refused.
 * @param {HTMLElement} host
 * @param {{name: string, api: object, Chart: Function, L: object, entries: Array, requested: {lang?: string,
 *          theme?: string, hide?: string}, themeTarget: HTMLElement, links: object, headingLevel?: number}} options
 * @returns {{store: object, widget: object, hide: string[]}}
 */
export function startWidget(host, { name, api, Chart, L, entries, requested, themeTarget, links, headingLevel }) {
  const panel = PANELS[name];
  const theme = THEMES.includes(requested.theme) ? requested.theme : 'auto';
  const settings = settingNotes({ lang: requested.lang, theme: requested.theme }, { lang: L.lang, theme });
  const { hide, notes: hideNotes } = parseHide(requested.hide);
  const { state, notes } = parseState(panel, entries, api);
  const store = createStore({ ...state, lang: L.lang });
  const widget = mountWidget(host, {
    name,
    api,
    Chart,
    store,
    links,
    hide,
    notes: [...settings, ...hideNotes, ...notes],
    withUnits: true,
    theme: { target: themeTarget, setting: theme },
    headingLevel,
  });
  return { store, widget, hide };
}
