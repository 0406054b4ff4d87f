// Issue 13, "words before use": every [[term]] a text marks has a definition
// in both languages, every defined term is used somewhere, and the terms the
// issue names are all defined.
import { describe, expect, test } from '@jest/globals';
import { LANGUAGES, TABLES } from '../../web/i18n.js';
import { TERMS } from '../../web/hosts/glossary.js';

const marked = (text) => [...text.matchAll(/\[\[([\w-]+)(?:\|(.+?))?\]\]/g)].map(([, term]) => term);

describe('the glossary', () => {
  test('defines the words the issue names', () => {
    for (const term of [
      'one-hot',
      'advantage',
      'policy',
      'surrogate',
      'unbiased',
      'prior',
      'posterior',
      'encoder',
      'latent',
      'elbo',
      'line-search',
    ])
      expect(TERMS).toContain(term);
  });
  test.each(LANGUAGES)('%s: every term has a name and a definition', (lang) => {
    for (const term of TERMS) {
      expect(TABLES[lang][`glossary.${term}.name`]).toMatch(/\S/);
      expect(TABLES[lang][`glossary.${term}`]).toMatch(/\S{3}/);
    }
  });
  test.each(LANGUAGES)('%s: every marked term is defined, and every defined term is marked somewhere', (lang) => {
    const used = new Set(Object.values(TABLES[lang]).flatMap(marked));
    for (const term of used) expect(TERMS).toContain(term);
    for (const term of TERMS) expect(used).toContain(term);
  });
  test.each(LANGUAGES)('%s: each term is marked once per text at most (its first use)', (lang) => {
    for (const text of Object.values(TABLES[lang])) {
      const terms = marked(text);
      expect(new Set(terms).size).toBe(terms.length);
    }
  });
});
