import * as v from 'valibot';
import { checkRecord } from './check-record';
import { EXPORT_FORMAT, EXPORT_SCHEMA_VERSION } from './export-json';
import type { Annotation } from './types';
import { IMPORT_LIMITS, isIsoDate, WebAnnotationSchema } from './web-annotation-schema';

export { type ImportPlan, planImport } from './plan-import';

export type ParseImportResult =
  | { ok: true; records: Annotation[]; source: 'govmark' | 'w3c' }
  | { ok: false; error: string };

const fail = (error: string): ParseImportResult => ({ ok: false, error });
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function pathOf(issue: v.BaseIssue<unknown>): string {
  let path = '';
  for (const item of issue.path ?? []) {
    path += typeof item.key === 'number' ? `[${item.key}]` : `${path ? '.' : ''}${String(item.key)}`;
  }
  return path;
}

/** Our own messages are Chinese; valibot's type errors ("Invalid type: …") are reworded here. */
function reasonOf(issue: v.BaseIssue<unknown>): string {
  if (issue.kind === 'schema' && issue.received === 'undefined') return '缺少此字段';
  if (issue.message.startsWith('Invalid ')) return `类型不对：应为 ${issue.expected}，实际是 ${issue.received}`;
  return issue.message;
}

function describeRecord(index: number, item: unknown): string {
  const id = isObject(item) && typeof item.id === 'string' ? `id: ${JSON.stringify(item.id.slice(0, 80))}` : '无 id';
  return `第 ${index + 1} 条批注（${id}）`;
}

/**
 * Reads a GovMark JSON export (schemaVersion 1) or a bare array of W3C annotations. Everything is
 * validated before anything is returned: one bad record fails the whole file, naming it and the field.
 */
export function parseImport(text: string): ParseImportResult {
  if (text.length > IMPORT_LIMITS.chars) return fail('文件过大（超过 50 MB），无法导入。');
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return fail(`不是有效的 JSON 文件（${(error as Error).message}）。请选择 GovMark 导出的 .json 文件。`);
  }

  let items: unknown[];
  let source: 'govmark' | 'w3c';
  if (Array.isArray(data)) {
    items = data;
    source = 'w3c';
  } else if (isObject(data) && data.format === EXPORT_FORMAT) {
    const version = data.schemaVersion;
    if (typeof version === 'number' && version > EXPORT_SCHEMA_VERSION) {
      return fail(
        `此文件由更新版本的 GovMark 导出（schemaVersion ${version}），当前版本只能读取 schemaVersion ${EXPORT_SCHEMA_VERSION}。请先更新 GovMark。`,
      );
    }
    if (version !== EXPORT_SCHEMA_VERSION)
      return fail(`不支持的 schemaVersion：${JSON.stringify(version) ?? '缺失'}。`);
    if (typeof data.exportedAt !== 'string' || !isIsoDate(data.exportedAt)) {
      return fail('文件的 exportedAt 不是有效的 ISO 8601 日期时间。');
    }
    if (!Array.isArray(data.annotations)) return fail('文件缺少 annotations 数组。');
    items = data.annotations;
    source = 'govmark';
  } else {
    const format =
      isObject(data) && typeof data.format === 'string' ? `（format 是 ${JSON.stringify(data.format)}）` : '';
    return fail(`不是 GovMark 导出文件${format}：应为 GovMark 的 JSON 导出，或 W3C Web Annotation 批注数组。`);
  }

  if (items.length > IMPORT_LIMITS.records) {
    return fail(`批注过多（${items.length} 条），一次最多导入 ${IMPORT_LIMITS.records} 条。`);
  }
  const records: Annotation[] = [];
  const firstIndexById = new Map<string, number>();
  for (const [index, item] of items.entries()) {
    if (!isObject(item)) return fail(`${describeRecord(index, item)}不是对象。`);
    const result = v.safeParse(WebAnnotationSchema, item);
    if (!result.success) {
      const [issue] = result.issues;
      const path = pathOf(issue);
      return fail(`${describeRecord(index, item)}${path ? `的 ${path} 字段` : ''}有误：${reasonOf(issue)}。`);
    }
    // The database's own gate too, so a plan never holds a record that confirming would refuse.
    try {
      checkRecord(result.output);
    } catch (error) {
      return fail(`${describeRecord(index, item)}有误：${(error as Error).message}。`);
    }
    const first = firstIndexById.get(result.output.id);
    if (first !== undefined) return fail(`${describeRecord(index, item)}与第 ${first + 1} 条的 id 重复。`);
    firstIndexById.set(result.output.id, index);
    records.push(result.output);
  }
  return { ok: true, records, source };
}
