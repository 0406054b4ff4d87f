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
import { PANELS } from '../panels/index.js';

useBundledKernels(kernels);
// No site to link to: the share box offers exports, not links or embed code.
defineElement({ Chart, base: null });

export { load } from '../kernels.js';

// The model's fields a host may set, as the element's attributes.
const SETTINGS = ['panel', 'lang', 'theme', 'hide'];

// A panel's state for the model: its fields and units (the element's events
// hand out lists as arrays already), not the language it speaks.
function plain(panel, state) {
  const keys = [...Object.keys(PANELS[panel]?.schema ?? {}), 'units'];
  return Object.fromEntries(keys.filter((key) => key in state).map((key) => [key, state[key]]));
}

export default {
  /**
   * Shows the model's panel in `el`. The model's `state` (field → value)
   * sets the panel (fields it leaves out keep their values); every change
   * the reader makes goes back to it, as the panel's whole state. Returns
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
    // Before it starts, the element takes the model's state as attributes (its fields only).
    const startFromModel = () => widget.setState(model.get('state') ?? {});
    settings();
    startFromModel();

    const fromWidget = (event) => {
      const state = plain(event.detail.panel, event.detail.state);
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
    // Another panel starts from the model's state, not from the last panel's attributes.
    const newPanel = () => {
      for (const name of widget.getAttributeNames()) if (!SETTINGS.includes(name)) widget.removeAttribute(name);
      settings();
      startFromModel();
    };
    widget.addEventListener('infotheory-ready', fromWidget);
    widget.addEventListener('infotheory-change', fromWidget);
    model.on('change:state', fromModel);
    model.on('change:panel', newPanel);
    for (const name of SETTINGS.filter((n) => n !== 'panel')) model.on(`change:${name}`, settings);
    el.append(widget);
    return () => {
      model.off('change:state', fromModel);
      model.off('change:panel', newPanel);
      for (const name of SETTINGS.filter((n) => n !== 'panel')) model.off(`change:${name}`, settings);
      widget.remove();
    };
  },
};
