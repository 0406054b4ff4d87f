// embed.html: one panel alone, for an iframe. ?panel=coin&p=0.9&units=bits
// &hide=units,presets&lang=de&theme=dark. It tells the parent page its
// height (so the host script, embed-host.js, can size the iframe) and every
// change of state.
import { h } from './dom.js';
import { localize, pickLanguage } from './i18n.js';
import { createStore } from './store.js';
import { PANELS } from './panels/index.js';
import { parseHide, parseState, settingNotes, THEMES } from './state.js';
import { mountWidget, siteLinks } from './widget.js';
import { baseOf, translatePage } from './page.js';

export function mountEmbed({ api, Chart, root, location, parent, window }) {
  const params = new URLSearchParams(location.search);
  const L = localize(pickLanguage(params.get('lang'), window.navigator?.languages ?? []));
  translatePage(window.document, L);
  const name = params.get('panel');
  const panel = Object.hasOwn(PANELS, name ?? '') ? PANELS[name] : null;
  if (!panel) {
    root.replaceChildren(
      h(
        'p',
        { class: 'widget-notes', role: 'alert' },
        L.t('embed.needPanel', { panels: Object.keys(PANELS).join(', ') }),
      ),
    );
    return null;
  }
  window.document.title = L.t(`${name}.title`);
  const theme = THEMES.includes(params.get('theme')) ? params.get('theme') : 'auto';
  const settings = settingNotes({ lang: params.get('lang'), theme: params.get('theme') }, { lang: L.lang, theme });
  const { hide, notes: hideNotes } = parseHide(params.get('hide'));
  const { state, notes } = parseState(panel, params, api);
  const store = createStore({ ...state, lang: L.lang });
  const title = h('h1', { class: 'widget-title' }, L.t(`${name}.title`));
  const host = h('div');
  root.replaceChildren(title, host);
  root.dataset.hide = hide.join(' ');
  const widget = mountWidget(host, {
    name,
    api,
    Chart,
    store,
    links: siteLinks(baseOf(location.href)),
    hide,
    notes: [...settings, ...hideNotes, ...notes],
    withUnits: true,
    theme: { target: window.document.documentElement, setting: theme },
    headingLevel: 2,
  });
  if (parent && parent !== window) {
    const post = (message) => parent.postMessage({ source: 'infotheory', ...message }, '*');
    const tellHeight = () => post({ type: 'infotheory:height', height: window.document.documentElement.scrollHeight });
    new window.ResizeObserver(tellHeight).observe(window.document.documentElement);
    store.subscribe((s) => post({ type: 'infotheory:state', panel: name, state: s }));
    tellHeight();
  }
  return { store, widget };
}
