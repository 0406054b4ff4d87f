// The bad-input table (tests/bad-inputs.json) for the JS tests: its rows, the
// values JSON cannot hold decoded, and the table as the README shows it.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** The parsed tests/bad-inputs.json: { rows: [{ door, input, bad, outcome, cases }] }. */
export const TABLE = JSON.parse(fs.readFileSync(path.join(HERE, 'bad-inputs.json'), 'utf8'));

/** The doors, as the rows name them. */
export const DOORS = {
  kernel: 'C++ kernel',
  api: 'JS API',
  ui: 'UI field',
  url: 'URL parameter',
  element: '`<info-widget>` attribute',
};

/** The rows of one door. */
export function rowsOf(door) {
  return TABLE.rows.filter((row) => row.door === door);
}

const SPECIAL = { NaN, Infinity, '-Infinity': -Infinity };

/**
 * A value from the table as the JS API is to receive it. `api` is needed
 * only for { uniform }, { setProbability } and { randomDistribution }.
 */
export function decode(value, api) {
  if (Array.isArray(value)) return value.map((v) => decode(v, api));
  if (value === null || typeof value !== 'object') return value;
  if ('num' in value) return SPECIAL[value.num];
  if ('undefined' in value) return undefined;
  if ('zeros' in value) return new Float64Array(value.zeros);
  if ('holey' in value) return new Array(value.holey);
  if ('repeat' in value) return new Float64Array(value.repeat[0]).fill(decode(value.repeat[1], api));
  if ('uniform' in value) return api.uniform(value.uniform);
  if ('float64' in value) return Float64Array.from(decode(value.float64, api));
  if ('float32' in value) return Float32Array.from(decode(value.float32, api));
  if ('uint8' in value) return Uint8Array.from(value.uint8);
  if ('setProbability' in value) return Array.from(api.setProbability(...decode(value.setProbability, api)));
  if ('randomDistribution' in value) return Array.from(api.randomDistribution(...value.randomDistribution));
  return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, decode(v, api)]));
}

/** The table's rows as the README's table cells: [door, input, bad value, what happens]. */
export function readmeCells() {
  return TABLE.rows.map((row) => [row.door, row.input, row.bad, row.outcome]);
}

/** The README table, written out (print it to update README.md: see tests/js/readme-bad-input.test.js). */
export function readmeTable() {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(['Door', 'Input', 'Bad value', 'What happens']), line(['---', '---', '---', '---'])]
    .concat(readmeCells().map(line))
    .join('\n');
}
