// The page's table of contents: built from the page's own sections (so a new
// section appears by itself), kept in reach (a sticky sidebar when wide, a
// sticky bar that opens when narrow; style.css), and marking the section
// being read with aria-current="location".
import { h, perFrame } from '../dom.js';

/** Where a section counts as "being read": its top above this share of the viewport. */
const READING_LINE = 0.3;

/**
 * Fills `nav` ([data-toc]) with links to the page top, every
 * section.panel, the glossary and the note on computation, and keeps the
 * current one marked while the reader scrolls. Returns the update function
 * (for tests and after layout changes).
 */
export function mountToc(nav, { document, window, L }) {
  const list = nav.querySelector('[data-toc-list]');
  const toggle = nav.querySelector('.toc-toggle');
  const current = nav.querySelector('[data-toc-current]');
  const targets = [
    { id: 'top', text: L.t('page.toc.top') },
    ...[...document.querySelectorAll('main section.panel[id]')].map((section) => ({
      id: section.id,
      text: section.querySelector('h2')?.textContent.trim() ?? section.id,
      numbered: true,
    })),
    { id: 'glossary', text: L.t('page.toc.glossary') },
    { id: 'computed', text: L.t('page.toc.computed') },
  ].filter(({ id }) => document.getElementById(id));
  const links = targets.map(({ id, text, numbered }) =>
    h('a', { href: `#${id}`, class: numbered ? 'toc-numbered' : null }, text),
  );
  list.replaceChildren(...links.map((link) => h('li', {}, link)));

  const setOpen = (open) => {
    toggle.setAttribute('aria-expanded', String(open));
    nav.toggleAttribute('data-open', open);
  };
  toggle.addEventListener('click', () => setOpen(toggle.getAttribute('aria-expanded') !== 'true'));
  nav.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && toggle.getAttribute('aria-expanded') === 'true') {
      setOpen(false);
      toggle.focus();
    }
  });
  // A chosen link closes the narrow bar; a link to the closed note opens it.
  const openDetails = (id) => {
    const target = document.getElementById(id);
    if (target?.tagName === 'DETAILS') target.open = true;
  };
  list.addEventListener('click', (event) => {
    const link = event.target.closest('a');
    if (!link) return;
    openDetails(link.hash.slice(1));
    setOpen(false);
  });
  window.addEventListener('hashchange', () => openDetails(window.location.hash.slice(1)));
  if (window.location.hash) openDetails(window.location.hash.slice(1));

  // The section being read: the last one whose top has passed the reading line.
  const update = () => {
    const line = window.innerHeight * READING_LINE;
    let index = 0;
    targets.forEach(({ id }, i) => {
      if (document.getElementById(id).getBoundingClientRect().top <= line) index = i;
    });
    // At the very bottom the last target is being read, however short it is.
    const root = document.scrollingElement;
    if (root.scrollTop + window.innerHeight >= root.scrollHeight - 2) index = targets.length - 1;
    links.forEach((link, i) => {
      if (i === index) link.setAttribute('aria-current', 'location');
      else link.removeAttribute('aria-current');
    });
    if (current && current.textContent !== targets[index].text) current.textContent = targets[index].text;
  };
  const schedule = perFrame(update, window);
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', schedule, { passive: true });
  // In the next frame, not now: measuring the sections would lay out the
  // whole page before the first panel is mounted (≈ 25–50 ms at load).
  schedule();
  return update;
}
