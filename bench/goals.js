// Every goal `npm run bench` measures against (issue 14), in one place.
// `npm run bench -- --check` exits non-zero when a figure misses its goal;
// `npm test` never runs it (timings are noisy).
export const GOALS = {
  /** Gzip bytes of everything index.html loads in English, all panels (other languages come when asked). */
  siteGzipBytes: 120 * 1024,
  /** Gzip bytes of the single file, which carries every language and the kernels inside. */
  singleGzipBytes: 160 * 1024,
  /** Navigation → first panel interactive, on localhost (ms, median). */
  firstPanelMs: 100,
  /** Navigation → every panel ready (ms, median). */
  allPanelsMs: 400,
  /** Longest main-thread task while the page loads (ms). */
  loadLongestTaskMs: 50,
  /** Lighthouse (mobile emulation) performance score, and its total blocking time (ms). */
  lighthousePerformance: 95,
  lighthouseTbtMs: 150,
  /** Input event → chart drawn, p95 over 200 drags or slider moves, every panel (ms). */
  dragP95Ms: 4,
  /** Longest input → drawn while dragging, every panel (ms): no task over a frame. */
  dragLongestMs: 16,
  /** One kernel call on a distribution of K = 4, through the public API (ns). */
  callK4Ns: 1000,
  /** wasm ÷ plain-JS throughput at n = 10³ (at least) and at n = 10⁶ (at least). */
  speedupAt1e3: 1,
  speedupAt1e6: 2,
};
