import { expect, test } from 'vitest';
import { findPageInfo } from './page-markers';

test.each([
  ['上接07版\n正文\n下转09版', '', { continuedFrom: '07', continuesOn: '09', page: '08' }],
  ['上接第3版', '', { continuedFrom: '3' }],
  ['正文（下转A05版）', '', { continuesOn: 'A05' }],
  ['上接07版 下转10版', '内蒙古日报 第08版：要闻', { continuedFrom: '07', continuesOn: '10', page: '08' }],
  ['（上接第二版）', '人民日报 2022年03月13日 第03版：政府工作报告', { continuedFrom: '02', page: '03' }],
])('%s', (text, title, info) => {
  expect(findPageInfo(text, title)).toEqual(info);
});

test('a page without markers has no page info', () => {
  expect(findPageInfo('政府工作报告全文')).toBeUndefined();
});

test.each([
  ['正文（转第九版）', { continuesOn: '9' }],
  ['（接第十二版）正文（转第十四版）', { continuedFrom: '12', continuesOn: '14', page: '13' }],
  ['（上接第一版）正文', { continuedFrom: '1' }],
  ['正文（下转A09）', { continuesOn: 'A09' }],
  ['（紧接第七版）正文', { continuedFrom: '7' }],
  ['上接第7页\n正文\n下转第8页', { continuedFrom: '7', continuesOn: '8' }],
])('other ways papers write it: %s', (text, info) => {
  expect(findPageInfo(text)).toEqual(info);
});

test.each(['对接第一版本的系统', '工作转第二版方案', '紧接着3个项目开工', '转A4纸打印'])(
  '接 and 转 in words are no marker: %s',
  (text) => {
    expect(findPageInfo(text)).toBeUndefined();
  },
);
