// The package's browser module (`infotheory-widget/element`,
// `infotheory-widget/anywidget`), built to dist/npm/widget.js: one ES module
// that carries everything — Chart.js, the kernels as base64, every language,
// the styles — because a notebook loads it from a string or a blob, with
// nothing beside it. Importing it defines <info-widget>; its default export
// is an anywidget module (Jupyter, marimo, MyST) whose model holds the
// panel's name and state, synced both ways.
import kernels from '../../build/wasm/infotheory-kernels.wasm';
import { Chart } from './chart-setup.js';
import { defineElement } from './element.js';
import { useBundledKernels } from '../wasm-source.js';

useBundledKernels(kernels);
// No site to link to: the share box offers exports, not links or embed code.
defineElement({ Chart, base: null });

export { load } from '../kernels.js';

// The model's fields a host may set, as the element's attributes.
const SETTINGS = ['panel', 'lang', 'theme', 'hide'];

// A state as JSON-ready values (typed arrays as lists), for the model.
function plain(state) {
  return Object.fromEntries(
    Object.entries(state).map(([key, value]) => [key, ArrayBuffer.isView(value) ? Array.from(value) : value]),
  );
}

function text(value) {
  return Array.isArray(value) || ArrayBuffer.isView(value) ? Array.from(value).join(',') : String(value);
}

export default {
  /**
   * Shows the model's panel in `el`. The model's `state` (field → value)
   * sets the panel; every change the reader makes goes back to it. Returns
   * the cleanup anywidget calls when the view goes away.
   */
  render({ model, el }) {
    const widget = document.createElement('info-widget');
    // What the model and the widget last agreed on, so an echo is not sent back.
    let synced = '';
    const settings = () => {
      for (const name of SETTINGS) {
        const value = model.get(name);
        if (value === undefined || value === null || value === '') widget.removeAttribute(name);
        else widget.setAttribute(name, String(value));
      }
    };
    settings();
    // The first render reads these, all at once.
    for (const [key, value] of Object.entries(model.get('state') ?? {}))
      widget.setAttribute(key.toLowerCase(), text(value));

    const fromWidget = (event) => {
      const state = plain(event.detail.state);
      if (JSON.stringify(state) === synced) return; // the model's own change, come back
      synced = JSON.stringify(state);
      model.set('state', state);
      model.save_changes();
    };
    const fromModel = () => {
      const state = model.get('state') ?? {};
      if (JSON.stringify(state) === synced) return;
      synced = JSON.stringify(state);
      widget.setState(state);
    };
    widget.addEventListener('infotheory-ready', fromWidget);
    widget.addEventListener('infotheory-change', fromWidget);
    model.on('change:state', fromModel);
    for (const name of SETTINGS) model.on(`change:${name}`, settings);
    el.append(widget);
    return () => {
      model.off('change:state', fromModel);
      for (const name of SETTINGS) model.off(`change:${name}`, settings);
      widget.remove();
    };
  },
};
