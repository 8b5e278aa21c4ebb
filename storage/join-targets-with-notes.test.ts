import { expect, test } from 'vitest';
import { makeAnnotation } from '../tests/fixtures/annotations';
import { joinTargetsWithNotes, type TargetRowWithNotes } from './join-targets-with-notes';
import type { Annotation, PageRecord, TargetRow } from './types';

const target = (start: number, end: number, text = 'x'): TargetRow => ({
  start,
  end,
  text,
  kind: 'goal',
  value: 1,
  unit: '个',
  bound: '=',
  agency: [],
  sentence: text,
});

const page = (url: string, reportKey: string, targets: TargetRow[]): PageRecord => ({
  url,
  title: url,
  reportKey,
  seenAt: 0,
  confidence: 1,
  targets,
  agencyCount: 0,
});

const note = (url: string, start: number | null, text: string, tags: string[] = [], created = 0): Annotation =>
  makeAnnotation({
    id: `00000000-0000-4000-8000-${String(start ?? 999).padStart(6, '0')}${String(created).padStart(6, '0')}`,
    url,
    note: text,
    tags,
    created,
    position:
      start === null
        ? undefined
        : { type: 'TextPositionSelector', start, end: start + 5, codePointStart: start, codePointEnd: start + 5 },
  });

const A = 'https://a.example/07.html';
const B = 'https://a.example/08.html';

test.each<[string, Annotation[], { notes: string[]; tags: string[] }]>([
  ['no annotations', [], { notes: [], tags: [] }],
  ['inside', [note(A, 12, '偏低', ['就业'])], { notes: ['偏低'], tags: ['就业'] }],
  ['overlapping the start', [note(A, 6, 'a')], { notes: ['a'], tags: [] }],
  ['overlapping the end', [note(A, 19, 'a')], { notes: ['a'], tags: [] }],
  ['touching before [5,10) does not overlap [10,20)', [note(A, 5, 'a')], { notes: [], tags: [] }],
  ['touching after [20,25)', [note(A, 20, 'a')], { notes: [], tags: [] }],
  ['other page, same offsets', [note(B, 12, 'a')], { notes: [], tags: [] }],
  ['page-level note', [note(A, null, 'a')], { notes: [], tags: [] }],
  ['empty note keeps its tags', [note(A, 12, '', ['待核实'])], { notes: [], tags: ['待核实'] }],
  [
    'reading order, tags once',
    [note(A, 15, '二', ['就业', '民生']), note(A, 8, '一', ['就业'])],
    { notes: ['一', '二'], tags: ['就业', '民生'] },
  ],
])('%s', (_, annotations, expected) => {
  const rows = joinTargetsWithNotes([page(A, 'r', [target(10, 20)]), page(B, 'r', [])], annotations);
  expect(rows).toHaveLength(1);
  const [{ notes, tags, annotationIds }] = rows as [TargetRowWithNotes];
  expect({ notes, tags }).toEqual(expected);
  expect(annotationIds).toHaveLength(
    annotations.filter((a) => a.url === A && a.position && a.position.start < 20 && a.position.end > 10).length,
  );
});

test('groups by report key in order of first appearance, targets in text order', () => {
  const rows = joinTargetsWithNotes(
    [
      page(A, 'r1', [target(30, 31, 'a2'), target(1, 2, 'a1')]),
      page('https://b.example/', 'r2', [target(1, 2, 'b1')]),
      page(B, 'r1', [target(1, 2, 'c1')]),
    ],
    [],
  );
  expect(rows.map((r) => [r.reportKey, r.text])).toEqual([
    ['r1', 'a1'],
    ['r1', 'a2'],
    ['r1', 'c1'],
    ['r2', 'b1'],
  ]);
  expect(rows[0]).toMatchObject({ url: A, title: A, value: 1, unit: '个', sentence: 'a1' });
});
