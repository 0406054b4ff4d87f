// Getting things out of a panel: a chart's data as CSV, a chart as PNG, the
// panel's state as JSON, all as downloads made in the browser (no server).

function csvField(value) {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function csvRow(values) {
  return values.map(csvField).join(',');
}

/**
 * A chart's data as CSV. Charts over categories give one column per
 * dataset; charts of {x, y} points give one row per point: series, x, y.
 * @param {{labels?: string[], datasets: Array<{label: string, data: Array}>}} data
 */
export function chartToCsv(all) {
  // Datasets hidden until a question is answered (predict.js) are left out.
  const data = { ...all, datasets: all.datasets.filter((d) => !d.hidden) };
  if (data.labels && data.labels.length) {
    const rows = [csvRow(['category', ...data.datasets.map((d) => d.label)])];
    data.labels.forEach((label, i) => rows.push(csvRow([label, ...data.datasets.map((d) => d.data[i])])));
    return rows.join('\n') + '\n';
  }
  const rows = [csvRow(['series', 'x', 'y'])];
  for (const dataset of data.datasets) {
    for (const point of dataset.data) rows.push(csvRow([dataset.label, point.x, point.y]));
  }
  return rows.join('\n') + '\n';
}

/** Offers `blob` as a file download named `filename`. */
export function download(filename, blob) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** A chart's canvas as a PNG file, on a white background (charts draw on transparency). */
export function chartToPng(chart) {
  const source = chart.canvas;
  const canvas = document.createElement('canvas');
  canvas.width = source.width;
  canvas.height = source.height;
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(source, 0, 0);
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
}

/** The saved-state file: which panel, a format version, and the state's fields as text. */
export function stateToJson(panelName, entries) {
  return JSON.stringify({ panel: panelName, version: 1, state: Object.fromEntries(entries) }, null, 2) + '\n';
}

// An Error with an i18n key and parameters beside its English message.
function problem(key, params, message) {
  return Object.assign(new Error(message), { key, params });
}

/**
 * Reads a saved-state file back into [name, text] entries for parseState,
 * or throws an Error saying what is wrong with it (error.key and
 * error.params give the words in other languages).
 */
export function jsonToEntries(panelName, text) {
  let saved;
  try {
    saved = JSON.parse(text);
  } catch {
    throw problem('export.notJson', {}, 'The file is not JSON.');
  }
  if (!saved || typeof saved !== 'object' || typeof saved.state !== 'object' || saved.state === null) {
    throw problem('export.noState', {}, 'The file has no "state" object.');
  }
  if (saved.panel !== panelName) {
    const other = String(saved.panel).slice(0, 40);
    throw problem('export.otherPanel', { other }, `The file holds the state of "${other}", not of this panel.`);
  }
  // Objects are shown as the JSON they were, not as "[object Object]".
  const asText = (value) => (value !== null && typeof value === 'object' ? JSON.stringify(value) : String(value));
  return Object.entries(saved.state).map(([name, value]) => [
    name,
    Array.isArray(value) ? value.map(asText).join(',') : asText(value),
  ]);
}
