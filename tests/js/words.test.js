// Issue 11's statements that no state changes: the page's note on how it is
// computed says what is exact and what is estimated (issue 13: the lede no
// longer talks about the implementation), the loss section says where one fixed q̂
// replaces a classifier, and the German text uses one word for each thing.
import { describe, expect, test } from '@jest/globals';
import { LANGUAGES, TABLES } from '../../web/i18n.js';

const de = TABLES.de;
const en = TABLES.en;

// Each language's words for what the note on computation names.
const NOTE_WORDS = {
  en: [/exact/, /approximations/, /error/, /numerical integrals/, /line searches/, /fitted curves/],
  de: [/exakt/, /Näherungen/, /Fehler/, /numerische Integrale/, /Liniensuchen/, /angepasste Kurven/],
  fr: [/exactes/, /approximations/, /erreur/, /intégrales numériques/, /recherches linéaires/, /courbes ajustées/],
  es: [/exactas/, /aproximaciones/, /error/, /integrales numéricas/, /búsquedas lineales/, /curvas ajustadas/],
  zh: [/精确/, /近似值/, /误差/, /数值积分/, /线搜索/, /拟合曲线/],
  ar: [/دقيقة/, /تقريبات/, /الخطأ/, /تكاملات عددية/, /بحث خطي/, /منحنيات مُوفَّقة/],
};

describe('the note on computation says what is exact and what is estimated', () => {
  test('every language has its words listed here', () => {
    expect(Object.keys(NOTE_WORDS)).toEqual(LANGUAGES);
  });
  test.each(LANGUAGES)('%s', (lang) => {
    const note = TABLES[lang]['page.computed.body'];
    // Not "every number is computed exactly": the estimates are named.
    expect(note).toMatch(/Monte-Carlo/);
    for (const word of NOTE_WORDS[lang]) expect(note).toMatch(word);
    expect(note).not.toMatch(/computed, exactly|exakt von/);
  });
});

describe('the learner-facing lede and introductions leave the implementation to that note', () => {
  const introKeys = Object.keys(en).filter((key) => /^[a-z]+\.(intro|bridge|try)$/.test(key) || key === 'page.lede');
  test('there are introductions to check', () => {
    expect(introKeys.length).toBeGreaterThan(20);
  });
  test.each(LANGUAGES.flatMap((lang) => introKeys.map((key) => [lang, key])))('%s %s', (lang, key) => {
    expect(TABLES[lang][key]).not.toMatch(
      /C\+\+|WebAssembly|quadrature|Quadratur|cuadratura|kernel|Kernel|noyau|núcleo|内核|求积|النوى|تربيع/,
    );
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
  const FIXED = {
    en: /one fixed prediction/,
    de: /feste Vorhersage/,
    fr: /une seule prédiction fixe/,
    es: /una única predicción fija/,
    zh: /一个固定的预测/,
    ar: /تنبؤ واحد ثابت/,
  };
  test.each(LANGUAGES)('%s: the many-examples part opens with the assumption', (lang) => {
    expect(TABLES[lang]['loss.manyIntro']).toMatch(FIXED[lang]);
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
