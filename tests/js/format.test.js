import { describe, expect, test } from '@jest/globals';
import { amountParts, logTickLabel, numberParts, probabilityParts, unitName } from '../../web/format.js';
import { localize } from '../../web/i18n.js';

// The texts the page shows (the parts' `text`; localize() adds the decimal sign).
const formatAmount = (x) => amountParts(x).text;
const formatInfo = (x, units) => String(localize('en').info(x, units));
const formatProbability = (p) => probabilityParts(p).text;
const formatNumber = (x, digits) => numberParts(x, digits).text;

describe('formatAmount', () => {
  test('three decimals for ordinary amounts', () => {
    expect(formatAmount(Math.LN2)).toBe('0.693');
    expect(formatAmount(0.3250829733914482)).toBe('0.325');
    expect(formatAmount(13.815510557964274)).toBe('13.816');
  });
  test('infinity is ∞ and an exact zero is 0.000', () => {
    expect(formatAmount(Infinity)).toBe('∞');
    expect(formatAmount(0)).toBe('0.000');
  });
  test('small amounts stay visible in scientific notation', () => {
    expect(formatAmount(4.0000277e-12)).toBe('4.00 × 10⁻¹²');
    expect(formatAmount(0.000999)).toBe('9.99 × 10⁻⁴');
  });
  test('negative amounts get a true minus sign', () => {
    expect(formatAmount(-0.8836465597893729)).toBe('−0.884');
    expect(formatAmount(-2e-5)).toBe('−2.00 × 10⁻⁵');
    expect(formatAmount(-Infinity)).toBe('−∞');
  });
  test('NaN is refused rather than shown', () => {
    expect(() => formatAmount(NaN)).toThrow('not an amount of information');
    expect(() => formatAmount(undefined)).toThrow();
  });
});

describe('formatInfo and units', () => {
  test('appends the unit', () => {
    expect(formatInfo(1, 'bits')).toBe('1.000 bits');
    expect(formatInfo(Infinity, 'nats')).toBe('∞ nats');
    expect(unitName('anything else')).toBe('nats');
  });
});

describe('formatProbability', () => {
  test('exact ends, three decimals, scientific when tiny', () => {
    expect(formatProbability(0)).toBe('0');
    expect(formatProbability(1)).toBe('1');
    expect(formatProbability(0.9)).toBe('0.900');
    expect(formatProbability(0.000912)).toBe('9.12 × 10⁻⁴');
  });
});

describe('formatNumber and log ticks', () => {
  test('true minus sign, never −0.000', () => {
    expect(formatNumber(-2.4921)).toBe('−2.492');
    expect(formatNumber(-0.0001)).toBe('0.000');
    expect(formatNumber(0.5, 2)).toBe('0.50');
    expect(formatNumber(Infinity)).toBe('∞');
  });
  test('log ticks label 1, 2 and 5 times powers of ten only', () => {
    expect([0.05, 0.1, 0.2, 0.3, 5, 10, 20, 30, 500].map(logTickLabel)).toEqual([
      '0.05',
      '0.1',
      '0.2',
      '',
      '5',
      '10',
      '20',
      '',
      '500',
    ]);
  });
});
