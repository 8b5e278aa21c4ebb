import { describe, expect, test, vi } from 'vitest';
import { analyze, analyzeFirst } from '../../analysis';
import { answerKept, answerRecordKept } from './analyze-text';
import { KeptAnalyses, ownerOf } from './kept-analyses';

const TEXT =
  '政府工作报告\n去年城镇新增就业30万人。今年发展主要预期目标是：国内生产总值增长5%左右，城镇新增就业28万人以上。';
const report = analyze(TEXT);
/** An analysis as the background keeps it: its indicators not named yet. */
const first = () => analyzeFirst(TEXT);

describe('KeptAnalyses', () => {
  test('gives an analysis back to the tab and frame it was kept for, and to no other', () => {
    const kept = new KeptAnalyses();
    const token = kept.keep(first(), '3:0');
    expect(kept.get(token, '3:0')).toEqual(report);
    expect(kept.get(token, '3:1')).toBeUndefined();
    expect(kept.get(token, '4:0')).toBeUndefined();
    expect(kept.get('not-a-token', '3:0')).toBeUndefined();
  });

  test('tokens are unguessable and distinct; past the limit the oldest goes first', () => {
    const kept = new KeptAnalyses(2);
    const tokens = [kept.keep(first(), '1:0'), kept.keep(first(), '2:0'), kept.keep(first(), '3:0')];
    expect(new Set(tokens).size).toBe(3);
    for (const token of tokens) expect(token).toMatch(/^[0-9a-f-]{36}$/);
    expect(kept.get(tokens[0] as string, '1:0')).toBeUndefined();
    expect(kept.get(tokens[1] as string, '2:0')).toEqual(report);
    expect(kept.get(tokens[2] as string, '3:0')).toEqual(report);
  });

  test('what it gives back has its indicators named, as analyze() names them', () => {
    const kept = new KeptAnalyses();
    const token = kept.keep(first(), '3:0');
    expect(report.targets.filter((t) => t.indicator === '城镇新增就业')).toHaveLength(2);
    expect(JSON.stringify(kept.get(token, '3:0'))).toBe(JSON.stringify(report));
  });

  test('stores its page record for its owner only, once however often asked; a failed write is tried again', async () => {
    const kept = new KeptAnalyses();
    const store = vi.fn(async () => {});
    const token = kept.keep(first(), '3:0', store);
    expect(kept.record(token, '4:0')).toBeUndefined();
    expect(kept.record('not-a-token', '3:0')).toBeUndefined();
    expect(kept.record(kept.keep(first(), '3:0'), '3:0')).toBeUndefined();
    expect(store).not.toHaveBeenCalled();
    await kept.record(token, '3:0');
    await kept.record(token, '3:0');
    expect(store).toHaveBeenCalledOnce();
    const failing = vi.fn().mockRejectedValueOnce(new Error('quota')).mockResolvedValueOnce(undefined);
    const retried = kept.keep(first(), '3:0', failing);
    await expect(kept.record(retried, '3:0')).rejects.toThrow('quota');
    await kept.record(retried, '3:0');
    expect(failing).toHaveBeenCalledTimes(2);
  });

  test('a closed tab’s analyses go; a record not yet asked for is stored then, one already asked for not again', async () => {
    const kept = new KeptAnalyses();
    const stores = [vi.fn(async () => undefined), vi.fn(async () => undefined), vi.fn(async () => undefined)];
    const closing = kept.keep(first(), '5:0', stores[0]);
    const asked = kept.keep(first(), '5:1', stores[1]);
    const other = kept.keep(first(), '6:0', stores[2]);
    await kept.record(asked, '5:1');
    await Promise.all(kept.closed(5));
    expect(stores.map((store) => store.mock.calls.length)).toEqual([1, 1, 0]);
    expect(kept.get(closing, '5:0')).toBeUndefined();
    expect(kept.get(other, '6:0')).toEqual(report);
  });

  test('a sender without a tab owns nothing', () => {
    expect(ownerOf({})).toBeUndefined();
    expect(ownerOf({ frameId: 0 })).toBeUndefined();
    expect(ownerOf({ tab: { id: 5 } })).toBe('5:0');
    expect(ownerOf({ tab: { id: 5 }, frameId: 2 })).toBe('5:2');
  });
});

describe('answerKept', () => {
  test('answers its owner with the whole analysis as JSON; anyone else, a malformed or a stale token, not', () => {
    const kept = new KeptAnalyses();
    const token = kept.keep(first(), '3:0');
    const answer = answerKept({ token }, '3:0', kept);
    expect(answer.ok && JSON.parse(answer.analysis)).toEqual(report);
    expect(answerKept({ token }, '9:0', kept)).toEqual({ ok: false, error: 'keptAnalysis: gone' });
    expect(answerKept({ token }, undefined, kept)).toMatchObject({ ok: false });
    expect(answerKept({ token: 3 }, '3:0', kept)).toMatchObject({ ok: false });
    expect(answerKept({ token: 'x'.repeat(101) }, '3:0', kept)).toMatchObject({ ok: false });
    expect(answerKept(null, '3:0', kept)).toMatchObject({ ok: false });
  });
});

describe('answerRecordKept', () => {
  test('answers its owner once the record is stored; a failed write, anyone else or a malformed token, not', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const kept = new KeptAnalyses();
    const store = vi.fn().mockRejectedValueOnce(new Error('quota')).mockResolvedValue(undefined);
    const token = kept.keep(first(), '3:0', store);
    expect(await answerRecordKept({ token }, '9:0', kept)).toEqual({ ok: false, error: 'recordKept: gone' });
    expect(await answerRecordKept({ token }, undefined, kept)).toMatchObject({ ok: false });
    expect(await answerRecordKept({ token: 3 }, '3:0', kept)).toMatchObject({ ok: false });
    expect(store).not.toHaveBeenCalled();
    expect(await answerRecordKept({ token }, '3:0', kept)).toEqual({ ok: false, error: 'recordKept: quota' });
    expect(await answerRecordKept({ token }, '3:0', kept)).toEqual({ ok: true });
    vi.restoreAllMocks();
  });
});
