// One panel with its frame: notes about refused link values, an optional
// units switch, and the share-and-export tools (copy link, copy embed code,
// PNG and CSV of each chart, save and load the state). The same frame serves
// the page, embed.html and the <info-widget> element.
import { h, uniqueId } from './dom.js';
import { chartToCsv, chartToPng, download, jsonToEntries, stateToJson } from './export.js';
import { PANELS } from './panels/index.js';
import { parseState, stateEntries } from './state.js';

/** A nats/bits switch bound to a store. */
export function unitsSwitch(store) {
  const name = uniqueId('units');
  const option = (value, text) =>
    h(
      'label',
      {},
      h('input', {
        type: 'radio',
        name,
        value,
        checked: store.get().units === value,
        onchange: (event) => event.target.checked && store.set({ units: value }),
      }),
      ` ${text}`,
    );
  const element = h(
    'fieldset',
    { class: 'units-switch' },
    h('legend', {}, 'Units'),
    option('nats', 'nats (natural log)'),
    option('bits', 'bits (log base 2)'),
  );
  store.subscribe((s) => {
    for (const input of element.querySelectorAll('input')) input.checked = input.value === s.units;
  });
  return element;
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
    embed(name, entries) {
      const query = new URLSearchParams([['panel', name], ...entries]);
      const title = PANELS[name].title;
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

function shareTools({ name, store, api, charts, links, onNotes }) {
  const output = h('textarea', {
    class: 'share-output',
    readonly: true,
    rows: 5,
    hidden: true,
    'aria-label': 'Text to copy',
  });
  const status = h('p', { class: 'share-status', role: 'status' });
  const panel = PANELS[name];

  async function offer(text, what) {
    output.value = text;
    output.hidden = false;
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = `${what} copied to the clipboard.`;
    } catch {
      output.select();
      status.textContent = `Copy the ${what.toLowerCase()} from the box below (the clipboard is not available here).`;
    }
  }
  const entries = () => stateEntries(panel, store.get());

  const button = (text, onClick) => h('button', { type: 'button', onclick: onClick }, text);
  const fileInput = h('input', {
    type: 'file',
    accept: 'application/json,.json',
    class: 'visually-hidden',
    tabindex: -1,
    onchange: async () => {
      const file = fileInput.files[0];
      fileInput.value = '';
      if (!file) return;
      try {
        const { state, notes } = parseState(panel, jsonToEntries(name, await file.text()), api);
        store.set(state);
        onNotes(notes);
        status.textContent = notes.length ? 'State loaded, with the notes above.' : 'State loaded.';
      } catch (error) {
        status.textContent = `Could not load the state: ${error.message}`;
      }
    },
  });

  const chartButtons = Object.entries(charts).map(([chartName, chart]) =>
    h(
      'div',
      { class: 'buttons' },
      h('span', { class: 'buttons-label' }, `Chart “${chartName}”:`),
      button('PNG', async () => download(`${name}-${chartName}.png`, await chartToPng(chart))),
      button('CSV', () =>
        download(`${name}-${chartName}.csv`, new Blob([chartToCsv(chart.data)], { type: 'text/csv' })),
      ),
    ),
  );

  return h(
    'details',
    { class: 'share' },
    h('summary', {}, 'Share and export'),
    h(
      'div',
      { class: 'buttons' },
      button('Copy link', () => offer(links.page(name, entries()), 'Link')),
      button('Copy embed code', () => {
        const code = links.embed(name, entries());
        offer(
          `<!-- As an iframe that sizes itself: -->\n${code.iframe}\n\n<!-- Or as an element of your page: -->\n${code.element}\n`,
          'Embed code',
        );
      }),
      button('Save state', () =>
        download(`${name}-state.json`, new Blob([stateToJson(name, entries())], { type: 'application/json' })),
      ),
      button('Load state…', () => fileInput.click()),
      fileInput,
    ),
    ...chartButtons,
    status,
    output,
  );
}

/**
 * Mounts panel `name` inside `host`, framed.
 * @param {HTMLElement} host
 * @param {{name: string, api: object, Chart: Function, store: object, links: Links,
 *          hide?: string[], notes?: string[], withUnits?: boolean}} options
 * @returns {{charts: object, update: Function, setNotes: (notes: string[]) => void}}
 */
export function mountWidget(host, { name, api, Chart, store, links, hide = [], notes = [], withUnits = false }) {
  const panel = PANELS[name];
  const notesList = h('ul', { class: 'widget-notes', role: 'status', 'aria-live': 'polite' });
  const setNotes = (list) => {
    notesList.replaceChildren(...list.map((text) => h('li', {}, text)));
    notesList.hidden = list.length === 0;
  };
  setNotes(notes);
  const body = h('div', { class: 'widget-body' });
  host.replaceChildren(notesList, ...(withUnits ? [unitsSwitch(store)] : []), body);
  const instance = panel.mount(body, { api, store, Chart });
  host.append(shareTools({ name, store, api, charts: instance.charts, links, onNotes: setNotes }));
  // Hidden by style.css ([data-hide~="presets"] .buttons, ...), so parts a
  // panel rebuilds later stay hidden too.
  host.dataset.hide = hide.join(' ');
  return { ...instance, setNotes };
}
