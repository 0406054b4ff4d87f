// The page's glossary: the words it uses before it explains them. A rich
// text marks a term's first use as [[term]] (web/dom.js turns it into a
// toggletip with the definition); the end of the page lists them all.
import { h, setGlossary } from '../dom.js';

/** Every term with a definition, in the order the page first uses them. */
export const TERMS = [
  'point-mass',
  'nat',
  'bit',
  'mode',
  'one-hot',
  'encoder',
  'latent',
  'posterior',
  'elbo',
  'prior',
  'policy',
  'advantage',
  'line-search',
  'surrogate',
  'unbiased',
];

/** Lets richText define [[term]] in `L`'s language (unknown terms stay plain text). */
export function useGlossary(L) {
  setGlossary((term) => (TERMS.includes(term) ? L.t(`glossary.${term}`) : null));
}

/** The glossary as a definition list's items (dt: the term's name, dd: its definition). */
export function glossaryItems(L) {
  return TERMS.flatMap((term) => [
    h('dt', { id: `glossary-${term}` }, L.t(`glossary.${term}.name`)),
    h('dd', {}, L.t(`glossary.${term}`)),
  ]);
}
