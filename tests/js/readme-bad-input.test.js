// The README's "Bad input" table and tests/bad-inputs.json say the same:
// the same rows, in the same order, cell for cell (whatever padding Prettier
// gives the columns). To update the README after changing the file, print
// the table: node -e "import('./tests/bad-inputs.js').then((m) => console.log(m.readmeTable()))"
import { describe, expect, test } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOORS, TABLE, readmeCells } from '../bad-inputs.js';

const README = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'README.md');

/** The cells of every body row of the first table under the "## Bad input" heading. */
function readmeRows(markdown) {
  const section = markdown.split(/^## /m).find((part) => part.startsWith('Bad input\n'));
  if (!section) return null;
  const lines = section.split('\n').filter((line) => line.startsWith('|'));
  return lines.slice(2).map((line) =>
    line
      .slice(1, line.lastIndexOf('|'))
      .split(/(?<!\\)\|/)
      .map((cell) => cell.trim().replaceAll('\\|', '|')),
  );
}

describe('the README bad-input table', () => {
  const rows = readmeRows(fs.readFileSync(README, 'utf8'));

  test('exists, with the header Door | Input | Bad value | What happens', () => {
    expect(rows).not.toBeNull();
    const header = fs
      .readFileSync(README, 'utf8')
      .split(/^## /m)
      .find((part) => part.startsWith('Bad input\n'))
      .split('\n')
      .find((line) => line.startsWith('|'));
    expect(header.split('|').map((cell) => cell.trim())).toEqual([
      '',
      'Door',
      'Input',
      'Bad value',
      'What happens',
      '',
    ]);
  });

  test('has exactly the rows of tests/bad-inputs.json, in order', () => {
    expect(rows).toEqual(readmeCells());
  });

  test('every row of the file is walked by a test: it has cases, and a door a test walks', () => {
    for (const row of TABLE.rows) {
      expect(Object.values(DOORS)).toContain(row.door);
      expect(row.cases.length).toBeGreaterThan(0);
    }
  });

  test('covers every door and every bad-value class the issue lists', () => {
    const doors = new Set(TABLE.rows.map((row) => row.door));
    expect([...doors]).toEqual(Object.values(DOORS));
    const classes = TABLE.rows.map((row) => row.bad).join(' / ');
    for (const word of ['negative', 'NaN', '∞', 'empty', 'unequal lengths', 'sum off 1', 'outside [0, 1]', 'σ ≤ 0']) {
      expect(classes).toContain(word);
    }
    for (const word of ['huge', 'subnormal', '1 − 1e-16', 'string']) expect(classes).toContain(word);
  });
});
