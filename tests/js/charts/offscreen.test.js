// whenNear() from charts/offscreen.js: during a burst of changes, work for an
// element far off-screen waits until it comes near the viewport or the input
// pauses; only the latest waiting task runs, and the cheap `stage` part runs
// at once. A single change runs at once.
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import { BURST_MS, IDLE_MS, whenNear } from '../../../web/charts/offscreen.js';

describe('whenNear without IntersectionObserver (Node)', () => {
  test('runs every task at once', () => {
    const ran = [];
    const gate = whenNear({});
    gate.run(() => ran.push(1));
    gate.run(() => ran.push(2));
    expect(ran).toEqual([1, 2]);
    expect(gate.waiting()).toBe(false);
  });
});

describe('whenNear with an IntersectionObserver', () => {
  let report;
  beforeAll(() => {
    jest.useFakeTimers();
    globalThis.IntersectionObserver = class {
      constructor(callback) {
        report = (target, isIntersecting) => callback([{ target, isIntersecting }]);
      }
      observe() {}
    };
  });
  afterAll(() => {
    delete globalThis.IntersectionObserver;
    jest.useRealTimers();
  });

  test('near the viewport (and before it is known): at once', () => {
    const element = {};
    const gate = whenNear(element);
    const ran = [];
    gate.run(() => ran.push('unknown'));
    report(element, true);
    gate.run(() => ran.push('near'));
    expect(ran).toEqual(['unknown', 'near']);
  });

  test('far off-screen, in a burst: stage at once, the latest task when it comes near', () => {
    const element = {};
    const gate = whenNear(element);
    report(element, false);
    const ran = [];
    gate.run(
      () => ran.push('draw 1'),
      () => ran.push('stage 1'),
    );
    jest.advanceTimersByTime(16);
    gate.run(
      () => ran.push('draw 2'),
      () => ran.push('stage 2'),
    );
    jest.advanceTimersByTime(16);
    gate.run(
      () => ran.push('draw 3'),
      () => ran.push('stage 3'),
    );
    // The first change of a burst runs at once; the rest wait, staged.
    expect(ran).toEqual(['draw 1', 'stage 2', 'stage 3']);
    expect(gate.waiting()).toBe(true);
    report(element, true);
    expect(ran).toEqual(['draw 1', 'stage 2', 'stage 3', 'draw 3']);
    expect(gate.waiting()).toBe(false);
  });

  test('far off-screen, single changes (not a burst): at once', () => {
    const element = {};
    const gate = whenNear(element);
    report(element, false);
    const ran = [];
    gate.run(() => ran.push(1));
    jest.advanceTimersByTime(BURST_MS);
    gate.run(() => ran.push(2));
    expect(ran).toEqual([1, 2]);
  });

  test('far off-screen: brought up to date when the input pauses, one element per task', () => {
    const [a, b] = [{}, {}];
    const gates = [whenNear(a), whenNear(b)];
    report(a, false);
    report(b, false);
    const ran = [];
    gates.forEach((gate, i) => gate.run(() => ran.push(`first ${i}`)));
    jest.advanceTimersByTime(16);
    gates[0].run(() => ran.push('a'));
    jest.advanceTimersByTime(16);
    gates[0].run(() => ran.push('a again'));
    gates[1].run(() => ran.push('b'));
    expect(ran).toEqual(['first 0', 'first 1']);
    jest.advanceTimersByTime(IDLE_MS - 1);
    expect(ran).toEqual(['first 0', 'first 1']);
    jest.advanceTimersByTime(1);
    expect(ran).toEqual(['first 0', 'first 1', 'a again']);
    jest.advanceTimersByTime(1);
    expect(ran).toEqual(['first 0', 'first 1', 'a again', 'b']);
  });
});
