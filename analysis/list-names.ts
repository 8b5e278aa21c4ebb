/**
 * The names of a 分别 list, as many as it has numbers: 入园率和普惠率 → 入园率, 普惠率. Qualifiers that share the
 * last name's noun are given it (城镇、农村居民人均可支配收入 → 城镇居民人均可支配收入, 农村居民人均可支配收入;
 * 第一、二、三产业增加值 → 第一产业增加值, 第二产业增加值, 第三产业增加值), and 城乡 before one noun is the two of
 * them (城乡居民人均可支配收入分别增长4.2%、5.3%).
 */
export function listNames(phrase: string): string[] {
  const names = phrase.split(/、|和|及|与/u);
  if (names.length === 1) {
    const rest = /^城乡(.+)$/u.exec(phrase)?.[1];
    return rest ? [`城镇${rest}`, `农村${rest}`] : names;
  }
  const last = names.at(-1) as string;
  const ordinal = /^第[一二三四五六七八九十]$/u.test(names[0] as string);
  const bare = (name: string) => (ordinal ? name.replace(/^第/u, '') : name);
  // The last name's qualifier is as long as the one before it, where it can be (进、出口总额: 出, not 出口).
  const like = bare(names.at(-2) as string).length;
  const starts = (q: string) => last.startsWith(q) && last.length > q.length;
  const qualifier = QUALIFIERS.find((q) => q.length === like && starts(q)) ?? QUALIFIERS.find(starts);
  if (qualifier === undefined || !names.slice(0, -1).every((name) => QUALIFIERS.includes(bare(name)))) return names;
  const noun = last.slice(qualifier.length);
  return names.map((name, k) => {
    const full = k === names.length - 1 ? name : name + noun;
    return ordinal && k > 0 && !full.startsWith('第') ? `第${full}` : full;
  });
}

// Words that qualify a shared noun in reports' lists, longest first so that 中央本级 is read before 中央.
const QUALIFIERS = [
  '中央本级',
  '城镇',
  '农村',
  '城市',
  '乡村',
  '中央',
  '地方',
  '东部',
  '中部',
  '西部',
  '东北',
  '国有',
  '民营',
  '外资',
  '公办',
  '民办',
  '小学',
  '初中',
  '高中',
  '进口',
  '出口',
  '一',
  '二',
  '三',
  '城',
  '乡',
  '进',
  '出',
];
