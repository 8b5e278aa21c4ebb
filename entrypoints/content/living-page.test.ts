// @vitest-environment happy-dom
import { beforeEach, expect, test, vi } from 'vitest';
import { watchLivingPage } from './living-page';
import { manualTimers, settle } from './test-timers';

let clock: ReturnType<typeof manualTimers>;
beforeEach(() => {
  document.body.innerHTML = '<article><p>第一段</p></article>';
  clock = manualTimers();
});

const article = () => document.querySelector('article') as HTMLElement;

test('content arriving later calls back once, after the quiet time', async () => {
  const onChange = vi.fn();
  const watcher = watchLivingPage(document.body, onChange, { timers: clock.timers });
  article().append(Object.assign(document.createElement('p'), { textContent: '第二段' }));
  await settle();
  article().append(Object.assign(document.createElement('p'), { textContent: '第三段' }));
  await settle();
  expect(onChange).not.toHaveBeenCalled();
  expect(clock.pending).toBe(1);
  clock.fire();
  expect(onChange).toHaveBeenCalledTimes(1);
  watcher.stop();
});

test('changes made inside ours() are not seen, and neither are GovMark elements', async () => {
  const onChange = vi.fn();
  const watcher = watchLivingPage(document.body, onChange, { timers: clock.timers });
  watcher.ours(() => {
    const p = article().firstElementChild as HTMLElement;
    const text = p.firstChild as Text;
    const tail = text.splitText(1);
    const mark = document.createElement('mark');
    p.insertBefore(mark, tail);
  });
  document.body.append(document.createElement('govmark-legend'));
  const note = Object.assign(document.createElement('mark'), { textContent: 'x' });
  note.setAttribute('data-govmark', 'note');
  document.body.append(note);
  await settle();
  expect(clock.pending).toBe(0);
  expect(onChange).not.toHaveBeenCalled();
  watcher.stop();
});

test('page changes queued before ours() still count', async () => {
  const onChange = vi.fn();
  const watcher = watchLivingPage(document.body, onChange, { timers: clock.timers });
  article().append(document.createElement('p'));
  watcher.ours(() => article().append(document.createElement('span')));
  await settle();
  clock.fire();
  expect(onChange).toHaveBeenCalledTimes(1);
  watcher.stop();
});

test('stop (or the signal) ends watching and clears the timer', async () => {
  const onChange = vi.fn();
  const stop = new AbortController();
  watchLivingPage(document.body, onChange, { timers: clock.timers, signal: stop.signal });
  article().append(document.createElement('p'));
  await settle();
  expect(clock.pending).toBe(1);
  stop.abort();
  expect(clock.pending).toBe(0);
  article().append(document.createElement('p'));
  await settle();
  expect(clock.pending).toBe(0);
  expect(onChange).not.toHaveBeenCalled();
});

test('ours() inside ours() keeps the outer change unseen too', async () => {
  const onChange = vi.fn();
  const watcher = watchLivingPage(document.body, onChange, { timers: clock.timers });
  watcher.ours(() => {
    watcher.ours(() => article().append(document.createElement('i')));
    article().append(document.createElement('b'));
  });
  await settle();
  expect(clock.pending).toBe(0);
  article().append(document.createElement('p'));
  await settle();
  expect(clock.pending).toBe(1);
  watcher.stop();
});
