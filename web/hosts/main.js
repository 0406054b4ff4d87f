// The one script (built to dist/infotheory.js): registers the Chart.js
// parts, defines <info-widget>, and on our own pages mounts the panels
// (index.html) or the single embedded panel (embed.html) and publishes the
// kernels as window.infotheory. On any other page it only defines the
// element: no globals, no styles, no focus taken.
import { Chart } from './chart-setup.js';
import { load } from '../kernels.js';
import { defineElement } from './element.js';
import { mountEmbed } from './embed.js';
import { mountPage } from './page.js';
import { scriptBase } from '../script-base.js';
import { loadLanguage, localize, pickLanguage } from '../i18n.js';

// localStorage, or null where a sandbox or a setting forbids it.
function localStorageOrNull() {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

// Where this script came from (script-base.js): embed code and links point there.
defineElement({ Chart, base: scriptBase });

async function start() {
  performance.mark('infotheory:start'); // bench/load.js reads these marks
  const page = document.querySelector('[data-panel]');
  const embed = document.querySelector('[data-embed]');
  if (!page && !embed) return; // a host page: <info-widget> elements start themselves
  const status = document.querySelector('[data-status]');
  // The reader's language is fetched (when not English) while the kernels load.
  loadLanguage(pickLanguage(new URLSearchParams(location.search).get('lang'), navigator.languages ?? []));
  let api;
  try {
    api = await load();
    performance.mark('infotheory:kernels');
  } catch (error) {
    if (status)
      status.textContent = localize(pickLanguage(null, navigator.languages)).t('status.failed', {
        reason: error.message,
      });
    throw error;
  }
  window.infotheory = api;
  if (embed) {
    await mountEmbed({ api, Chart, root: embed, location, parent: window.parent, window });
  } else {
    await mountPage({ api, Chart, document, location, history, navigator, storage: localStorageOrNull() });
  }
  if (status) status.textContent = '';
  document.documentElement.dataset.ready = 'true';
  performance.mark('infotheory:ready');
  keepOffline();
}

// Our own pages over http(s): the service worker (sw.js beside this script)
// caches the site for the next visit, offline included. Registered once the
// page is ready, so its downloads never compete with the first load; where
// it is not allowed (a sandboxed frame, a private mode), the page works as before.
function keepOffline() {
  // Only the site's own page (it links the manifest; the single file and embed.html do not).
  if (!document.querySelector('link[rel="manifest"]')) return;
  if (!/^https?:/.test(location.protocol) || !navigator.serviceWorker || !scriptBase) return;
  navigator.serviceWorker
    .register(new URL('sw.js', scriptBase), { scope: scriptBase, updateViaCache: 'none' })
    .catch(() => {});
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', start, { once: true });
} else {
  start();
}
