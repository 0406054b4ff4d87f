// A small observable state container: one per page (or per embedded widget).

/**
 * @template S
 * @param {S} initial
 */
export function createStore(initial) {
  let state = { ...initial };
  const listeners = new Set();
  return {
    /** @returns {S} */
    get: () => state,
    /** Merges `patch` into the state and notifies every listener. */
    set(patch) {
      state = { ...state, ...patch };
      for (const listener of listeners) listener(state);
    },
    /** Calls `listener(state)` after every change; returns an unsubscribe. */
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
