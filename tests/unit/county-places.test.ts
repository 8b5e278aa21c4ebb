import { areaList } from '@vant/area-data';
import { expect, test } from 'vitest';
import { COUNTY_PLACES } from '../../analysis/county-places';
import { countyPlaces } from '../../scripts/county-places-of';

test('the generated county places are what the generator makes of the area data today', () => {
  const places = countyPlaces([...Object.values(areaList.county_list), ...Object.values(areaList.city_list)]);
  expect(COUNTY_PLACES).toBe(places.join(' '));
  expect(places).toContain('昆山');
  expect(places).toContain('凉山彝族');
  expect(places).not.toContain('开发');
  expect(places.every((p) => p.length >= 2)).toBe(true);
});
