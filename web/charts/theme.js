// Light and dark themes. The page follows prefers-color-scheme unless the
// reader picks one; the choice is the data-theme attribute ("light" or
// "dark") on <html> (or on an <info-widget>), read by style.css. Charts draw
// on canvas, which CSS cannot reach, so themePlugin copies the theme's
// colours (CSS variables) into every chart before it draws, and
// refreshCharts() redraws them all when the theme changes.

// The live charts: a chart leaves when it is destroyed (themePlugin's
// uninstall hook), so a widget that re-renders or leaves the page does not
// keep its old charts here.
const charts = new Set();

/** Remembers a chart so a theme change can redraw it (createChart calls this). */
export function trackChart(chart) {
  charts.add(chart);
}

/** Forgets a destroyed chart. */
export function untrackChart(chart) {
  charts.delete(chart);
}

/** How many charts are tracked: as many as are live (for tests and debugging). */
export function trackedChartCount() {
  return charts.size;
}

// Bumped whenever a theme is applied: a chart re-reads its colours (a
// getComputedStyle, which forces a style recalculation) only after that,
// not on every update while the reader drags.
let generation = 0;

/** Redraws every chart with the colours now in force. */
export function refreshCharts() {
  generation += 1;
  for (const chart of charts) {
    if (chart.canvas?.isConnected) chart.update('none');
  }
}

/** The theme colours a canvas sees (CSS custom properties of its element). */
export function themeColours(canvas) {
  const style = getComputedStyle(canvas);
  const read = (name, fallback) => style.getPropertyValue(name).trim() || fallback;
  return {
    text: read('--text', '#1a1a1a'),
    muted: read('--muted', '#4a4a4a'),
    grid: read('--grid', 'rgba(0, 0, 0, 0.1)'),
    marker: read('--marker', '#000000'),
    markerEdge: read('--background', '#ffffff'),
  };
}

/**
 * A Chart.js plugin: the theme's colours for text, grid and markers; and a
 * destroyed chart is no longer tracked (uninstall runs when a chart is
 * destroyed, even where the plugin is disabled for that chart).
 */
export const themePlugin = {
  id: 'theme',
  uninstall(chart) {
    untrackChart(chart);
  },
  beforeUpdate(chart) {
    if (chart.$themeGeneration !== generation || !chart.$theme) {
      chart.$theme = themeColours(chart.canvas);
      chart.$themeGeneration = generation;
    }
    const colours = chart.$theme;
    const options = chart.options;
    options.color = colours.text;
    for (const scale of Object.values(options.scales ?? {})) {
      if (scale.ticks) scale.ticks.color = colours.muted;
      if (scale.title) scale.title.color = colours.text;
      if (scale.grid) scale.grid.color = colours.grid;
    }
    if (options.plugins?.legend?.labels) options.plugins.legend.labels.color = colours.text;
    for (const dataset of chart.data.datasets) {
      // themeMarker 'fill': the marker colour and an edge in the background
      // colour; 'edge': the dataset's own colour with that edge.
      if (dataset.themeMarker === 'fill') dataset.backgroundColor = colours.marker;
      if (dataset.themeMarker) dataset.borderColor = colours.markerEdge;
    }
  },
};

/**
 * Applies a theme setting ("auto", "light" or "dark") to `element` (the
 * <html> element, or a widget's host): sets data-theme to the theme in
 * force, follows the system while "auto", and redraws the charts.
 * Returns a function that stops following the system.
 */
export function applyTheme(element, setting, matchMedia = globalThis.matchMedia) {
  const query = matchMedia?.('(prefers-color-scheme: dark)');
  const resolve = () => {
    element.dataset.theme = setting === 'auto' ? (query?.matches ? 'dark' : 'light') : setting;
    refreshCharts();
  };
  resolve();
  if (setting !== 'auto' || !query) return () => {};
  const follow = () => {
    // A widget taken off its page stops following at the next change.
    if (!element.isConnected) query.removeEventListener('change', follow);
    else resolve();
  };
  query.addEventListener('change', follow);
  return () => query.removeEventListener('change', follow);
}
