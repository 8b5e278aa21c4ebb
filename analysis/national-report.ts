/** Whether a report speaks for the whole country (国内生产总值) or a region (地区生产总值). */
export function isNationalReport(text: string): boolean {
  if (/我代表国务院|国务院总理/u.test(text.slice(0, 3000))) return true;
  // One literal search: a class or alternation tried at every position costs a long report dearly.
  let national = 0;
  let regional = 0;
  for (let at = text.indexOf('生产总值'); at >= 0; at = text.indexOf('生产总值', at + 4)) {
    const before = text.slice(Math.max(0, at - 2), at);
    if (before === '国内') national++;
    else if (/^(?:地区|全[省市区州县])$/u.test(before)) regional++;
  }
  return national > regional;
}
