import { PREFECTURES, PROVINCES } from '../analysis/agency-gazetteer';

// The level word a division's name ends in; what stands before it is the place (长阳土家族 + 自治县).
const LEVEL_END = /^(.+?)(自治县|自治旗|自治州|林区|县|区|市|旗|盟)$/u;
// Zones and parts of a city, named by what they are rather than where: 开发区, 高新区, 城区 name no government.
const NOT_PLACES = new Set(['开发', '高新', '经济', '新区', '城区', '郊区', '矿区', '园区', '保税', '综合', '市辖']);

/** The places of division names (昆山市 → 昆山), two characters or more, not already in the gazetteer, sorted. */
export function countyPlaces(names: readonly string[]): string[] {
  const known = new Set([...PROVINCES, ...PREFECTURES]);
  const places = new Set<string>();
  for (const name of names) {
    const place = LEVEL_END.exec(name)?.[1];
    // One character (沛县, 和县) is too often a word's end or a conjunction: 教育局和县人民政府.
    if (place && place.length >= 2 && !NOT_PLACES.has(place) && !known.has(place)) places.add(place);
  }
  return [...places].sort();
}
