// The SCORM 1.2 package (dist/infotheory-scorm.zip) in an LMS played by
// scorm-again's Scorm12API: the package's manifest is at its root and names
// one SCO; in the LMS's frame the page finds the API, initialises, reports
// the self-checks' score (the share answered right) and status (incomplete,
// then completed, or passed/failed against a mastery score), commits each
// report, and finishes when it goes away. Without an LMS it is the page.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { DIST, bounded, launch, openPage, serveTempDir } from './harness.js';
import { ROOT } from '../../scripts/run.js';
import { unzip } from '../../scripts/zip.js';

let env;
let lms;
let files;
beforeAll(async () => {
  env = await launch();
  files = unzip(fs.readFileSync(path.join(DIST, 'infotheory-scorm.zip')));
  lms = await serveTempDir('infotheory-lms-', (dir) => {
    fs.mkdirSync(path.join(dir, 'sco'));
    for (const [name, data] of files) fs.writeFileSync(path.join(dir, 'sco', name), data);
    fs.copyFileSync(
      path.join(ROOT, 'node_modules', 'scorm-again', 'dist', 'scorm12.min.js'),
      path.join(dir, 'scorm12.js'),
    );
    // The LMS: scorm-again's API in the parent frame (the mastery score, if
    // any, from ?mastery=), every call it receives recorded, the SCO in a frame.
    fs.writeFileSync(
      path.join(dir, 'lms.js'),
      `const mastery = new URLSearchParams(location.search).get('mastery');
window.API = new Scorm12API({ logLevel: 5 });
if (mastery) window.API.cmi.student_data.mastery_score = mastery;
window.calls = [];
for (const name of ['LMSInitialize', 'LMSCommit', 'LMSFinish']) window.API.on(name, () => window.calls.push(name));
const frame = document.createElement('iframe');
frame.id = 'sco';
frame.title = 'the lesson';
frame.src = 'sco/index.html';
frame.style.width = '1200px';
frame.style.height = '800px';
document.body.append(frame);
`,
    );
    fs.writeFileSync(
      path.join(dir, 'lms.html'),
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>LMS</title><link rel="icon" href="data:,"></head><body>' +
        '<script src="scorm12.js"></script><script src="lms.js"></script></body></html>',
    );
  });
});
afterAll(async () => {
  await lms?.close();
  await env?.close();
});

const core = (page) =>
  bounded('the LMS data', () =>
    page.evaluate(() => ({
      raw: window.API.cmi.core.score.raw,
      min: window.API.cmi.core.score.min,
      max: window.API.cmi.core.score.max,
      status: window.API.cmi.core.lesson_status,
      calls: [...window.calls],
    })),
  );

/** The SCO's frame, once its page is ready. */
async function scoFrame(page) {
  const handle = await bounded('the SCO frame', () => page.waitForSelector('#sco'));
  const frame = await bounded('the SCO frame content', () => handle.contentFrame());
  await bounded('the SCO to be ready', (ms) => frame.waitForSelector('html[data-ready="true"]', { timeout: ms }));
  return frame;
}

/** Answers `panel`'s self-check in the frame with its first option; returns whether that was right. */
function answer(frame, panel) {
  return bounded(`an answer to ${panel}'s self-check`, () =>
    frame.evaluate((panel) => {
      const check = document.querySelector(`[data-panel="${panel}"] .self-check`);
      check.open = true;
      const radio = check.querySelector('input[type="radio"]');
      radio.checked = true;
      radio.dispatchEvent(new Event('change', { bubbles: true }));
      return check.querySelector('.self-check-feedback').dataset.correct === 'true';
    }, panel),
  );
}

const checkedPanels = (frame) =>
  bounded('the self-check panels', () =>
    frame.$$eval('[data-panel] .self-check', (checks) =>
      checks.map((check) => check.closest('[data-panel]').dataset.panel),
    ),
  );

// The score the first options earn (the same each time: the panels start from their defaults).
let firstOptionsScore;

describe('the SCORM package', () => {
  test('has imsmanifest.xml at its root naming one SCO, index.html, and nothing else', () => {
    expect([...files.keys()].sort()).toEqual(['imsmanifest.xml', 'index.html']);
    const manifest = files.get('imsmanifest.xml').toString('utf8');
    expect(manifest).toContain('<schemaversion>1.2</schemaversion>');
    expect(manifest.match(/adlcp:scormtype="sco"/g)).toHaveLength(1);
    expect(manifest).toMatch(/<resource [^>]*href="index.html"/);
  });

  test('reports the score and status of the self-checks, commits each report, and finishes on leaving', async () => {
    const page = await openPage(env.browser, `${lms.url}lms.html`, {}, { ready: null });
    const frame = await scoFrame(page);
    const panels = await checkedPanels(frame);
    expect(panels.length).toBeGreaterThanOrEqual(8);
    expect(await core(page)).toMatchObject({ status: 'incomplete', raw: '0', min: '0', max: '100' });
    expect((await core(page)).calls.slice(0, 2)).toEqual(['LMSInitialize', 'LMSCommit']);

    // Answer every question with its first option, keeping count of the right ones.
    let right = 0;
    for (const [i, panel] of panels.entries()) {
      if (await answer(frame, panel)) right += 1;
      const data = await core(page);
      expect(data.raw).toBe(String(Math.round((100 * right) / panels.length)));
      expect(data.status).toBe(i < panels.length - 1 ? 'incomplete' : 'completed');
    }
    firstOptionsScore = Math.round((100 * right) / panels.length);
    const commits = (await core(page)).calls.filter((call) => call === 'LMSCommit').length;
    expect(commits).toBe(panels.length + 1);
    expect((await core(page)).calls).not.toContain('LMSFinish');

    // Leaving the lesson ends the session.
    await bounded('the SCO to be left', () => page.$eval('#sco', (frame) => (frame.src = 'about:blank')));
    await bounded('LMSFinish', (ms) =>
      page.waitForFunction(() => window.calls.includes('LMSFinish'), null, { timeout: ms }),
    );
    expect(page.problems).toEqual([]);
    await page.context().close();
  });

  test.each([
    ['passed', () => firstOptionsScore],
    ['failed', () => firstOptionsScore + 1],
  ])('against a mastery score the LMS sets, the status is %s', async (status, mastery) => {
    expect(firstOptionsScore).toBeLessThan(100); // else no mastery score can be missed with these answers
    const page = await openPage(env.browser, `${lms.url}lms.html?mastery=${mastery()}`, {}, { ready: null });
    const frame = await scoFrame(page);
    for (const panel of await checkedPanels(frame)) await answer(frame, panel);
    expect(await core(page)).toMatchObject({ raw: String(firstOptionsScore), status });
    await page.context().close();
  });

  test('without an LMS it is the page as anywhere else', async () => {
    const page = await openPage(env.browser, `${lms.url}sco/index.html`);
    expect(await page.evaluate(() => window.infotheory.binaryEntropy(0.9).toFixed(3))).toBe('0.325');
    expect(page.problems).toEqual([]);
    await page.context().close();
  });
});
