// Types of the browser module (web/hosts/module.js: the package's
// "./element" and "./anywidget" exports). Importing it defines the custom
// element <info-widget>; it re-exports `load` and its default export is an
// anywidget module (a widget for Jupyter through anywidget).
// Written by hand; checked by tests/types/usage.ts.

export { load } from './index.js';
export type { InfotheoryAPI, Units } from './index.js';

/** The panels, by the name `panel="…"` takes, in the order of the story (web/panels/index.js). */
export type PanelName =
  'surprise' | 'coin' | 'extremes' | 'decomposition' | 'coding' | 'fits' | 'loss' | 'vae' | 'trust' | 'summary';

/** A panel's state: its fields by name (numbers, words such as `units`, lists of numbers such as `P`). */
export type PanelState = Record<string, number | string | number[]>;

/** What `infotheory-change` and `infotheory-ready` carry: the panel's name and its whole state. */
export interface InfoWidgetEventDetail {
  panel: PanelName;
  state: PanelState;
}

/** `infotheory-change` (every change of state) and `infotheory-ready` (the panel has started); both bubble. */
export type InfoWidgetEvent = CustomEvent<InfoWidgetEventDetail>;

/**
 * `<info-widget>`: one panel as an element of any page, drawn in its own
 * shadow root. Attributes set the state and changing one later updates the
 * widget; a malformed or out-of-range value falls back to its default with a
 * visible note. Lists are comma-separated (`p="0.7,0.2,0.1"`).
 *
 * Attributes of every panel:
 * - `panel`: which panel ({@link PanelName}); required.
 * - `units`: `nats` or `bits`.
 * - `lang`: the language, a code such as `en` or `de` (one the widget speaks); by default the page's or
 *   the browser's.
 * - `theme`: `light` or `dark`; by default the reader's system setting.
 * - `hide`: comma-separated parts to leave out: `title`, `units`, `presets`,
 *   `controls`, `share`, `notes`, `checks`.
 *
 * Each panel's fields (as attributes, in the URL, in a saved-state file):
 * - `surprise`: `p`, `p1`, `p2` (probabilities).
 * - `coin`: `p`.
 * - `extremes`: `P` (2–64 probabilities summing to 1), `seed`.
 * - `decomposition`: `P`, `Q` (2–10 probabilities each, same length), `seed`,
 *   `draws` (0–2000), `drawSeed`.
 * - `coding`: `P`, `Q` (4 probabilities each), `seed`.
 * - `fits`: `weights` (2, summing to 1), `means` (2, in [−5, 5]), `sigmas`
 *   (2, in [0.2, 2.5]), `landscape` (`reverse`, `forward`, `off`).
 * - `loss`: `logits` (2–6, in [−8, 8]), `trueClass` (0-based), `P` (same
 *   length), `n` (10–100000 draws), `seed`, `temperature` (0.1–10).
 * - `vae`: `mu`, `sigma` (latent dimension 1), `muB`, `sigmaB` (dimension 2),
 *   `x1`, `x2` (the data point), `noise` (s), `mu2`, `sigma2`.
 * - `trust`: `piOld`, `advantages` (2–8, same length), `piOld2`,
 *   `advantages2`, `piOld3`, `advantages3` (states 2 and 3), `visits` (3 state
 *   weights), `selected` (0–2), `alpha`, `delta` (the KL budget, in nats),
 *   `epsilon`, `beta`, `n`, `seed`.
 * - `summary`: as `decomposition`.
 *
 * Events (they bubble): `infotheory-ready` once the panel has started and
 * `infotheory-change` on every change of state, both with
 * `detail = { panel, state }` ({@link InfoWidgetEvent}).
 *
 * @example
 * <info-widget panel="decomposition" p="0.7,0.2,0.1" q="0.2,0.3,0.5" units="bits"></info-widget>
 */
export interface InfoWidgetElement extends HTMLElement {
  /** The panel's current state; null until the panel has started. */
  readonly state: PanelState | null;
  /**
   * Parses all the given fields together over the current state, values as
   * the attributes would take them (`{ p: 0.9 }`, `{ P: '0.5,0.5' }` or
   * `{ P: [0.5, 0.5] }`); a refused value falls back to its default with a note.
   */
  setState(values: Record<string, string | number | ArrayLike<number>>): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'info-widget': InfoWidgetElement;
  }
  interface HTMLElementEventMap {
    'infotheory-change': InfoWidgetEvent;
    'infotheory-ready': InfoWidgetEvent;
  }
  interface GlobalEventHandlersEventMap {
    'infotheory-change': InfoWidgetEvent;
    'infotheory-ready': InfoWidgetEvent;
  }
}

/** The traits the anywidget model synchronises between Python and the browser. */
export interface InfoWidgetModel {
  panel: PanelName;
  state: PanelState;
  lang: string;
  theme: string;
  hide: string;
}

/** The part of anywidget's model this widget uses (declared here: no dependency on the anywidget package). */
export interface AnyModel<T extends object> {
  /** A trait's current value. */
  get<K extends keyof T>(key: K): T[K];
  /** Sets a trait here; save_changes() sends it to the kernel. */
  set<K extends keyof T>(key: K, value: T[K]): void;
  /** Sends the traits set since the last call to the kernel. */
  save_changes(): void;
  /** Listens to a model event, such as `change:state`. */
  on(event: string, callback: (...args: unknown[]) => void): void;
  /** Stops listening (all events or callbacks when left out). */
  off(event?: string | null, callback?: ((...args: unknown[]) => void) | null): void;
}

/** The anywidget module: render() draws the panel in `el` and returns the cleanup that removes it. */
declare const widget: {
  render(context: { model: AnyModel<InfoWidgetModel>; el: HTMLElement }): () => void;
};
export default widget;
