import { beforeAll, describe, expect, test } from '@jest/globals';
import { load } from '../../../web/kernels.js';
import { defaults, render, source } from '../../../web/panels/summary.js';

let api;
beforeAll(async () => {
  api = await load();
});

describe('summary triangle', () => {
  test('shares the decomposition panel’s state', () => {
    expect(source).toBe('decomposition');
  });

  test('rows carry live values and the identity holds in the text', () => {
    const { rows, identity } = render(api, defaults);
    expect(rows.map((r) => r.value)).toEqual(['1.280 nats', '1.386 nats', '0.106 nats']);
    expect(identity).toMatch(/^Cross-entropy = entropy \+ KL: 1\.386 nats = 1\.280 nats \+ 0\.106 nats\./);
  });

  test('an infinite KL is explained, in bits too', () => {
    const { rows, identity } = render(api, { ...defaults, P: [0.5, 0.5], Q: [1, 0], units: 'bits' });
    expect(rows.map((r) => r.value)).toEqual(['1.000 bits', '∞ bits', '∞ bits']);
    expect(identity).toContain('H(P, Q) = 1.000 bits + ∞ = ∞');
  });
});
