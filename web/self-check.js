// Predict, then check: one question per panel on its learning goal. The
// reader picks an answer and gets feedback that explains; "Show me" sets
// the panel to demonstrate it. It sits below the panel and never blocks it.
import { h, uniqueId } from './dom.js';

/**
 * @param {{question: string, options: Array<{text: string, correct: boolean, feedback: string}>,
 *          show?: {text: string, apply: () => void}}} check
 * @param {object} L the localize() bundle
 */
export function selfCheck(check, L) {
  const feedback = h('p', { class: 'self-check-feedback', role: 'status', 'aria-live': 'polite' });
  const name = uniqueId('check');
  const options = check.options.map((option, i) => {
    const id = `${name}-${i}`;
    return h(
      'div',
      { class: 'self-check-option' },
      h('input', {
        type: 'radio',
        name,
        id,
        onchange: () => {
          feedback.textContent = `${option.correct ? L.t('check.right') : L.t('check.notQuite')} ${option.feedback}`;
          feedback.dataset.correct = String(option.correct);
        },
      }),
      h('label', { for: id }, option.text),
    );
  });
  return h(
    'details',
    { class: 'self-check' },
    h('summary', {}, L.t('check.summary')),
    h('fieldset', {}, h('legend', {}, check.question), ...options),
    feedback,
    check.show ? h('button', { type: 'button', onclick: check.show.apply }, check.show.text) : null,
  );
}
