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
    ...[
      [
        'the supreme court’s report',
        '最高人民法院工作报告\n——2024年3月8日在第十四届全国人民代表大会第二次会议上\n各位代表：\n现在，我代表最高人民法院向大会报告工作，请予审议。\n',
      ],
      [
        'the procuratorate’s report',
        '江苏省人民检察院工作报告\n——2024年3月8日在第十四届全国人民代表大会第二次会议上\n各位代表：\n现在，我代表省人民检察院向大会报告工作。\n',
      ],
      [
        'the congress standing committee’s report',
        '全国人民代表大会常务委员会工作报告\n——2024年3月8日在第十四届全国人民代表大会第二次会议上\n各位代表：\n现在，我受全国人大常委会委托，向大会报告工作。\n',
      ],
      [
        'the plan report',
        '关于2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告\n——2024年3月8日在第十四届全国人民代表大会第二次会议上\n各位代表：\n受国务院委托，现将计划草案提请审查。\n',
      ],
      [
        'the budget report',
        '关于2023年中央和地方预算执行情况与2024年中央和地方预算草案的报告\n——2024年3月8日在第十四届全国人民代表大会第二次会议上\n各位代表：\n受国务院委托，现将预算草案提请审查。\n',
      ],
      [
        'the CPPCC standing committee’s report',
        '中国人民政治协商会议全国委员会常务委员会工作报告\n——2024年3月4日在政协第十四届全国委员会第二次会议上\n各位委员：\n我受常务委员会委托，向大会报告工作。\n',
      ],
    ].map(([name, opening]) => [
      `${name}: another report to the same session`,
      `${opening}一、2023年工作回顾\n过去一年，我们坚持推进，加快建设，持续深化改革，办理代表建议，接受人大监督，人大代表建议全部办结。\n二、2024年工作安排\n要加快推进，持续深化，坚持实施。`,
      '',
    ]),
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

// Pages 2..n of a report published across web pages: no title, no salutation, only the report's voice.
describe('detectReport knows a report’s later pages by their voice', () => {
  test.each([
    [
      'the end of the review and the start of the plan',
      '城镇新增就业141万人，城镇调查失业率4.6%。\n三、2026年重点工作\n今年是开局之年。我们将深入贯彻党中央部署，推动经济量质齐升。',
    ],
    [
      'the review’s numbered items',
      '回顾过去一年，成绩得来殊为不易。我们有效应对各种风险挑战，主要做了以下工作。\n一是保持宏观政策连续性针对性，推动经济运行保持在合理区间。\n有效实施稳健的货币政策，两次全面降准。\n二是优化和落实助企纾困政策，巩固经济恢复基础。\n新增减税降费超过1万亿元。',
    ],
    [
      'the government’s own conduct at the end of the review',
      '六是民生保障持续加强。新增普惠托位8897个。\n一年来，我们坚决贯彻全面从严治党要求，切实加强自身建设。自觉依法接受监督，提请市人大常委会审议地方性法规9项，办理市人大代表议案5项、建议877件，办理市政协提案1309件。',
    ],
    [
      'a page that starts at a later item of the review’s list',
      '二是着力抓科技兴产业，推动新质生产力加快培育。创新平台体系加快完善，关键核心技术加快突破。投入12亿元实施企业找技术、成果找市场“双向揭榜挂帅”，技术合同成交额突破3000亿元、增长15.1%。新培育6个国家级中小企业特色产业集群，新增规上工业企业1494家。',
    ],
    [
      'a page of the plan’s tasks',
      '（一）不断巩固拓展经济稳中向好势头。持续拓展内需增长新空间，着力扩大有效投资，加快推进重大项目，推动消费提质升级。\n（九）加大保障和改善民生力度。坚持民生为大，实施城乡居民增收计划，着力稳就业促增收，推进教育公平，加强医疗卫生服务。今年将办好12类45件民生实事，确保落实到位。',
    ],
  ])('%s', (_name, text) => {
    expect(detectReport(text).isReport).toBe(true);
  });

  test.each([
    [
      'a later page of a party congress report',
      '五年来，我们统筹推进“五位一体”总体布局。全党思想上更加统一。我们党团结带领人民取得重大成就，中国共产党人的初心和使命是为中国人民谋幸福。国内生产总值从五十四万亿元增长到八十万亿元。要坚持党的全面领导，加快推进现代化建设。',
    ],
    [
      'a later page of a news story about a report',
      '其中，现代产业类项目250个，个数占比28.3%，总投资10373.3亿元。根据计划，2022年，深圳安排市政府投资项目522个，年度计划投资规模为550亿元、增长10.0%。',
    ],
    [
      'a later page of a statistical bulletin',
      '二、农业\n全年农业总产值613.22亿元，按可比价计算，同比增长4.3%。粮食播种面积增长0.3%。\n三、工业和建筑业\n规模以上工业增加值同比增长9.6%。',
    ],
    [
      'a page of another plan document: directives alone are not a report',
      '要加快推进产业转型升级，着力扩大有效投资，深化重点领域改革，强化科技创新支撑，完善公共服务体系，持续推动高质量发展，确保各项任务落实到位。',
    ],
  ])('%s', (_name, text) => {
    expect(detectReport(text).isReport).toBe(false);
  });
});

// In the browser the page's title and site are known too.
describe('detectReport takes a hint from the page’s title and site', () => {
  const LATER_PAGE =
    '（八）优化区域发展布局。要加快转型升级，着力发展壮大绿氢产业，推动基本民生保障标准达到全国平均水平。';
  test.each([
    ['2026年政府工作报告（全文）', '', true],
    ['2026年江苏省政府工作报告（2）_新华报业网', '', true],
    ['政府工作报告_第3页_中国政府网', '', true],
    ['一图读懂2026年政府工作报告（2）', '', false],
    ['', '', false],
    ['', 'www.gov.cn', false], // the site alone is no report's voice
  ])('title %j, site %j → %s', (title, site, isReport) => {
    expect(detectReport(LATER_PAGE, { title, site }).isReport).toBe(isReport);
  });

  test('a government site helps a page that speaks of the report’s own business', () => {
    const text = '学前教育突出普惠发展，义务教育优质均衡发展取得明显成效。今年我们接续推出33件民生实事，持续推进。';
    expect(detectReport(text).isReport).toBe(false);
    expect(detectReport(text, { site: 'www.nmg.gov.cn' }).isReport).toBe(true);
    expect(detectReport(text, { site: 'www.example.com' }).isReport).toBe(false);
  });
});

test('the reader’s 仍然分析此页 makes a page judged no report one, with the reason said and its confidence kept', () => {
  const text = '今天天气很好，气温25度，湿度60%。';
  const plain = detectReport(text);
  const asked = detectReport(text, { asked: true });
  expect(plain.isReport).toBe(false);
  expect(asked).toMatchObject({ isReport: true, confidence: plain.confidence });
  expect(asked.reasons.at(-1)).toContain('读者要求');
});
