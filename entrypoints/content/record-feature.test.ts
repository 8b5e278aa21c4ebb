import { describe, expect, test, vi } from 'vitest';
import { analyze } from '../../analysis';
import type { MainText } from '../../utils/main-text';
import type { PagePass } from './page-pass';
import { recordFeature } from './record-feature';

const TEXT = '政府工作报告\n今年发展主要预期目标是：国内生产总值增长5%左右。';
const analysis = analyze(TEXT);

/** A first pass over a report page whose highlights are all in once `finish` is called. */
function reportPass(reading: Partial<Pick<PagePass, 'recorded' | 'recordLater'>>) {
  let finish = () => {};
  const done = new Promise<void>((resolve) => (finish = resolve));
  const pass = {
    cause: 'analysis',
    report: { isReport: true, confidence: 1, reasons: [] },
    main: { text: TEXT } as MainText,
    analysis: async () => analysis,
    recorded: false,
    done,
    ...reading,
  } as unknown as PagePass;
  return { pass, finish };
}

describe('recordFeature', () => {
  test('the background asked to store the record once the highlights are in and the page idle; the page builds none', async () => {
    const recordLater = vi.fn(async () => true);
    const record = vi.fn();
    const onRecorded = vi.fn();
    let idle = () => {};
    const idleWait = () => new Promise<void>((resolve) => (idle = resolve));
    const { pass, finish } = reportPass({ recordLater });
    const running = recordFeature({ record, onRecorded, idle: idleWait }).init(pass, new AbortController().signal);
    const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
    await settle();
    expect(recordLater).not.toHaveBeenCalled();
    finish();
    await settle();
    expect(recordLater).not.toHaveBeenCalled();
    idle();
    await running;
    expect(recordLater).toHaveBeenCalledOnce();
    expect(onRecorded).toHaveBeenCalledOnce();
    expect(record).not.toHaveBeenCalled();
  });

  test('a background that could not (its analysis gone): the page records the page itself', async () => {
    const record = vi.fn();
    const onRecorded = vi.fn();
    const { pass, finish } = reportPass({ recordLater: async () => false });
    finish();
    await recordFeature({ record, onRecorded, idle: async () => {} }).init(pass, new AbortController().signal);
    expect(record).toHaveBeenCalledWith(analysis, pass.main, { onRecorded });
    expect(onRecorded).not.toHaveBeenCalled();
  });

  test('already stored with the analysis: told at once; a superseded pass is told nothing', async () => {
    const onRecorded = vi.fn();
    const stored = reportPass({ recorded: true });
    stored.finish();
    await recordFeature({ record: vi.fn(), onRecorded }).init(stored.pass, new AbortController().signal);
    expect(onRecorded).toHaveBeenCalledOnce();

    const superseded = new AbortController();
    const later = reportPass({
      recordLater: async () => {
        superseded.abort();
        return true;
      },
    });
    later.finish();
    await recordFeature({ record: vi.fn(), onRecorded, idle: async () => {} }).init(later.pass, superseded.signal);
    expect(onRecorded).toHaveBeenCalledOnce();

    // Superseded while it waited for the page to be idle: neither asks nor records.
    const waiting = new AbortController();
    const recordLater = vi.fn(async () => true);
    const record = vi.fn();
    const idleThenSuperseded = async () => waiting.abort();
    const cut = reportPass({ recordLater });
    cut.finish();
    await recordFeature({ record, onRecorded, idle: idleThenSuperseded }).init(cut.pass, waiting.signal);
    expect(recordLater).not.toHaveBeenCalled();
    expect(record).not.toHaveBeenCalled();
  });
});
