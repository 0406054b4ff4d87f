// embed.html: one panel alone, for an iframe. ?panel=coin&p=0.9&units=bits
// &hide=units,presets&lang=de&theme=dark. It tells the parent page its
// height (so the host script, embed-host.js, can size the iframe) and every
// change of state.
import { h } from '../dom.js';
import { loadLanguage, localize, pickLanguage } from '../i18n.js';
import { siteLinks, startWidget, unknownPanel } from '../widget.js';
import { baseOf, translatePage } from './page.js';

export async function mountEmbed({ api, Chart, root, location, parent, window }) {
  const params = new URLSearchParams(location.search);
  const L = localize(await loadLanguage(pickLanguage(params.get('lang'), window.navigator?.languages ?? [])));
  translatePage(window.document, L);
  const name = params.get('panel');
  const missing = unknownPanel(name, L, 'embed.needPanel');
  if (missing) {
    root.replaceChildren(missing);
    return null;
  }
  window.document.title = L.t(`${name}.title`);
  const host = h('div');
  root.replaceChildren(h('h1', { class: 'widget-title' }, L.t(`${name}.title`)), host);
  const { store, widget, hide } = startWidget(host, {
    name,
    api,
    Chart,
    L,
    entries: params,
    requested: { lang: params.get('lang'), theme: params.get('theme'), hide: params.get('hide') },
    themeTarget: window.document.documentElement,
    links: siteLinks(baseOf(location.href)),
    headingLevel: 2,
  });
  root.dataset.hide = hide.join(' ');
  if (parent && parent !== window) {
    const post = (message) => parent.postMessage({ source: 'infotheory', ...message }, '*');
    const tellHeight = () => post({ type: 'infotheory:height', height: window.document.documentElement.scrollHeight });
    new window.ResizeObserver(tellHeight).observe(window.document.documentElement);
    store.subscribe((s) => post({ type: 'infotheory:state', panel: name, state: s }));
    tellHeight();
  }
  return { store, widget };
}
