import { describe, expect, test } from 'vitest';
import type { Annotation } from '../../../storage/types';
import { anchorNotes, passageOf } from './anchor-notes';

const TEXT =
  '各位代表！今年要完成燃气、供热、供排水管网改造1500公里和老旧小区改造1185个，新增婴幼儿托位1.5万个。\n就业是最基本的民生。城镇新增就业25万人以上。';

function noteOn(text: string, words: string, id = 'n1'): Annotation {
  const start = text.indexOf(words);
  return {
    id,
    url: 'https://szb.nmgnews.com.cn/2024/01/29/08.html',
    title: '政府工作报告',
    reportKey: 'report:2024:内蒙古',
    ...passageOf(text, start, start + words.length),
    note: '',
    tags: [],
    color: 'yellow',
    created: 1,
    updated: 1,
  };
}

test('passageOf records the words, ~32 characters each side, and code-point offsets', () => {
  const text = `𝟘${TEXT}`; // one character outside the BMP before the words
  const words = '新增婴幼儿托位1.5万个';
  const start = text.indexOf(words);
  const end = start + words.length;
  const { quote, position } = passageOf(text, start, end);
  expect(quote.exact).toBe(words);
  expect(quote.prefix).toBe(text.slice(start - 32, start));
  expect(quote.suffix).toBe(text.slice(end, end + 32));
  expect(position).toEqual({
    type: 'TextPositionSelector',
    start,
    end,
    codePointStart: start - 1,
    codePointEnd: end - 1,
  });
});

describe('anchorNotes', () => {
  test('an unchanged page: placed where stored, nothing to update', () => {
    const note = noteOn(TEXT, '新增婴幼儿托位1.5万个');
    expect(anchorNotes(TEXT, [note])).toEqual([
      { id: 'n1', status: 'placed', start: note.position?.start, end: note.position?.end },
    ]);
  });

  test('a paragraph inserted before: placed at the words, with the new position to store', () => {
    const note = noteOn(TEXT, '城镇新增就业25万人以上');
    const edited = `新插入的一段文字，讲的是别的事情。\n${TEXT}`;
    const [result] = anchorNotes(edited, [note]);
    expect(result?.status).toBe('placed');
    if (result?.status !== 'placed') return;
    expect(edited.slice(result.start, result.end)).toBe('城镇新增就业25万人以上');
    expect(result.patch?.position?.start).toBe(result.start);
    expect(result.patch?.quote?.exact).toBe('城镇新增就业25万人以上');
  });

  test('one character changed inside the words: found by fuzzy matching, the new words stored', () => {
    const note = noteOn(TEXT, '燃气、供热、供排水管网改造1500公里');
    const edited = `新插入的一段。\n${TEXT.replace('供排水管网改造1500公里', '供排水管网改造1600公里')}`;
    const [result] = anchorNotes(edited, [note]);
    expect(result?.status).toBe('placed');
    if (result?.status !== 'placed') return;
    expect(edited.slice(result.start, result.end)).toBe('燃气、供热、供排水管网改造1600公里');
    expect(result.patch?.quote?.exact).toBe('燃气、供热、供排水管网改造1600公里');
  });

  test('the words gone: unplaced, and nothing about the note changes', () => {
    const note = noteOn(TEXT, '新增婴幼儿托位1.5万个');
    const copy = structuredClone(note);
    const edited = TEXT.replace('新增婴幼儿托位1.5万个。', '');
    expect(anchorNotes(edited, [note])).toEqual([{ id: 'n1', status: 'unplaced' }]);
    expect(note).toEqual(copy);
  });

  test('the same words twice: the context decides', () => {
    const text = '甲地新增就业3万人。乙地新增就业3万人。';
    const note = noteOn(text, '乙地新增就业3万人');
    const second = {
      ...note,
      quote: { ...(note.quote as NonNullable<Annotation['quote']>), exact: '新增就业3万人', prefix: '。乙地' },
    };
    delete (second as Partial<Annotation>).position;
    const [result] = anchorNotes(text, [second]);
    expect(result).toMatchObject({ status: 'placed', start: text.lastIndexOf('新增就业3万人') });
  });

  test('page-level notes are not anchored', () => {
    const { quote: _q, position: _p, ...pageNote } = noteOn(TEXT, '就业');
    expect(anchorNotes(TEXT, [pageNote])).toEqual([]);
  });
});
