import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { type Candidate, CHINESE_SOURCE, findCandidates, PERCENT_SOURCE } from './quantity-candidates';
import { ARABIC_REST, DIGIT, MULT, PER, RANGE_DASHES, UNIT } from './quantity-patterns';
import { indexText } from './text-index';

// The plain way: both patterns run as global searches over the whole text. findCandidates tries them only
// where the text index points; it must find exactly what these find.
const ARABIC_ANYWHERE = new RegExp(
  `(${DIGIT}(?<![0-9０-９.．A-Za-z].)${DIGIT}*${ARABIC_REST})(多|余)?(?: ?(${MULT}))?(多|余)?(?: ?(${UNIT})${PER}?)?`,
  'g',
);
const CHINESE_ANYWHERE = new RegExp(`${PERCENT_SOURCE}|${CHINESE_SOURCE}`, 'g');

function plainCandidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(ARABIC_ANYWHERE)) {
    const bare = m[5] === undefined && m[3] === undefined && !(m[1] as string).includes('/');
    const next = text[m.index + m[0].length];
    if (bare && (next === undefined || !RANGE_DASHES.includes(next))) continue;
    const [, number, more1, mult, more2, unit] = m;
    found.push({
      index: m.index,
      length: m[0].length,
      arabic: true,
      number: number as string,
      more: more1 !== undefined || more2 !== undefined,
      mult,
      unit: unit ?? '',
    });
  }
  for (const m of text.matchAll(CHINESE_ANYWHERE)) {
    const [, percent, number, more, mult, unit] = m;
    found.push(
      percent === undefined
        ? {
            index: m.index,
            length: m[0].length,
            arabic: false,
            number: number as string,
            more: more !== undefined,
            mult,
            unit: unit ?? '',
          }
        : {
            index: m.index,
            length: m[0].length,
            arabic: /^[0-9０-９]/.test(percent),
            number: percent,
            more: false,
            mult: undefined,
            unit: '%',
          },
    );
  }
  return found.sort((a, b) => a.index - b.index);
}

const candidatesOf = (text: string) => findCandidates(text, indexText(text));

describe('findCandidates finds what a search of the whole text finds', () => {
  test.each([
    ['新增婴幼儿托位1.5万个'],
    ['增长5%左右，4.5%—5%，3至5个'],
    ['2024年3月1日，第1,234项，1,2345个，1/3的人'],
    ['GDP2.0版本，v1.5个，Ａ１２个'],
    ['近千万，超过3亿，约两万，达到一万亿'],
    ['统一一些，千家万户，三百分点，一万吨标准煤，三千瓦时'],
    ['３００多万人，30万元/人左右，１２．５％'],
    ['2024.'],
    ['十'],
    ['两千多万人，十余万个岗位，百分之六十，百分之百，百分之5，百分比'],
  ])('%s', (text) => {
    expect(candidatesOf(text)).toEqual(plainCandidates(text));
  });

  test('on the bundled report pages, markup and all', () => {
    const pages = join(import.meta.dirname, '../tests/fixtures/pages');
    for (const name of ['epaper-nmg-2024-p08.html', 'govcn-report-2022.html', 'portal-bj-2026.html']) {
      const text = readFileSync(join(pages, name), 'utf8');
      expect(candidatesOf(text), name).toEqual(plainCandidates(text));
    }
  });

  test.each([
    ['近一二三万四五亿六七个'],
    ['约一万一万一万'],
    ['超过三万二百分点，达十万千瓦时，到五千万吨标准煤'],
    ['两千多万人，近两千多万，三百分之一'],
    ['1,2,3,4,5万元，1/2/3/4个，1,234,567,890'],
  ])('%s', (text) => {
    expect(candidatesOf(text)).toEqual(plainCandidates(text));
  });

  test('on random runs of numerals, bound words and units', () => {
    const alphabet = [...'零一二两三十百千万亿万亿万近约超到个人%多余', '百分点', '千瓦', '百分之', '，'];
    let seed = 11;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let round = 0; round < 300; round++) {
      const text = Array.from({ length: 120 }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      expect(candidatesOf(text), text).toEqual(plainCandidates(text));
    }
  });

  test('on random text made of the characters that matter', () => {
    const alphabet = [
      ...'0123456789０９,.．/ 多余万亿千百十零〇一二两三四五六七八九个人元%吨米项成家庭周年近约超达过到—-~至AbX的。\n',
      '百分之',
      '百分点',
      '千瓦时',
      '平方公里',
    ];
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let round = 0; round < 2000; round++) {
      const text = Array.from({ length: 60 }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      expect(candidatesOf(text), text).toEqual(plainCandidates(text));
    }
  });
});
