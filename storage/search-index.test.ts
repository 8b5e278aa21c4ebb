import { describe, expect, test } from 'vitest';
import { generateAnnotations, makeAnnotation } from '../tests/fixtures/annotations';
import { createSearchIndex, indexTerms, queryTerms } from './search-index';
import type { Annotation } from './types';

const A = makeAnnotation({
  id: 'a',
  note: '这个目标比去年低了',
  quote: { type: 'TextQuoteSelector', exact: '新增婴幼儿托位1.5万个', prefix: '', suffix: '' },
  tags: ['就业', 'GDP 增速'],
  title: '2024年内蒙古自治区政府工作报告',
});
const B = makeAnnotation({
  id: 'b',
  note: 'Check against the 2023 statistics bulletin',
  quote: { type: 'TextQuoteSelector', exact: '城镇调查失业率5.5%左右', prefix: '', suffix: '' },
  tags: ['待核实'],
  title: '国务院政府工作报告',
});
const C = makeAnnotation({ id: 'c', note: '<img src=x onerror=alert(1)> 𠀋𡈽', quote: undefined, tags: [], title: '' });

const ids = (set: Set<string> | null) => (set ? [...set].sort() : null);

describe('terms', () => {
  test('Han runs become pairs and their last character; other runs are words', () => {
    expect(indexTerms('托位1.5万个 GDP')).toEqual(['托位', '位', '1', '5', '万个', '个', 'gdp']);
    expect(queryTerms('婴幼儿')).toEqual(['婴幼', '幼儿']);
    expect(queryTerms('托')).toEqual(['托']);
  });
  test('astral Han characters stay whole', () => {
    expect(indexTerms('𠀋𡈽')).toEqual(['𠀋𡈽', '𡈽']);
  });
});

describe('search', () => {
  const index = createSearchIndex([A, B, C]);

  test.each<[string, string[] | null]>([
    ['婴幼儿', ['a']], // Chinese substring of a quote
    ['幼儿托', ['a']], // across word boundaries
    ['去年', ['a']], // of a note
    ['年', ['a']], // one character, in the title and the note
    ['托', ['a']],
    ['率', ['b']],
    ['了', ['a']], // a character that ends a run
    ['就业', ['a']], // a tag
    ['待核实', ['b']],
    ['增速', ['a']], // part of a tag with a space
    ['gdp', ['a']],
    ['GD', ['a']], // Latin prefix, any case
    ['statis', ['b']],
    ['国务院 失业率', ['b']], // every piece must occur
    ['国务院 婴幼儿', []],
    ['失业率5.5%', ['b']],
    ['5.5%', ['b']],
    ['<img', ['c']],
    ['onerror=alert', ['c']],
    ['𡈽', ['c']],
    ['%', ['b']], // punctuation only: checked literally
    ['低了去年', []], // the characters, but not that substring
    ['婴幼儿托位2', []],
    ['', null],
    ['   ', null],
  ])('%j finds %j', (query, expected) => {
    expect(ids(index.search(query))).toEqual(expected);
  });

  test('put replaces and remove forgets', () => {
    const own = createSearchIndex([A, B]);
    own.put({ ...A, note: '改过的批注' });
    expect(ids(own.search('去年'))).toEqual([]);
    expect(ids(own.search('改过'))).toEqual(['a']);
    own.remove('b');
    expect(ids(own.search('失业率'))).toEqual([]);
    expect(own.size).toBe(1);
    own.put(B);
    expect(ids(own.search('失业率'))).toEqual(['b']);
  });

  test('agrees with a plain substring scan on generated annotations', async () => {
    const records = generateAnnotations(600, 7);
    const own = createSearchIndex();
    await own.putAll(records, { chunk: 100 });
    const text = (a: Annotation) =>
      `${a.note}\n${a.quote?.exact ?? ''}\n${a.tags.join('\n')}\n${a.title}`.toLowerCase();
    for (const query of ['新增城镇就业', '就业', '5%左右', 'alert(1)', '=x', '𠀋', '标题', '零宽']) {
      const expected = records.filter((a) => text(a).includes(query.toLowerCase())).map((a) => a.id);
      expect(expected.length, query).toBeGreaterThan(0);
      expect(ids(own.search(query)), query).toEqual(expected.sort());
    }
  });
});
