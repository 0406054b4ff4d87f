import { describe, expect, test } from '@jest/globals';
import { chartToCsv, jsonToEntries, stateToJson } from '../../web/export.js';

describe('chartToCsv', () => {
  test('charts over categories: one column per dataset', () => {
    const csv = chartToCsv({
      labels: ['1', '2'],
      datasets: [
        { label: 'P (true)', data: [0.4, 0.6] },
        { label: 'Q, "the model"', data: [0.5, null] },
      ],
    });
    expect(csv).toBe('category,P (true),"Q, ""the model"""\n1,0.4,0.5\n2,0.6,\n');
  });

  test('charts of points: series, x, y', () => {
    const csv = chartToCsv({
      datasets: [
        {
          label: 'curve',
          data: [
            { x: 0, y: 0 },
            { x: 1, y: Infinity },
          ],
        },
        { label: 'marker', data: [{ x: 0.5, y: 0.25 }] },
      ],
    });
    expect(csv).toBe('series,x,y\ncurve,0,0\ncurve,1,Infinity\nmarker,0.5,0.25\n');
  });
});

describe('saved state', () => {
  test('round-trips through JSON as text entries', () => {
    const json = stateToJson('decomposition', [
      ['P', '0.5,0.5'],
      ['units', 'bits'],
    ]);
    expect(JSON.parse(json)).toEqual({ panel: 'decomposition', version: 1, state: { P: '0.5,0.5', units: 'bits' } });
    expect(jsonToEntries('decomposition', json)).toEqual([
      ['P', '0.5,0.5'],
      ['units', 'bits'],
    ]);
  });

  test('arrays and numbers written by hand are accepted too', () => {
    expect(jsonToEntries('coin', '{"panel":"coin","state":{"p":0.9,"x":[1,2]}}')).toEqual([
      ['p', '0.9'],
      ['x', '1,2'],
    ]);
  });

  test('wrong files are refused with a reason', () => {
    expect(() => jsonToEntries('coin', 'not json')).toThrow('The file is not JSON.');
    expect(() => jsonToEntries('coin', '[]')).toThrow('The file has no "state" object.');
    expect(() => jsonToEntries('coin', '{"panel":"vae","state":{}}')).toThrow(
      'The file holds the state of "vae", not of this panel.',
    );
  });
});
