import { describe, expect, test, vi } from 'vitest';
import { recordMeasure, runInChunks } from './timing';

/** A clock that only moves when a task says it worked. */
function fakeClock(start = 100) {
  let t = start;
  return {
    now: () => t,
    work: (ms: number) => () => {
      t += ms;
    },
    idle: (ms: number) => {
      t += ms;
    },
  };
}

describe('runInChunks', () => {
  test('chunks stop taking work past the budget; busy time sums the chunks, not the pauses', async () => {
    const clock = fakeClock();
    const order: string[] = [];
    const tasks = Array.from({ length: 7 }, (_, i) => () => {
      order.push(`t${i}`);
      clock.work(3)();
    });
    const pause = vi.fn(async () => {
      order.push('yield');
      clock.idle(50);
    });
    const report = await runInChunks(tasks, { budgetMs: 8, now: clock.now, yieldToMain: pause });
    expect(order.join(' ')).toBe('t0 t1 t2 yield t3 t4 t5 yield t6');
    expect(report).toEqual({ start: 100, busy: 21, chunks: 3, done: true });
  });

  test('one long task is a chunk of its own', async () => {
    const clock = fakeClock();
    const report = await runInChunks([clock.work(20), clock.work(1)], { now: clock.now, yieldToMain: async () => {} });
    expect(report.chunks).toBe(2);
    expect(report.busy).toBe(21);
  });

  test('an aborted signal stops between chunks', async () => {
    const clock = fakeClock();
    const stop = new AbortController();
    const ran: number[] = [];
    const tasks = [0, 1, 2, 3].map((i) => () => {
      ran.push(i);
      clock.work(5)();
    });
    const report = await runInChunks(tasks, {
      budgetMs: 8,
      now: clock.now,
      signal: stop.signal,
      yieldToMain: async () => stop.abort(),
    });
    expect(ran).toEqual([0, 1]);
    expect(report.done).toBe(false);
  });

  test('each chunk runs inside wrap()', async () => {
    const clock = fakeClock();
    const wrap = vi.fn((chunk: () => void) => chunk());
    await runInChunks([clock.work(5), clock.work(5), clock.work(5)], {
      budgetMs: 8,
      now: clock.now,
      wrap,
      yieldToMain: async () => {},
    });
    expect(wrap).toHaveBeenCalledTimes(2);
  });
});

test('recordMeasure records start and busy duration', () => {
  const measure = vi.fn();
  recordMeasure('govmark:analyze', 10, 4.5, { isReport: true }, { measure } as unknown as Performance);
  expect(measure).toHaveBeenCalledWith('govmark:analyze', { start: 10, duration: 4.5, detail: { isReport: true } });
});
