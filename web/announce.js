// A polite live region per widget: the key readout is read out once the
// reader stops moving a control, not at every step of a drag.
import { h } from './dom.js';

/**
 * @param {number} [delay] ms of quiet before announcing
 * @returns {{element: HTMLElement, announce: (text: string) => void}}
 */
export function createAnnouncer(delay = 700) {
  const element = h('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' });
  let timer = null;
  let pending = '';
  return {
    element,
    announce(text) {
      pending = String(text);
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (element.textContent !== pending) element.textContent = pending;
      }, delay);
    },
  };
}
