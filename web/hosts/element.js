// <info-widget panel="decomposition" p="0.7,0.2,0.1" units="bits"
//              hide="presets" lang="de" theme="dark"></info-widget>
// A panel as an element of any page, from one script include. Each element
// has its own state and its own shadow root, so the page's CSS does not
// reach in and the widget's CSS does not leak out. Attributes set the state
// (and changing one later updates it), as does setState({ field: value, … })
// for several fields at once; `state` reads the current state. Each time it
// starts (and starts again for a new panel, language or theme) a widget
// announces "infotheory-ready", and every change of state "infotheory-change",
// each with { panel, state } in its detail.
import css from '../style.css';
import { h } from '../dom.js';
import { direction, loadLanguage, localize, pickLanguage, speaks } from '../i18n.js';
import { load } from '../kernels.js';
import { PANELS } from '../panels/index.js';
import { parseHide, parseState, stateEntries } from '../state.js';
import { trackedChartCount } from '../charts/theme.js';
import { siteLinks, startWidget, unknownPanel } from '../widget.js';

// Field attributes of every panel, lowercased as HTML stores them.
const FIELD_ATTRIBUTES = [
  ...new Set(
    Object.values(PANELS).flatMap((panel) => [...Object.keys(panel.schema), 'units'].map((k) => k.toLowerCase())),
  ),
];

// A state to hand out: its lists copied, so a listener that edits one does not edit the widget's.
function copyState(state) {
  return Object.fromEntries(
    Object.entries(state).map(([key, value]) => [
      key,
      ArrayBuffer.isView(value) || Array.isArray(value) ? Array.from(value) : value,
    ]),
  );
}

// `entries` ([name, text]) with `changes` laid over them (names compared without case).
function over(entries, changes) {
  const names = new Set(changes.map(([key]) => key.toLowerCase()));
  return [...entries.filter(([key]) => !names.has(key.toLowerCase())), ...changes];
}

let sheet = null;
function styleSheet() {
  // A constructed sheet: allowed under a strict style-src, shared by all elements.
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  }
  return sheet;
}

/**
 * Defines <info-widget> (once). `base` is the directory the script was
 * loaded from: links and embed code point there (null: no site to point to,
 * the share box offers no links).
 */
