import type { PageRecord, TargetRow } from '../../storage/types';

const target = (start: number, text: string, fields: Partial<TargetRow>): TargetRow => ({
  start,
  end: start + text.length,
  text,
  kind: 'goal',
  value: null,
  unit: '',
  bound: '=',
  agency: [],
  sentence: `全年${text}。`,
  ...fields,
});

/** The 2024 Inner Mongolia report printed over two newspaper pages, and one page of another report. */
export function libraryPages(): PageRecord[] {
  const base = { confidence: 0.9, agencyCount: 3 };
  return [
    {
      ...base,
      url: 'https://szb.nmgnews.com.cn/2024/01/28/08.html',
      title: '政府工作报告（第08版）',
      reportKey: '2024-内蒙古自治区-政府工作报告',
      seenAt: Date.UTC(2024, 0, 28),
      targets: [
        target(120, '新增婴幼儿托位1.5万个', { value: 15000, unit: '个', agency: ['卫生健康委'] }),
        target(10, '地区生产总值增长6%', { value: 6, unit: '%', kind: 'past' }),
        target(300, '粮食产量稳定在两位数', { value: null, unit: '', kind: 'other' }),
      ],
    },
    {
      ...base,
      url: 'https://szb.nmgnews.com.cn/2024/01/28/09.html',
      title: '政府工作报告（第09版）',
      reportKey: '2024-内蒙古自治区-政府工作报告',
      seenAt: Date.UTC(2024, 0, 28, 1),
      targets: [target(50, '城镇调查失业率5.5%左右', { value: 5.5, unit: '%', bound: '~' })],
    },
    {
      ...base,
      url: 'https://www.gov.cn/zhengce/2024-03/report.htm',
      title: '国务院政府工作报告',
      reportKey: '2024-国务院-政府工作报告',
      seenAt: Date.UTC(2024, 2, 5),
      targets: [target(20, '城镇新增就业1200万人以上', { value: 12_000_000, unit: '人', bound: '>' })],
    },
  ];
}
