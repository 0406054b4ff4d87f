// Predict, then check: one question per panel on its learning goal. The
// reader picks an answer and gets feedback that explains, computed for the
// panel's state at that moment (and kept up to date while it changes);
// "Show me" sets the panel to demonstrate it. It sits below the panel and
// never blocks it. A panel's selfCheck(api, state) is pure:
//   { question, options: [{ text, correct, feedback }], show?: { text, patch } }
// where every text is a Statement (statement.js) and `patch` is what "Show me"
// sets in the store. Each answer fires `infotheory-answer` ({ correct }),
// bubbling from the question.
import { h, uniqueId } from './dom.js';
import { showStatement } from './statement.js';

/**
 * @param {{build: (state: object) => object, store: object, L: object}} spec
 *   build: the panel's selfCheck bound to the API; store: the panel's store
 */
export function selfCheck({ build, store, L }) {
  const feedback = h('p', { class: 'self-check-feedback', role: 'status', 'aria-live': 'polite' });
  const name = uniqueId('check');
  const legend = h('legend', {});
  let chosen = -1;
  let check = build(store.get());
  const labels = [];
  const options = check.options.map((option, i) => {
    const id = `${name}-${i}`;
    const label = h('label', { for: id });
    labels.push(label);
    return h(
      'div',
      { class: 'self-check-option' },
      h('input', {
        type: 'radio',
        name,
        id,
        onchange: (event) => {
          chosen = i;
          refresh();
          // For whoever keeps score (the SCORM package's shim, web/hosts/scorm.js).
          event.target.dispatchEvent(
            new CustomEvent('infotheory-answer', {
              bubbles: true,
              composed: true,
              detail: { correct: Boolean(check.options[i].correct) },
            }),
          );
        },
      }),
      label,
    );
  });
  const showButton = check.show
    ? h('button', { type: 'button', onclick: () => store.set(build(store.get()).show.patch) })
    : null;
  const details = h(
    'details',
    { class: 'self-check', ontoggle: () => refresh() },
    h('summary', {}, L.t('check.summary')),
    h('fieldset', {}, legend, ...options),
    feedback,
    showButton,
  );

  function refresh(state = store.get()) {
    check = build(state);
    showStatement(legend, check.question);
    check.options.forEach((option, i) => showStatement(labels[i], option.text));
    if (showButton) showButton.textContent = String(check.show.text);
    if (chosen < 0) return;
    const option = check.options[chosen];
    const verdict = L.t(option.correct ? 'check.right' : 'check.notQuite');
    feedback.textContent = `${verdict} ${option.feedback}`;
    feedback.dataset.correct = String(option.correct);
    feedback.dataset.units = option.feedback.units?.().join(' ') ?? '';
  }
  refresh();
  // Feedback follows the panel (units, sample, policy) while the question is open.
  store.subscribe((state) => {
    if (details.open) refresh(state);
  });
  return details;
}
