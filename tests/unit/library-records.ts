import type { GovMarkDB } from '../../storage/db';
import type { Annotation } from '../../storage/types';
import { makeAnnotation } from '../fixtures/annotations';

/** A valid UUID numbered `n`, so exports of test records import again. */
export const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/**
 * `count` annotations over two reports (three pages), updated one minute apart, the highest `n` newest.
 * Every third carries the tag 民生, and number 7 has a distinctive note.
 */
export function libraryRecords(count: number): Annotation[] {
  return Array.from({ length: count }, (_, n) => {
    const page = n % 3;
    return makeAnnotation({
      id: uuid(n),
      url: `https://www.gov.cn/zhengce/2024-03/p${page}.htm`,
      title: `报告第${page}页`,
      reportKey: page === 2 ? '2023-北京市-政府工作报告' : '2024-国务院-政府工作报告',
      note: n === 7 ? '托育服务价格偏高' : `批注${n}`,
      tags: n % 3 === 0 ? ['民生'] : ['就业'],
      created: Date.UTC(2024, 2, 1) + n * 60_000,
      updated: Date.UTC(2024, 2, 1) + n * 60_000,
    });
  });
}

export async function seed(db: GovMarkDB, records: readonly Annotation[]): Promise<void> {
  await db.annotations.bulkAdd([...records]);
}