export function defineElement({ Chart, base }) {
  if (customElements.get('info-widget')) return;
  const links = base ? siteLinks(base) : null;

  class InfoWidget extends HTMLElement {
    static get observedAttributes() {
      return ['panel', 'hide', 'lang', 'theme', ...FIELD_ATTRIBUTES];
    }

    /**
     * How many charts the page's widgets keep for theme changes, which is as
     * many as are live (for tests and debugging; nothing global is added).
     */
    static trackedChartCount() {
      return trackedChartCount();
    }

    #api = null;
    #widget = null;
    #store = null;
    #panel = null;
    #generation = 0;
    // While a new language or theme loads: the state to start from (what the
    // reader had done, with any attribute or setState() since laid over it).
    #kept = null;

    /** The panel's current state (field → value; lists as fresh arrays), or null until it has started. */
    get state() {
      return this.#store ? copyState(this.#store.get()) : null;
    }

    /**
     * Sets several fields at once ({ p: 0.9 }, { P: [0.5, 0.5], Q: '0.9,0.1' }),
     * read as their attributes would be, over the current state: fields that
     * belong together (P and Q of the same length) change together. A value
     * the panel refuses falls back to its default with a note, as an
     * attribute's would. Before the widget has started, the values become
     * attributes, which its start reads.
     */
    setState(values) {
      const given = Object.entries(values ?? {}).map(([key, value]) => [
        key,
        Array.isArray(value) || ArrayBuffer.isView(value) ? Array.from(value).join(',') : String(value),
      ]);
      if (!this.#widget) {
        // Only the panels' fields; anything else (lang, panel, onclick) is not state.
        const fields = given.filter(([key]) => FIELD_ATTRIBUTES.includes(key.toLowerCase()));
        if (this.#kept) this.#kept = over(this.#kept, fields);
        else for (const [key, value] of fields) this.setAttribute(key.toLowerCase(), value);
        return;
      }
      this.#apply(given);
    }

    connectedCallback() {
      if (!this.shadowRoot) {
        this.attachShadow({ mode: 'open' });
        this.shadowRoot.adoptedStyleSheets = [styleSheet()];
        // Keys pressed in the widget's controls are the widget's: a host that
        // listens on its document (reveal.js turns slides on arrow keys) sees
        // only the element as the focused one and cannot tell. Tab and Escape
        // still reach the host (focus traps, closing its dialogs).
        // (Stopped at the element, so listeners on the element itself still hear them.)
        this.addEventListener('keydown', (event) => {
          if (event.key !== 'Tab' && event.key !== 'Escape') event.stopPropagation();
        });
      }
      this.#render();
    }

    disconnectedCallback() {
      this.#teardown();
    }

    attributeChangedCallback(name, oldValue, value) {
      // Before connectedCallback (the parser, or setAttribute before the
      // element is placed) the first render reads every attribute anyway.
      if (oldValue === value || !this.isConnected || !this.shadowRoot) return;
      if (name === 'panel' || name === 'lang' || name === 'theme') {
        // Also brings back a widget that was showing why it could not start.
        this.#render();
      } else if (!this.#widget) {
        // Still loading, or no panel: the next render reads this attribute
        // (over the kept state, when a new language or theme is loading).
        if (this.#kept && FIELD_ATTRIBUTES.includes(name) && value !== null)
          this.#kept = over(this.#kept, [[name, value]]);
      } else if (name === 'hide') {
        const { hide, notes } = parseHide(value);
        this.shadowRoot.querySelector('.widget-frame').dataset.hide = hide.join(' ');
        this.#widget.setNotes(notes);
      } else if (value !== null) {
        // The changed attribute over the current state (not over the other
        // attributes): what the reader has done with the widget stays. A
        // value it refuses falls back to the default, as its note says.
        this.#apply([[name, value]]);
      }
    }

    // `changes` ([name, text]) parsed together over the current state of the
    // started widget; refused values fall back to their defaults, with notes.
    #apply(changes) {
      const panel = PANELS[this.#panel];
      const { state, notes } = parseState(panel, over(stateEntries(panel, this.#store.get()), changes), this.#api);
      this.#store.set(state);
      this.#widget.setNotes(notes);
    }

    // The field attributes as [name, text] entries.
    #fieldAttributes() {
      return this.getAttributeNames()
        .filter((a) => FIELD_ATTRIBUTES.includes(a))
        .map((a) => [a, this.getAttribute(a)]);
    }

    #teardown() {
      this.#generation += 1;
      if (this.#widget) for (const chart of Object.values(this.#widget.charts)) chart.destroy();
      this.#widget = null;
      this.#store = null;
    }

    async #render() {
      // A new language or theme keeps what the reader has done with the
      // panel; a new panel starts from the attributes.
      // (Asked again while loading, it keeps what it kept.)
      if (this.#panel !== this.getAttribute('panel')) this.#kept = null;
      else if (this.#store) this.#kept = stateEntries(PANELS[this.#panel], this.#store.get());
      this.#teardown();
      const generation = this.#generation;
      // The language: lang= on the element (if we speak it), else the page's,
      // else the browser's.
      const own = this.getAttribute('lang');
      const lang = await loadLanguage(
        pickLanguage(speaks(own) ? own : this.parentElement?.closest('[lang]')?.lang, navigator.languages ?? []),
      );
      if (generation !== this.#generation) return; // removed or changed meanwhile
      const L = localize(lang);
      const frame = h(
        'div',
        { class: 'widget-frame panel', lang: L.lang, dir: direction(L.lang) },
        h('p', { class: 'status' }, L.t('status.loading')),
      );
      this.shadowRoot.replaceChildren(frame);
      const name = this.getAttribute('panel');
      const missing = unknownPanel(name, L, 'element.needPanel');
      if (missing) {
        frame.replaceChildren(missing);
        return;
      }
      this.#api = await load();
      if (generation !== this.#generation) return; // removed or changed meanwhile
      const { store, widget } = startWidget(frame, {
        name,
        api: this.#api,
        Chart,
        L,
        entries: this.#kept ?? this.#fieldAttributes(),
        requested: { lang: own, theme: this.getAttribute('theme'), hide: this.getAttribute('hide') },
        themeTarget: this,
        links,
      });
      this.#store = store;
      this.#widget = widget;
      this.#panel = name;
      this.#kept = null;
      const announce = (type, s) =>
        this.dispatchEvent(new CustomEvent(type, { detail: { panel: name, state: copyState(s) }, bubbles: true }));
      store.subscribe((s) => announce('infotheory-change', s));
      announce('infotheory-ready', store.get());
    }
  }
  customElements.define('info-widget', InfoWidget);
}
