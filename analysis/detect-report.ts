import { findPageInfo } from './page-markers';
import type { AnalyzeOptions } from './types';

export interface Detection {
  isReport: boolean;
  confidence: number;
  reasons: string[];
}

interface Feature {
  /** What the reader is told when the feature fires. */
  reason: string;
  weight: number;
  test: (text: string, head: string, title: string, site: string) => boolean;
}

// A title line may open and close with marks and spaces, line breaks aside: `\s*[#*\s]*` read the spaces
// twice over, and across lines, and a head of blank lines cost seconds (every split of every run of
// spaces tried, from every line start). Whether some line matches is the same.
const EDGE = '[#*\\t\\v\\f \\u00a0\\u1680\\u2000-\\u200a\\u202f\\u205f\\u3000\\ufeff]*';
const TITLE = new RegExp(
  `^${EDGE}(?:\\d{4}年)?[^，。\\n]{0,16}政府工作报告(?:\\s*[（(]?(?:全文|摘要|摘登)[）)]?)?${EDGE}$`,
  'mu',
);
const SUMMARY_TITLE =
  /解读|一图|图解|速览|要点|划重点|亮点|热词|关键词|金句|数读|问答|评论|述评|如何看|决议|审议|讨论|热议|聚焦|看点|学习|贯彻/u;
const SUMMARY_HEAD = new RegExp(
  `(?:${SUMMARY_TITLE.source})[^\\n]{0,20}政府工作报告|政府工作报告[^\\n]{0,6}(?:${SUMMARY_TITLE.source})`,
  'u',
);
// A later page of a report published across web pages keeps the title, with a page mark: `（2）`, `_第3页`.
const TITLE_OPTION =
  /(?:^|[\s_|｜—-])(?:\d{4}年)?[^\s_|｜，。]{0,16}政府工作报告(?:[（(](?:全文|摘要|摘登)[）)])?(?:[（(][一二三四五六七八九十\d]{1,2}[）)]|[\s_—-]*第?[一二三四五六七八九十\d]{1,2}页)?(?:$|[\s_|｜—-])/u;
