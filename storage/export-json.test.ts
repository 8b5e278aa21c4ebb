import { describe, expect, test } from 'vitest';
import { makeAnnotation } from '../tests/fixtures/annotations';
import { serializeExport, toWebAnnotations } from './export-json';
import type { Annotation } from './types';

const exportedAt = new Date('2024-11-28T08:00:00Z');
const one = (a: Annotation) => toWebAnnotations([a], { exportedAt }).annotations[0];

test('the whole file: envelope, W3C annotation, govmark property, key order, 2-space indentation', () => {
  expect(serializeExport(toWebAnnotations([makeAnnotation()], { exportedAt }))).toBe(`{
  "format": "govmark",
  "schemaVersion": 1,
  "exportedAt": "2024-11-28T08:00:00.000Z",
  "annotations": [
    {
      "@context": "http://www.w3.org/ns/anno.jsonld",
      "id": "urn:uuid:0b7e6f4c-3d2a-4e1b-9c8d-7f6e5d4c3b2a",
      "type": "Annotation",
      "created": "2024-01-28T01:02:03.004Z",
      "modified": "2024-01-29T05:06:07.008Z",
      "body": [
        {
          "type": "TextualBody",
          "value": "这个目标比去年低了",
          "format": "text/plain",
          "purpose": "commenting"
        },
        {
          "type": "TextualBody",
          "value": "就业",
          "purpose": "tagging"
        },
        {
          "type": "TextualBody",
          "value": "待核实",
          "purpose": "tagging"
        }
      ],
      "target": {
        "source": "https://szb.nmgnews.com.cn/2024/01/28/08.html",
        "selector": [
          {
            "type": "TextQuoteSelector",
            "exact": "新增婴幼儿托位1.5万个",
            "prefix": "全年",
            "suffix": "，"
          },
          {
            "type": "TextPositionSelector",
            "start": 120,
            "end": 132
          }
        ]
      },
      "govmark": {
        "title": "政府工作报告",
        "reportKey": "2024-内蒙古自治区-政府工作报告",
        "color": "yellow",
        "utf16": {
          "start": 120,
          "end": 132
        }
      }
    }
  ]
}
`);
});

describe('toWebAnnotations', () => {
  test.each<[string, Partial<Annotation>, Record<string, unknown>]>([
    [
      'page-level note: target is the page alone, no utf16',
      { quote: undefined, position: undefined },
      {
        target: { source: 'https://szb.nmgnews.com.cn/2024/01/28/08.html' },
        govmark: { title: '政府工作报告', reportKey: '2024-内蒙古自治区-政府工作报告', color: 'yellow' },
      },
    ],
    ['tags only', { note: '', tags: ['就业'] }, { body: [{ type: 'TextualBody', value: '就业', purpose: 'tagging' }] }],
    [
      'astral characters: code points in the selector, UTF-16 in govmark.utf16',
      { position: { type: 'TextPositionSelector', start: 12, end: 16, codePointStart: 10, codePointEnd: 13 } },
      { govmark: expect.objectContaining({ utf16: { start: 12, end: 16 } }) },
    ],
    [
      'note text is data, kept verbatim',
      { note: '<img src=x onerror=alert(1)>\n=1+1', tags: [] },
      {
        body: [
          {
            type: 'TextualBody',
            value: '<img src=x onerror=alert(1)>\n=1+1',
            format: 'text/plain',
            purpose: 'commenting',
          },
        ],
      },
    ],
    ['colour', { color: 'purple' }, { govmark: expect.objectContaining({ color: 'purple' }) }],
  ])('%s', (_, overrides, expected) => {
    expect(one(makeAnnotation(overrides))).toMatchObject(expected);
  });

  test('bare highlight: no body property at all', () => {
    expect(Object.keys(one(makeAnnotation({ note: '', tags: [] })) ?? {})).not.toContain('body');
  });

  test('position selector carries code points', () => {
    const annotation = one(
      makeAnnotation({
        position: { type: 'TextPositionSelector', start: 12, end: 16, codePointStart: 10, codePointEnd: 13 },
      }),
    );
    expect(annotation?.target.selector?.[1]).toEqual({ type: 'TextPositionSelector', start: 10, end: 13 });
  });

  test('sorted by created, then id; key order independent of the record', () => {
    const a = makeAnnotation({ id: 'bbbbbbbb-0000-4000-8000-000000000000', created: 2, updated: 2 });
    const b = makeAnnotation({ id: 'aaaaaaaa-0000-4000-8000-000000000000', created: 2, updated: 2 });
    const c = makeAnnotation({ id: 'cccccccc-0000-4000-8000-000000000000', created: 1, updated: 1 });
    const shuffled = Object.fromEntries(Object.entries(c).reverse()) as Annotation;
    const ids = toWebAnnotations([a, shuffled, b], { exportedAt }).annotations.map((x) => x.id.slice(9, 10));
    expect(ids).toEqual(['c', 'a', 'b']);
    expect(serializeExport(toWebAnnotations([c], { exportedAt }))).toBe(
      serializeExport(toWebAnnotations([shuffled], { exportedAt })),
    );
  });

  test('does not reorder the caller’s array', () => {
    const list = [makeAnnotation({ created: 5 }), makeAnnotation({ created: 1 })];
    toWebAnnotations(list, { exportedAt });
    expect(list.map((a) => a.created)).toEqual([5, 1]);
  });

  test('empty export', () => {
    expect(toWebAnnotations([], { exportedAt })).toEqual({
      format: 'govmark',
      schemaVersion: 1,
      exportedAt: '2024-11-28T08:00:00.000Z',
      annotations: [],
    });
  });
});
