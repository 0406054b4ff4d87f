// Issue 11's statements that no state changes: the page's note on how it is
// computed says what is exact and what is estimated (issue 13: the lede no
// longer talks about the implementation), the loss section says where one fixed q̂
// replaces a classifier, and the German text uses one word for each thing.
import { describe, expect, test } from '@jest/globals';
import { LANGUAGES, TABLES } from '../../web/i18n.js';

const de = TABLES.de;
const en = TABLES.en;

describe('the note on computation says what is exact and what is estimated', () => {
  test.each(LANGUAGES)('%s', (lang) => {
    const note = TABLES[lang]['page.computed.body'];
    // Not "every number is computed exactly": the estimates are named.
    expect(note).toMatch(/Monte-Carlo/);
    expect(note).toMatch(lang === 'de' ? /exakt/ : /exact/);
    expect(note).toMatch(lang === 'de' ? /Näherungen/ : /approximations/);
    expect(note).toMatch(lang === 'de' ? /Fehler/ : /error/);
    for (const kind of lang === 'de'
      ? [/numerische Integrale/, /Liniensuchen/, /angepasste Kurven/]
      : [/numerical integrals/, /line searches/, /fitted curves/])
      expect(note).toMatch(kind);
    expect(note).not.toMatch(/computed, exactly|exakt von/);
  });
});

describe('the learner-facing lede and introductions leave the implementation to that note', () => {
  const introKeys = Object.keys(en).filter((key) => /^[a-z]+\.(intro|bridge|try)$/.test(key) || key === 'page.lede');
  test('there are introductions to check', () => {
    expect(introKeys.length).toBeGreaterThan(20);
  });
  test.each(LANGUAGES.flatMap((lang) => introKeys.map((key) => [lang, key])))('%s %s', (lang, key) => {
    expect(TABLES[lang][key]).not.toMatch(/C\+\+|WebAssembly|quadrature|Quadratur|kernel|Kernel/);
  });
  test.each(LANGUAGES)('%s: the lede points to the note, which exists on the page', (lang) => {
    expect(TABLES[lang]['page.lede']).toMatch(/\]\(#computed\)/);
  });
});

describe('the loss section says where a fixed q̂ stands in for a classifier', () => {
  test('the intro claims the per-example loss is −log q̂_k and the sum the negative log-likelihood, nothing more', () => {
    expect(en['loss.intro']).not.toMatch(/Averaged over a data set, that loss is the cross-entropy/);
    expect(en['loss.intro']).toMatch(/negative log-likelihood/);
    expect(de['loss.intro']).toMatch(/negative Log-Likelihood/);
  });
  test.each(LANGUAGES)('%s: the many-examples part opens with the assumption', (lang) => {
    expect(TABLES[lang]['loss.manyIntro']).toMatch(lang === 'de' ? /feste Vorhersage/ : /one fixed prediction/);
  });
});

describe('German: one word for each thing, and the right one', () => {
  const text = Object.values(de).join('\n');
  test.each([
    ['Vertrauensbereich', 'a confidence interval; TRPO’s region is the Trust-Region'],
    ['Kernen', 'reads as CPU cores; the C++ functions are Kernels'],
    ['Moden', 'the plural of Modus is Modi'],
    ['Umgekehrte KL', 'reverse KL is Rückwärts-KL everywhere'],
    ['Vorteil ', 'the RL advantage is the Advantage (Vorteilsfunktion), not an everyday Vorteil'],
    ['Vorteile ', 'the RL advantage is the Advantage (Vorteilsfunktion), not an everyday Vorteil'],
    ['Vorteilen', 'the RL advantage is the Advantage (Vorteilsfunktion), not an everyday Vorteil'],
  ])('no “%s” (%s)', (word) => {
    expect(text).not.toContain(word);
  });
  test('TRPO’s region is the Trust-Region, reverse KL is Rückwärts-KL', () => {
    expect(de['trust.heading']).toContain('Trust-Region');
    expect(de['decomposition.number.reverseKl']).toContain('Rückwärts-KL');
  });
});
