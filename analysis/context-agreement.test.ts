import { describe, expect, test } from 'vitest';
import { contextAgreement } from './context-agreement';

const TEXT = '以有力提振市场信心。预计全年退税减税约2.5万亿元，其中留抵退税约1.5万亿元，退税资金全部直达企业。';
const at = (text: string, words: string) => [text.indexOf(words), text.indexOf(words) + words.length] as const;
const PREFIX = '以有力提振市场信心。预计全年退税减税约';
const SUFFIX = '，其中留抵退税约1.5万亿元，退税资金全部直达企业。';

describe('contextAgreement', () => {
  test('the words where they were: both sides agree fully', () => {
    expect(contextAgreement(TEXT, PREFIX, SUFFIX)(...at(TEXT, '2.5万亿元'))).toEqual({ before: 1, after: 1, mean: 1 });
  });

  test('their clause deleted: the next figure keeps much of the whole context, little of the nearest', () => {
    const edited = TEXT.replace('预计全年退税减税约2.5万亿元，', '');
    const { before, after, mean } = contextAgreement(edited, PREFIX, SUFFIX)(...at(edited, '1.5万亿元'));
    expect(mean).toBeGreaterThan(0.5);
    expect(before).toBeLessThan(0.5);
    expect(after).toBeLessThan(0.5);
  });

  test('whitespace, line breaks and indents say nothing', () => {
    const edited = TEXT.replace('信心。', '信心。\n\u3000\u3000').replace('，其中', '，\n  其中');
    expect(contextAgreement(edited, PREFIX, SUFFIX)(...at(edited, '2.5万亿元'))).toEqual({
      before: 1,
      after: 1,
      mean: 1,
    });
  });

  test('no context recorded, or none at the ends of the text: nothing disagrees', () => {
    expect(contextAgreement(TEXT, '', '')(...at(TEXT, '2.5万亿元'))).toEqual({ before: 1, after: 1, mean: 1 });
    expect(contextAgreement(TEXT, PREFIX, SUFFIX)(0, 4).before).toBe(0);
  });
});
