// Work for what is far off-screen waits while the input goes on. A drag
// redraws what the reader can see at once; a chart or a derivation more than
// NEAR beyond the viewport is brought up to date when it comes near it
// (IntersectionObserver), or when the input pauses for IDLE_MS (one per task,
// so no task grows long), so nothing stays stale for a reader who scrolls, a
// screen reader, a test or a print. Only changes in a burst wait (less than
// BURST_MS after the one before: a drag, a held key): a single change (a
// button, the units switch, a link) updates everything at once. Without
// IntersectionObserver (Node) everything runs at once.

/** How far beyond the viewport (above and below) still counts as in view. */
export const NEAR = '25% 0px';
/** How long the input must pause before what waits is brought up to date. */
export const IDLE_MS = 150;
/** Changes closer together than this are a burst (pointer moves come every frame, about 16 ms). */
export const BURST_MS = 50;

const now = () => (typeof performance === 'object' ? performance.now() : Date.now());

const lazies = new WeakMap();
const waiting = new Set();
let observer = null;
let idleTimer = null;

function observe(element, lazy) {
  if (typeof IntersectionObserver !== 'function') return;
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const seen = lazies.get(entry.target);
        if (!seen) continue;
        seen.near = entry.isIntersecting;
        if (seen.near) seen.flush();
      }
    },
    { rootMargin: NEAR },
  );
  lazies.set(element, lazy);
  observer.observe(element);
}

/** Brings one waiting task up to date, then schedules the next one. */
function flushOne() {
  idleTimer = null;
  const [lazy] = waiting;
  if (!lazy) return;
  lazy.flush();
  if (waiting.size) idleTimer = setTimeout(flushOne, 0);
}

function scheduleIdle() {
  if (idleTimer !== null) clearTimeout(idleTimer);
  idleTimer = setTimeout(flushOne, IDLE_MS);
}

/**
 * A gate for `element`'s updates: run(task) runs `task` now while the element
 * is near the viewport (or before its visibility is known), or when the
 * change is not part of a burst; else it keeps
 * only the latest task (`stage`, if given, runs now: the cheap part that
 * keeps the data current) and runs it later. flush() runs a waiting task now.
 * @returns {{run: (task: Function, stage?: Function) => void, flush: () => void, waiting: () => boolean}}
 */
export function whenNear(element) {
  let pending = null;
  let last = -Infinity;
  const lazy = {
    near: true,
    run(task, stage) {
      const time = now();
      const burst = time - last < BURST_MS;
      last = time;
      if (lazy.near || !burst) {
        pending = null;
        waiting.delete(lazy);
        task();
        return;
      }
      stage?.();
      pending = task;
      waiting.add(lazy);
      scheduleIdle();
    },
    flush() {
      const task = pending;
      pending = null;
      waiting.delete(lazy);
      task?.();
    },
    waiting: () => pending !== null,
  };
  observe(element, lazy);
  return lazy;
}
