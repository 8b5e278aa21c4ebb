import type { Target } from '../analysis/types';
import type { FileAnalysis } from './analyze-file';

// A hand-made result, so the formatters are tested without the engine.
const TEXT = '=SUM(A1)新增托位1.5万个（牵头单位：教育厅、财政厅），增长4.5%—5%。国务院部署。';

function target(text: string, fields: Partial<Target>): Target {
  const start = TEXT.indexOf(text);
  return {
    start,
    end: start + text.length,
    text,
    kind: 'goal',
    value: null,
    unit: '',
    bound: '=',
    agency: [],
    ...fields,
  };
}

export function sampleResult(file = 'dir/报告.txt'): FileAnalysis {
  return {
    file,
    text: TEXT,
    encoding: 'utf-8',
    analysis: {
      isReport: true,
      confidence: 0.875,
      reasons: ['以“各位代表”称呼人大代表', 'sets targets'],
      targets: [
        target('1.5万个', { value: 15000, unit: '个', agency: ['教育厅', '财政厅'] }),
        target('4.5%—5%', { value: [4.5, 5], unit: '%', bound: 'range', kind: 'past' }),
      ],
      agencies: ['教育厅', '财政厅', '国务院'].map((text) => {
        const start = TEXT.indexOf(text);
        return { start, end: start + text.length, text };
      }),
      pages: { continuedFrom: '上接07版' },
    },
  };
}
