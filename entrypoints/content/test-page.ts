import { vi } from 'vitest';
import type { Analysis, AnalyzeOptions, Target } from '../../analysis/types';
import { mainTextOf } from '../../utils/main-text';
import { cardFeature } from './card-feature';
import { GovmarkPage, type GovmarkPageOptions } from './govmark-page';
import { legendFeature } from './legend-feature';
import { inPageAnalyzer } from './page-analyzer';
import type { SiteSwitch } from './site-switch';
import { manualTimers } from './test-timers';

/** A report page with the article between page chrome full of numbers. */
export const REPORT_HTML = `<nav>首页 导航 5% 12个</nav>
<article><h1>政府工作报告</h1><p>上接07版</p>
<p>今年新增<b>20</b>个城市，增长5%左右，教育厅牵头。</p>
<div>第一行<br>新增就业3人，财政厅负责</div><form><input value="9%"><label>评论 7%</label></form></article>
<aside>热点 8% 财政厅</aside>`;

/**
 * A stand-in for the engine, its findings made by hand from the text: `%` is a goal, `个` past,
 * `人` other; 教育厅/财政厅 are agencies; a report when the text says 政府工作报告.
 */
export function fakeAnalyze(text: string, options: AnalyzeOptions = {}): Analysis {
  // As the engine: the reader's 仍然分析此页 makes any page a report.
  const isReport = text.includes('政府工作报告') || options.asked === true;
  const kinds: Record<string, Target['kind']> = { '%': 'goal', 个: 'past', 人: 'other' };
  const targets: Target[] = [...text.matchAll(/(\d+)(%|个|人)(左右)?/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
    kind: kinds[m[2] as string] ?? 'other',
    value: Number(m[1]),
    unit: m[2] as string,
    bound: m[3] ? '~' : '=',
    agency: m[2] === '%' ? ['教育厅'] : [],
  }));
  const agencies = [...text.matchAll(/教育厅|财政厅/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
  }));
  return {
    isReport,
    confidence: isReport ? 0.9 : 0.1,
    reasons: [isReport ? '标题为政府工作报告' : '没有报告的标志'],
    targets,
    agencies,
    ...(text.includes('上接07版') ? { pages: { page: '08', continuedFrom: '07', continuesOn: '09' } } : {}),
  };
}

export function fakeSwitch(disabled = false) {
  const state = { disabled };
  const siteSwitch: SiteSwitch = {
    isDisabled: async () => state.disabled,
    setDisabled: vi.fn(async (d: boolean) => {
      state.disabled = d;
    }),
    watch: () => () => {},
  };
  return { state, siteSwitch };
}

/**
 * A page object over the test document, with manual timers, a recording performance, the fake engine in the
 * page, and the legend and card as its features.
 */
export function testPage(options: Partial<GovmarkPageOptions> = {}) {
  const clock = manualTimers();
  const measures: { name: string; start: number; duration: number; detail: unknown }[] = [];
  const perf = {
    measure: (name: string, o: { start: number; duration: number; detail: unknown }) => {
      measures.push({ name, ...o });
    },
  } as unknown as Performance;
  const analyze = vi.fn(fakeAnalyze);
  const page = new GovmarkPage({
    // On the page's clock, which a test may fake.
    analyzer: inPageAnalyzer(analyze, options.now),
    // Not the page record: it messages the background, which a unit test does not have.
    features: [cardFeature(), legendFeature()],
    extract: (doc) => {
      const root = doc.querySelector('article');
      return root ? mainTextOf(root) : null;
    },
    timers: clock.timers,
    yieldToMain: async () => {},
    yieldToIdle: async () => {},
    perf,
    ...options,
  });
  return { page, clock, measures, analyze };
}
