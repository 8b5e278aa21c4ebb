import { expect, test } from 'vitest';
import { reportName } from './report-name';

test.each([
  ['report:2026:内蒙古', [], '2026年内蒙古自治区政府工作报告'],
  ['report:2024:北京', [], '2024年北京市政府工作报告'],
  ['report:2025:广东', [], '2025年广东省政府工作报告'],
  ['report:2025:新疆', [], '2025年新疆维吾尔自治区政府工作报告'],
  ['report:2026:全国', [], '2026年国务院政府工作报告'],
  ['report:2024:成都', ['2024年成都市政府工作报告_成都日报'], '2024年成都市政府工作报告'],
  ['report:2024:成都', [], '2024年成都政府工作报告'],
  ['2024-内蒙古自治区-政府工作报告', [], '2024年内蒙古自治区政府工作报告'],
  ['https://www.gov.cn/a.htm', ['各位代表：', '政府工作报告全文'], '政府工作报告全文'],
  ['https://www.gov.cn/a.htm', ['各位代表：'], '政府工作报告'],
  ['https://www.gov.cn/a.htm', [], '政府工作报告'],
] as const)('reportName(%s, %j) = %s', (key, titles, name) => {
  expect(reportName(key, titles)).toBe(name);
});
