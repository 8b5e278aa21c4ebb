import { describe, expect, test } from 'vitest';
import { detectReport } from './detect-report';

const REPORT_OPENING =
  '政府工作报告\n——2024年1月25日在北京市第十六届人民代表大会第二次会议上\n北京市市长 殷勇\n各位代表：\n现在，我代表北京市人民政府，向大会报告政府工作，请予审议。\n一、2023年工作回顾\n过去一年，我们坚持稳中求进，全市地区生产总值增长5.2%。';

describe('detectReport says yes to reports', () => {
  test.each([
    ['the opening of a provincial report', REPORT_OPENING, ''],
    [
      'a newspaper page of a report printed across pages',
      '政府工作报告\n上接07版\n要加快建设，新增婴幼儿托位1.5万个。各位代表！让我们坚持推进，加快发展。\n1.帮扶就业困难人员实现就业5万人(牵头责任单位:自治区人力资源和社会保障厅)。\n下转09版',
      '',
    ],
    [
      'a middle newspaper page: no heading, no salutation, only the continuation markers and the voice',
      '上接07版\n各级政府要坚持推进。我们要加快建设，持续深化改革，我们将推进城市更新，要实施就业优先，政府工作要落实到位。今年要新增托位1.5万个。\n下转09版',
      '',
    ],
    [
      'a report whose title is only in the page title',
      '各位代表：\n现在，我代表国务院，向大会报告政府工作。今年发展主要预期目标是：国内生产总值增长5%左右。',
      '政府工作报告_中国政府网',
    ],
  ])('%s', (_name, text, title) => {
    const d = detectReport(text, { title });
    expect(d.isReport).toBe(true);
    expect(d.confidence).toBeGreaterThan(0.5);
    expect(d.reasons.length).toBeGreaterThan(0);
  });
});

describe('detectReport says no to look-alikes', () => {
  test.each([
    [
      'a news story about a report',
      '深圳如何实现GDP增长6%\n记者|戈振伟\n4月11日，深圳市七届人大二次会议开幕，市长代表市政府向大会作政府工作报告。深圳市政府工作报告指出，2022年地区生产总值预期增长6%左右。',
      '',
    ],
    [
      'a statistical bulletin',
      '宜春市2022年国民经济和社会发展统计公报\n宜春市统计局 国家统计局宜春调查队\n初步核算，全年实现地区生产总值3473.12亿元，同比增长5.3%。',
      '',
    ],
    [
      'a company annual report',
      '第三章\n管理层讨论与分析\n平安银行股份有限公司\n2024 年年度报告\n本集团实现营业收入1,466.95 亿元，同比下降10.9%。本行持续加大实体经济支持力度。',
      '',
    ],
    [
      'a party congress report',
      '——在中国共产党第十九次全国代表大会上的报告\n同志们：\n现在，我代表第十八届中央委员会向大会作报告。',
      '',
    ],
    [
      'a summary page of a report',
      '一图读懂2024年北京市政府工作报告\n2024年主要预期目标：地区生产总值增长5%左右。\n要加快推进城市更新，持续深化改革。',
      '一图读懂2024年北京市政府工作报告',
    ],
    ['plain text with numbers', '今天天气很好，气温25度，湿度60%。', ''],
    [
      'a notice that breaks the report down into tasks',
      '嘉兴市人民政府办公室关于印发2023年政府工作报告重点工作和市政府民生实事项目责任分解的通知\n各县（市、区）人民政府，市级有关部门（单位）：\n《2023年政府工作报告重点工作责任分解》已经市政府同意，现印发给你们，请认真贯彻执行。各地、各部门要坚持推进，要加快落实，持续深化改革。\n2023年政府工作报告重点工作责任分解\n序号\n主要工作任务\n责任单位\n1\n地区生产总值增长6%左右。\n市发展改革委',
      '',
    ],
  ])('%s', (_name, text, title) => {
    const d = detectReport(text, { title });
    expect(d.isReport).toBe(false);
    expect(d.confidence).toBeLessThan(0.5);
  });
});
