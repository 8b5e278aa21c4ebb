import { describe, expect, test } from 'vitest';
import type { Target } from '../../analysis/types';
import { collectFindings, countFindings, decodeFindings, encodeFindings, FINDING_MARKING, targetOf } from './findings';

const target = (start: number, end: number, kind: Target['kind'] = 'goal'): Target => ({
  start,
  end,
  text: 'x'.repeat(end - start),
  kind,
  value: 1,
  unit: '%',
  bound: '=',
  agency: [],
});
const agency = (start: number, end: number) => ({ start, end, text: 'x'.repeat(end - start) });

describe('collectFindings', () => {
  test('in text order, ids pointing back into the analysis', () => {
    const findings = collectFindings({ targets: [target(10, 12, 'past'), target(0, 3)], agencies: [agency(5, 8)] });
    expect(findings.map((f) => [f.id, f.category, f.start])).toEqual([
      ['t1', 'goal', 0],
      ['a0', 'agency', 5],
      ['t0', 'past', 10],
    ]);
  });

  test.each([
    ['agency inside a target', [target(0, 10)], [agency(2, 5)], ['t0']],
    ['agency overlapping a target end', [target(0, 4)], [agency(3, 6), agency(6, 8)], ['t0', 'a1']],
    ['overlapping targets: earlier, then longer', [target(2, 6), target(0, 3), target(0, 5)], [], ['t2']],
    ['touching spans are not overlaps', [target(0, 2), target(2, 4)], [agency(4, 6)], ['t0', 't1', 'a0']],
    ['empty spans are dropped', [target(3, 3)], [agency(1, 1)], []],
  ])('%s', (_, targets, agencies, ids) => {
    expect(collectFindings({ targets, agencies }).map((f) => f.id)).toEqual(ids);
  });
});

test('countFindings counts per category, zero included', () => {
  const findings = collectFindings({ targets: [target(0, 1), target(2, 3, 'other')], agencies: [agency(4, 5)] });
  expect(countFindings(findings)).toEqual({ goal: 1, past: 0, other: 1, agency: 1 });
});

test('FINDING_MARKING: target marks carry their kind and no tab index (target-keys.ts gives it); each has its id', () => {
  const [goal, office, other] = collectFindings({ targets: [target(0, 1), target(8, 9)], agencies: [agency(4, 5)] });
  const { attributes, id } = FINDING_MARKING;
  expect(goal && attributes(goal)).toEqual({
    'data-govmark': 'target',
    'data-govmark-kind': 'goal',
    class: 'govmark-goal',
  });
  expect(office && attributes(office)).toEqual({ 'data-govmark': 'agency', class: 'govmark-agency' });
  expect([goal, office].map((f) => f && id?.(f))).toEqual(['t0', 'a0']);
  // One object for every mark of a kind: the highlighter finds its template by it.
  expect(goal && other && attributes(goal)).toBe(other && attributes(other));
});

describe('encodeFindings / decodeFindings', () => {
  test('the findings make the trip to the page unchanged', () => {
    const findings = collectFindings({
      targets: [target(10, 12, 'past'), target(0, 3), target(20, 25, 'other')],
      agencies: [agency(5, 8), agency(30, 34)],
    });
    const flat = encodeFindings(findings);
    expect(flat.every((n) => typeof n === 'number')).toBe(true);
    expect(decodeFindings(JSON.parse(JSON.stringify(flat)))).toEqual(findings);
  });

  test('a malformed array is refused, not highlighted', () => {
    expect(() => decodeFindings([0, 1, 2])).toThrow(/malformed/);
    expect(() => decodeFindings([0, 1, 9, 0])).toThrow(/malformed/);
  });
});

test('targetOf: the target behind a target id, nothing for an agency', () => {
  const analysis = { targets: [target(0, 3), target(4, 6)] };
  expect(targetOf(analysis, 't1')).toBe(analysis.targets[1]);
  expect(targetOf(analysis, 'a1')).toBeUndefined();
  expect(targetOf(analysis, 't7')).toBeUndefined();
});
