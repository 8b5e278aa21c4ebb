import { expect, test } from 'vitest';
import { inNotQuantityName, inNumeralCompound } from './not-quantity-names';
import { findQuantities } from './targets';

// [text, span start, span end, inside a name]
test.each([
  ['千家万户', 2, 4, true], // 万户 inside 千家万户
  ['推进十四五规划', 2, 4, true],
  ['十四五', 0, 1, true],
  ['两个确立', 0, 2, true],
  ['建成两个项目', 2, 4, false],
  ['新增一批学校', 2, 4, true],
  ['新增万户', 2, 4, false],
  ['千家', 0, 2, false], // the start of a name is not the name
])('%s [%i, %i) → %s', (text, start, end, inside) => {
  expect(inNotQuantityName(text, start, end)).toBe(inside);
});

test('a caller may say where a name can start at the earliest', () => {
  expect(inNotQuantityName('千家万户', 2, 4, 2)).toBe(false);
  expect(inNotQuantityName('5千家万户', 0, 3, 0)).toBe(true);
});

// Names that hold a count, found by their shape rather than looked up: [sentence, the targets left in it].
test.each([
  ['深入推进三去一降一补，落实两新一重建设。', []],
  ['坚持三多三少三慢作风顽疾，推进六稳六保工作。', []],
  ['千家万户用上清洁能源。', []],
  ['实现两个一百年奋斗目标，推进四个一批。', []],
  ['坚持两个毫不动摇。', []],
  ['要充分发挥中央和地方两个积极性。', []],
  ['坚决落实两个更好统筹重大部署，协调推进四个全面战略布局。', []],
  ['切实抓好两个关键小事。', []],
  // A name once held to stays a name where it is only repeated.
  ['切实抓好两个关键小事。深入抓好垃圾分类和物业管理两个关键小事，完善回收体系。', []],
  // Hard negatives: counts of things built, added or measured.
  ['新增两个国家级实验室，建成三个大型水库。', ['两个', '三个']],
  // A quality before a noun describes what is counted; one ending the phrase names a doctrine (above).
  ['建设两个综合性国家科学中心，培育五个战略性新兴产业集群。', ['两个', '五个']],
  ['打造三个万亿级产业，建设好4个国家区域医疗中心。', ['三个', '4个']],
  ['城镇化率年均提高一点二个百分点。', ['一点二个百分点']],
  ['新增两个“两山”实践创新基地。', ['两个']],
  ['每个旗县至少办好一所优质高中，开通3条地铁新线。', ['一所', '3条']],
  ['抓好550个省重大项目。', ['550个']],
  // A count of hundreds or more is no doctrine's, even where a numeral follows it (a repeated or run-on copy).
  ['新增三万个三万个。', ['三万个', '三万个']],
  ['培育一万个三星级乡村旅游点。', ['一万个']],
])('%s → %j', (text, expected) => {
  expect(findQuantities(text).map((t) => t.text)).toEqual(expected);
});

test.each([
  ['三去一降一补', 0, 2, true],
  ['五位一体', 2, 4, true],
  ['两新一重', 0, 2, true],
  ['三个万亿级产业', 0, 2, false], // 万亿 is one number, not a pair of the pattern
  ['新增三十个', 2, 5, false],
  ['两个项目', 0, 2, false],
  ['新增十余万个岗位', 2, 6, false],
])('numeral compound %s [%i, %i) → %s', (text, start, end, inside) => {
  expect(inNumeralCompound(text, start, end)).toBe(inside);
});
