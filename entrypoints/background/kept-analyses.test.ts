import { describe, expect, test } from 'vitest';
import { analyze } from '../../analysis';
import { answerKept } from './analyze-text';
import { KeptAnalyses, ownerOf } from './kept-analyses';

const report = analyze('政府工作报告\n今年发展主要预期目标是：国内生产总值增长5%左右。');

describe('KeptAnalyses', () => {
  test('gives an analysis back to the tab and frame it was kept for, and to no other', () => {
    const kept = new KeptAnalyses();
    const token = kept.keep(report, '3:0');
    expect(kept.get(token, '3:0')).toBe(report);
    expect(kept.get(token, '3:1')).toBeUndefined();
    expect(kept.get(token, '4:0')).toBeUndefined();
    expect(kept.get('not-a-token', '3:0')).toBeUndefined();
  });

  test('tokens are unguessable and distinct; past the limit the oldest goes first', () => {
    const kept = new KeptAnalyses(2);
    const tokens = [kept.keep(report, '1:0'), kept.keep(report, '2:0'), kept.keep(report, '3:0')];
    expect(new Set(tokens).size).toBe(3);
    for (const token of tokens) expect(token).toMatch(/^[0-9a-f-]{36}$/);
    expect(kept.get(tokens[0] as string, '1:0')).toBeUndefined();
    expect(kept.get(tokens[1] as string, '2:0')).toBe(report);
    expect(kept.get(tokens[2] as string, '3:0')).toBe(report);
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
    const token = kept.keep(report, '3:0');
    const answer = answerKept({ token }, '3:0', kept);
    expect(answer.ok && JSON.parse(answer.analysis)).toEqual(report);
    expect(answerKept({ token }, '9:0', kept)).toEqual({ ok: false, error: 'keptAnalysis: gone' });
    expect(answerKept({ token }, undefined, kept)).toMatchObject({ ok: false });
    expect(answerKept({ token: 3 }, '3:0', kept)).toMatchObject({ ok: false });
    expect(answerKept({ token: 'x'.repeat(101) }, '3:0', kept)).toMatchObject({ ok: false });
    expect(answerKept(null, '3:0', kept)).toMatchObject({ ok: false });
  });
});
