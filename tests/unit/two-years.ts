import { analyze } from '../../analysis';
import { pageRecordOf } from '../../entrypoints/content/page-record';
import type { PageRecord } from '../../storage/types';

/** A national report in miniature for a year: last year's results, then this year's goals. */
export function miniReport(year: number, review: string, plan: string): string {
  return `政府工作报告\n——${year}年3月5日在第十三届全国人民代表大会第${year - 2017}次会议上\n一、${year - 1}年工作回顾\n${review}\n二、${year}年工作总体部署\n今年发展主要预期目标是：${plan}\n`;
}

export const TEXT_2021 = miniReport(
  2021,
  '国内生产总值增长2.3%。城镇新增就业1186万人。',
  '国内生产总值增长6%以上；城镇新增就业1100万人以上；粮食产量保持在1.3万亿斤以上。',
);
export const TEXT_2022 = miniReport(
  2022,
  '国内生产总值增长8.1%。城镇新增就业1269万人。粮食产量1.37万亿斤。',
  '国内生产总值增长5.5%左右；城镇新增就业1100万人以上；粮食产量保持在1.3万亿斤以上。',
);
export const URL_2021 = 'https://www.gov.cn/premier/2021-03/12/content_1.htm';
export const URL_2022 = 'https://www.gov.cn/premier/2022-03/12/content_2.htm';

/** The page records the extension keeps after the reader opened both years' reports. */
export function twoYearsOfPages(): PageRecord[] {
  return [
    pageRecordOf(analyze(TEXT_2021), TEXT_2021, { url: URL_2021, title: '', now: 1 }),
    pageRecordOf(analyze(TEXT_2022), TEXT_2022, { url: URL_2022, title: '', now: 2 }),
  ];
}
