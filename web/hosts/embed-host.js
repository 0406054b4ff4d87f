// embed-host.js: include once on a page that embeds the widget in iframes
// (<iframe data-infotheory-embed src=".../embed.html?panel=coin">). It sizes
// each such iframe to its content, and re-announces every change of the
// widget's state as an "infotheory-state" event on the iframe element, with
// { panel, state } in its detail. It adds no globals and no styles besides
// the iframe heights.
(() => {
  const MAX_HEIGHT = 20000;
  // Frameless and full width, set here rather than in a style attribute,
  // which a strict Content-Security-Policy (style-src) would refuse.
  const fit = () => {
    for (const frame of document.querySelectorAll('iframe[data-infotheory-embed]')) {
      frame.style.border = '0';
      frame.style.width = '100%';
    }
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', fit, { once: true });
  else fit();
  window.addEventListener('message', (event) => {
    const data = event.data;
    if (!data || data.source !== 'infotheory' || typeof data.type !== 'string') return;
    for (const frame of document.querySelectorAll('iframe[data-infotheory-embed]')) {
      if (frame.contentWindow !== event.source) continue;
      if (data.type === 'infotheory:height') {
        const height = Number(data.height);
        if (Number.isFinite(height) && height > 0 && height <= MAX_HEIGHT)
          frame.style.height = `${Math.ceil(height)}px`;
      } else if (data.type === 'infotheory:state') {
        frame.dispatchEvent(
          new CustomEvent('infotheory-state', { detail: { panel: data.panel, state: data.state }, bubbles: true }),
        );
      }
    }
  });
})();
