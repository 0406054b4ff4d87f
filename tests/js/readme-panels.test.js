// The README's table of panels and the state each takes names every panel
// and every field its schema has (a new field or panel without a row fails).
import { describe, expect, test } from '@jest/globals';
import fs from 'node:fs';
import { PANELS } from '../../web/panels/index.js';

const readme = fs.readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const rows = Object.fromEntries(
  [...readme.matchAll(/^\| `(\w+)` +\| (.*?) *\|$/gm)].map(([, name, fields]) => [name, fields]),
);

describe('README: panels and the state each takes', () => {
  test('a row for every panel', () => {
    expect(Object.keys(rows).sort()).toEqual(Object.keys(PANELS).sort());
  });
  test.each(Object.keys(PANELS))('%s: every field of its schema', (name) => {
    const same = rows[name].match(/^as `(\w+)`$/);
    const text = same ? rows[same[1]] : rows[name];
    if (same) expect(Object.keys(PANELS[name].schema).sort()).toEqual(Object.keys(PANELS[same[1]].schema).sort());
    for (const field of Object.keys(PANELS[name].schema))
      expect([field, text.includes(`\`${field}\``)]).toEqual([field, true]);
  });
});
