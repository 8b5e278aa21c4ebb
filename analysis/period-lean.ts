/** The period a passage speaks of: the coming one (a plan) or the one gone by (a review). */
export type Mode = 'goal' | 'past';

// Aspect and result words a review is written in, and the modal and planning words of a plan. Only words
// that rarely take the other side: `完成` and `实现` open plans as often as reviews (`完成改造1500公里`).
// `了` as a particle, not in 为了/了解/除了/不了.
const PAST_MARK =
  /(?<![为除不])了(?![解如])|已(?:经|有)?(?=[\u4e00-\u9fa5])|首次|创(?:历史|有记录以来)?新高|居(?:全国|世界|中西部|西部)|位居|获批|入选|成功(?:举办|组建|应对|召开|发射)|一年来|五年来|过去(?:一年|五年)|(?<![比较同])去年|较好完成|顺利完成|全面完成|超额完成|如期完成|取得(?:了|新|重大|重要|明显|显著|积极|决定性|历史性)/g;
const GOAL_MARK =
  /(?<![重主需只紧首摘提概纲必想])要(?![求素点件闻务])|我们将|将(?=继续|进一步|深入|加快|全面|持续|着力|大力|积极|坚持|推动|推进|实施|开展|加强|完善|努力|重点)|力争|争取|确保|务必|必须|(?<![模比])拟|预期目标|目标是|今年(?!以来)|明年|新的一年/g;

function count(pattern: RegExp, text: string): number {
  let n = 0;
  pattern.lastIndex = 0;
  while (pattern.exec(text)) n++;
  return n;
}

/**
 * Which period a stretch of report speaks of, judged by its words alone (a page that starts mid-section has no
 * heading to go by): `past` when its result words outnumber its plan words, `goal` the other way, null on a tie.
 */
export function leaning(text: string): Mode | null {
  // Text copied from a PDF breaks lines inside words (`全面完\n成`).
  const words = text.includes('\n') ? text.replace(/\r?\n/g, '') : text;
  const balance = count(PAST_MARK, words) - count(GOAL_MARK, words);
  return balance > 0 ? 'past' : balance < 0 ? 'goal' : null;
}

// The date line or title that names when the report was given: `——2026年2月3日在…会议上`, `2024年政府工作报告`.
const REPORT_DATE = /(20\d\d|19\d\d)年\d{1,2}月\d{1,2}日在|(20\d\d|19\d\d)年[^\n。]{0,16}政府工作报告/u;

/** The year the report was given, when its opening lines say (they do in full texts, not on later pages). */
export function reportYear(text: string): number | null {
  const m = REPORT_DATE.exec(text.slice(0, 800));
  return m ? Number(m[1] ?? m[2]) : null;
}