// A reporter's byline or a wire dateline; a photo credit (本报记者 某某 摄) is not one.
const NEWS =
  /本报讯|[社网]\S{0,6}\d{1,2}月\d{1,2}日电|日电[（(]|(?<!本报)记者(?![^\n]{0,10}摄)|责任编辑|据[^。\n]{0,12}(?:报道|消息)|新闻发言人|新闻发布会|发布会上/u;

// A page from the middle of a report has no title and no salutation; its voice is what is left. Each of these is
// the report's own: a party congress reviews five years, not one, and news or bulletins set out no tasks.
const SECTION_HEADING =
  /(?:^|\n)[ \t\u3000#*]*[一二三四五六七八九十]{1,2}[、.．][^\n。]{0,24}(?:工作回顾|重点工作|工作任务|工作安排|总体要求|政策取向|发展主要成绩|主要目标任务|工作建议)/u;
const REVIEW_VOICE = /主要做了以下工作|(?:一年来|过去一年)[，,]\s*我们(?!党)|回顾过去一年/u;
const OWN_CONDUCT =
  /人大代表(?:建议|议案)|(?:政协委员|政协)提案|人大及其常委会|接受人大|政府自身建设|各级政府|(?:我们|政府)要?(?:坚决|切实)?(?:加强|持续加强)自身建设/g;
const ITEM_OPENING =
  /(?:^|\n)[ \t\u3000#*]*(?:[一二三四五六七八九十]是|[（(][一二三四五六七八九十]{1,2}[）)])[^\n，,。]{2,40}[，,。]/g;
const LATER_ITEM_FIRST = /^\s*[二三四五六七八九十]是[^\n，,。]{2,40}[，,。]/u;
const DIRECTIVE =
  /(?<![重主需只紧首摘提概纲必想])要(?![求素点件闻务])|着力|加快|推进|推动|深化|支持|实施|加强|提升|打造|完善|强化|促进|坚持|持续|确保|力争|做好|抓好|办好|努力/g;
// Government portals and the party papers' e-paper editions publish reports; they also publish plans, notices
// and bulletins, so the site only helps a page that already speaks of the report's own business.
const REPORT_SITE = /(?:^|\.)gov\.cn$|^(?:epaper|paper|szb|dzb|dzrb|epaper\w*)\./u;
const REPORT_WORDS = /主要预期目标|政府工作(?!报告)|人大代表|政协委员|民生实事|今年(?:要|将|我们)|一年来|过去一年/u;
// The session's other reports: the courts', the procuratorate's, the congress standing committee's, the CPPCC's
// (to 各位委员), and the plan and budget reports a department gives on the government's behalf (受…委托).
const OTHER_SESSION_REPORT =
  /(?:法院|检察院|常务委员会|常委会)工作报告|(?:计划|预算|决算)[^。\n]{0,40}(?:执行情况|草案)[^。\n]{0,40}的报告|受[^。\n]{0,12}(?:国务院|人民政府|政府)委托|各位委员[：:]/u;
const RESULT = /取得|实现|完成|增长|达到|下降|提高|不断|明显|显著|稳步|进一步|了/g;

/**
 * What a government work report looks like from the inside: it is a speech to a people's congress,
 * delivered by a government in its own voice. Each feature says why it counts.
 */
const FEATURES: Feature[] = [
  {
    reason: '标题是“政府工作报告” (titled as a government work report)',
    weight: 2.5,
    test: (_text, head, title) => (TITLE.test(head) || TITLE_OPTION.test(title)) && !SUMMARY_TITLE.test(title),
  },
  {
    reason: '在人民代表大会会议上所作 (delivered at a people’s congress session)',
    weight: 2,
    test: (_text, head) => /在[^。\n]{0,30}人民代表大会[^。\n]{0,20}会议上/u.test(head),
  },
  {
    reason: '以“各位代表”称呼人大代表 (addresses the deputies)',
    weight: 2.5,
    test: (text) => /各位代表[：:！!，,]/u.test(text),
  },
  {
    reason: '以政府名义报告工作 (the government reports in its own voice)',
    weight: 2.5,
    test: (text) => /我代表[^。\n]{0,16}(?:人民政府|国务院|政府)[^。\n]{0,6}向大会/u.test(text),
  },
  {
    reason: '报纸分版刊登（上接/下转） (a newspaper page of a report printed across pages)',
    weight: 1.5,
    test: (text) => findPageInfo(text) !== undefined,
  },
  {
    reason: '政府以“我们”谈自身工作 (the government speaks of its own work as “we”)',
    weight: 1,
    // 政府工作报告 is the document's name, which notices and news repeat; the government's voice is the rest.
    test: (text) => countOf(text, /各级政府|政府工作(?!报告)|政府自身建设|我们将|我们要|我们一定/g) >= 3,
  },
  {
    reason: '按政府工作报告的章节组织 (sections of a work report: the review, this year’s tasks)',
    weight: 2.5,
    test: (text) => SECTION_HEADING.test(text),
  },
  {
    reason: '政府回顾一年的工作 (the government reviews its year’s work)',
    weight: 1.5,
    test: (text) => REVIEW_VOICE.test(text),
  },
  {
    reason: '向人大报告自身建设和办理建议提案 (reports its own conduct and the deputies’ proposals)',
    weight: 1.5,
    test: (text) => countOf(text, OWN_CONDUCT) >= 2,
  },
  {
    reason: '分项列举工作（一是…、（一）…） (the work set out item by item)',
    weight: 1,
    // A page opening at item 二是 or later holds a list that began on an earlier page (（八） heads plans of all kinds).
    test: (text) => countOf(text, ITEM_OPENING) >= 2 || LATER_ITEM_FIRST.test(text),
  },
  {
    reason: '以部署工作的口吻写成 (written as directives: plan verbs outnumber result words)',
    weight: 1,
    test: (text) => (countOf(text, DIRECTIVE) - countOf(text, RESULT)) / Math.max(1, text.length) > 0.02,
  },
  {
    reason: '刊于政府网站或报纸数字版，且用报告的说法 (on a government site or e-paper, in a report’s words)',
    weight: 1,
    test: (text, _head, _title, site) => REPORT_SITE.test(site) && REPORT_WORDS.test(text),
  },
  {
    reason: '民生实事清单列出牵头单位 (a list of livelihood projects with lead agencies)',
    weight: 1.5,
    test: (text) => /(?:牵头|责任)(?:责任)?单位\s*[:：]/u.test(text) && /民生实事|为民办实事/u.test(text),
  },
  {
    reason: '含今年主要预期目标和工作任务 (sets this year’s main targets and tasks)',
    weight: 1,
    test: (text) => /(?:主要预期目标|预期目标是|重点工作|政府工作任务|今年要|今年将|今年我们)/u.test(text),
  },
  {
    reason: '有政府工作的施政用语 (policy language of a government’s own plans)',
    weight: 1,
    test: (text) => countOf(text, /(?:要|将|加快|推进|深化|坚持|实施|持续)/g) / Math.max(1, text.length) > 0.012,
  },
  {
    reason: '是新闻报道 (a news story: reporters, sources, spokespeople)',
    weight: -2.5,
    test: (text, head) => NEWS.test(head) || countOf(text, /(?:表示|指出|介绍|强调|称)[，,：:]/g) >= 3,
  },
  {
    reason: '转述政府工作报告的内容 (reports what a work report says)',
    weight: -2,
    test: (text) => /(?:政府工作报告|报告)(?:指出|提出|显示|明确|强调)|作政府工作报告时|在政府工作报告中/u.test(text),
  },
  {
    reason: '是对报告的解读或摘要 (a summary or reading of a report)',
    weight: -2.5,
    test: (_text, head, title) => SUMMARY_TITLE.test(title) || SUMMARY_HEAD.test(head.slice(0, 80)),
  },
  {
    reason: '是印发任务的通知或分解表 (a notice or a breakdown of tasks, not the report)',
    weight: -2.5,
    test: (_text, head, title) =>
      /关于[^。\n]{0,60}的(?:通知|通报|批复)|现(?:印发|转发)给你们|(?:责任|任务)分解/u.test(head + title),
  },
  {
    reason:
      '是人大会议上的另一份报告（法院、检察院、人大常委会、计划、预算、政协） (another report to the congress session)',
    // Delivered at the same session, to the same deputies, in the same layout and voice: only the title tells
    // them apart, so it decides, whatever else they share.
    weight: -20,
    test: (_text, head, title) => !TITLE.test(head) && OTHER_SESSION_REPORT.test(`${title}\n${head}`),
  },
  {
    reason: '是统计公报 (a statistical bulletin)',
    weight: -4,
    test: (_text, head, title) => /统计公报|统计局|调查队|国民经济运行情况/u.test(head + title),
  },
  {
    reason: '是企业年度报告 (a company annual report)',
    weight: -4,
    test: (text, head) =>
      /年度报告|年报|股份有限公司|管理层讨论与分析|本行|本公司|本集团/u.test(head) ||
      countOf(text, /本(?:行|公司|集团)/g) >= 3,
  },
  {
    reason: '以党的口吻讲话 (speaks as the party: 全党, 我们党)',
    weight: -2.5,
    test: (text) => countOf(text, /全党|我们党|中国共产党人|管党治党/g) >= 3,
  },
  {
    reason: '是党代会报告 (a party congress report)',
    weight: -4,
    test: (text, head) =>
      /同志们[：:]/u.test(text) ||
      /(?:党的|共产党)[^。\n]{0,12}(?:全国)?代表大会上的报告|党代会上的报告|代表[^。\n]{0,12}委员会向大会作报告/u.test(
        head,
      ),
  },
];

/** How often a global pattern that never matches the empty string occurs. */
function countOf(text: string, pattern: RegExp): number {
  let n = 0;
  pattern.lastIndex = 0;
  while (pattern.exec(text)) n++;
  return n;
}

const HEAD = 600;
// The genre shows in the first pages; counting further costs time on long pages and changes nothing.
const SAMPLE = 20_000;

/** Decides whether the text is (a part of) a government work report, with a confidence and the reasons. */
export function detectReport(text: string, options: AnalyzeOptions = {}): Detection {
  const sample = text.slice(0, SAMPLE);
  const head = text.slice(0, HEAD);
  const title = options.title ?? '';
  const site = (options.site ?? '').toLowerCase();
  let score = -2.5;
  const reasons: string[] = [];
  for (const feature of FEATURES) {
    if (!feature.test(sample, head, title, site)) continue;
    score += feature.weight;
    reasons.push(`${feature.weight > 0 ? '+' : '−'} ${feature.reason}`);
  }
  const confidence = Math.round((1 / (1 + Math.exp(-score))) * 1000) / 1000;
  if (reasons.length === 0) reasons.push('− 没有政府工作报告的特征 (nothing marks it as a government work report)');
  // The reader knows the page better than the features: it is read as a report, its confidence as it was.
  if (options.asked && confidence < 0.5) {
    reasons.push('+ 读者要求仍然分析此页 (the reader asked to analyse the page anyway)');
    return { isReport: true, confidence, reasons };
  }
  return { isReport: confidence >= 0.5, confidence, reasons };
}
