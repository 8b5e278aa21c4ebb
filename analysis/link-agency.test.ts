import { describe, expect, test } from 'vitest';
import { linkResponsibleBodies, parseResponsibleBodies } from './link-agency';
import { findQuantities } from './targets';

describe('parseResponsibleBodies', () => {
  test.each([
    ['教育厅、财政厅', ['教育厅', '财政厅']],
    ['自治区人力资源和社会保障厅', ['自治区人力资源和社会保障厅']],
    ['省教育厅，省财政厅', ['省教育厅', '省财政厅']],
    ['省民政厅和省卫健委', ['省民政厅', '省卫健委']],
    ['省教育厅；配合单位：省财政厅', ['省教育厅']],
    ['市住建委等', ['市住建委']],
    ['市园林绿化局；责任单位：各区政府', ['市园林绿化局', '各区政府']],
    ['市园林绿化局　责任单位：各区政府', ['市园林绿化局', '各区政府']],
  ])('%s', (list, bodies) => {
    expect(parseResponsibleBodies(list)).toEqual(bodies);
  });
});

describe('linkResponsibleBodies', () => {
  const link = (text: string) => {
    const targets = findQuantities(text);
    return targets.map((t, i) => [t.text, linkResponsibleBodies(text, targets)[i]]);
  };

  test.each([
    ['（牵头单位：教育厅、财政厅）', '1.改善126所幼儿园（牵头单位：教育厅、财政厅）。'],
    ['(牵头责任单位:自治区农牧厅)', '5.新增服务面积200万亩(牵头责任单位:自治区农牧厅)。'],
    ['（责任单位：省民政厅）', '6.新增床位3000张（责任单位：省民政厅）。'],
    ['（X牵头，Y配合）', '1.新增普惠托位1万个。（省卫生健康委牵头，省教育厅、省财政厅配合）'],
    ['（X牵头）', '4.培训农民工10万人次（省人力资源社会保障厅牵头）。'],
  ])('every target of the item carries the bodies of %s', (_note, text) => {
    const [[, bodies]] = link(text) as [[string, string[]]];
    expect(bodies.length).toBeGreaterThan(0);
    expect(text).toContain(bodies[0]);
  });

  test('only the bodies that lead count, and a note that is not a list of bodies links nothing', () => {
    expect(link('1.新增普惠托位1万个。（省卫生健康委、省民政厅牵头，省教育厅配合）')).toEqual([
      ['1万个', ['省卫生健康委', '省民政厅']],
    ]);
    expect(link('2.完成改造500个（2025年底前完成，省住房城乡建设厅牵头）。')).toEqual([['500个', []]]);
    expect(link('5.建设口袋公园100个（由省住房城乡建设厅牵头）。')).toEqual([['100个', ['省住房城乡建设厅']]]);
  });

  test('targets of one item share its bodies; other items and paragraphs keep theirs', () => {
    const text =
      '今年新增就业5万人。\n3.组织培训家政服务从业人员1万名、家庭教育指导者1万名(牵头责任单位:自治区妇女联合会)。\n4.新增残疾人就业8000人以上(牵头责任单位:自治区残疾人联合会)。';
    expect(link(text)).toEqual([
      ['5万人', []],
      ['1万名', ['自治区妇女联合会']],
      ['1万名', ['自治区妇女联合会']],
      ['8000人以上', ['自治区残疾人联合会']],
    ]);
  });
});

test('a leader named before the bodies is skipped: (责任领导：张三；牵头单位：市园林绿化局)', () => {
  const text = '3.新建口袋公园50个（责任领导：张三；牵头单位：市园林绿化局）';
  const targets = findQuantities(text);
  expect(linkResponsibleBodies(text, targets)).toEqual([['市园林绿化局']]);
});
