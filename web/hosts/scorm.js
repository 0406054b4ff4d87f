// The SCORM 1.2 shim, inlined only into the page of dist/infotheory-scorm.zip
// (scripts/build.js). It finds the LMS's API object (window.API in a parent
// frame, else in the opener's), starts the session, and reports the
// self-checks: the score is the share of the page's self-check questions
// answered right at least once (cmi.core.score.raw, 0–100), and the status is
// "incomplete" until every question has an answer, then "passed" or "failed"
// against the LMS's mastery score, or "completed" when it sets none. Each
// report is committed; the session ends when the page goes away. With no LMS
// around, it does nothing and the page works as anywhere else.

/** The SCORM 1.2 API object in `win` or one of its parents (at most 500 up), or null. */
export function findApi(win) {
  for (let w = win, hops = 0; w && hops < 500; hops++) {
    try {
      if (w.API && typeof w.API.LMSInitialize === 'function') return w.API;
    } catch {
      return null; // a parent on another origin: no API reachable from here
    }
    if (w.parent === w) break;
    w = w.parent;
  }
  return null;
}

/** The score and status for `right` and `answered` of `total` questions, against `mastery` (NaN: none). */
export function scoreOf({ right, answered, total, mastery }) {
  const raw = total > 0 ? Math.round((100 * right) / total) : 0;
  let status = 'incomplete';
  if (total > 0 && answered >= total)
    status = Number.isFinite(mastery) ? (raw >= mastery ? 'passed' : 'failed') : 'completed';
  return { raw, status };
}

function start(win) {
  const api = findApi(win) ?? (win.opener ? findApi(win.opener) : null);
  if (!api || String(api.LMSInitialize('')) !== 'true') return;
  const mastery = Number.parseFloat(api.LMSGetValue('cmi.student_data.mastery_score'));
  const right = new Set();
  const answered = new Set();
  const ready = () => win.document.documentElement.dataset.ready === 'true';
  const report = () => {
    if (!ready()) return; // every panel (so every question) mounted first; then it reports
    const total = win.document.querySelectorAll('[data-panel] .self-check').length;
    const { raw, status } = scoreOf({ right: right.size, answered: answered.size, total, mastery });
    api.LMSSetValue('cmi.core.score.min', '0');
    api.LMSSetValue('cmi.core.score.max', '100');
    api.LMSSetValue('cmi.core.score.raw', String(raw));
    api.LMSSetValue('cmi.core.lesson_status', status);
    api.LMSCommit('');
  };
  win.document.addEventListener('infotheory-answer', (event) => {
    const panel = event.target.closest?.('[data-panel]')?.dataset.panel;
    if (!panel) return;
    answered.add(panel);
    if (event.detail?.correct) right.add(panel);
    report();
  });
  let finished = false;
  win.addEventListener('pagehide', () => {
    if (finished) return;
    finished = true;
    api.LMSFinish('');
  });
  // The first report once the page is ready (what was answered meanwhile included).
  if (ready()) report();
  else {
    const observer = new win.MutationObserver(() => {
      if (!ready()) return;
      observer.disconnect();
      report();
    });
    observer.observe(win.document.documentElement, { attributes: true, attributeFilter: ['data-ready'] });
  }
}

if (typeof window !== 'undefined') start(window);
