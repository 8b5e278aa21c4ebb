import { describe, expect, test, vi } from 'vitest';
import { makeAnnotation } from '../tests/fixtures/annotations';
import { serializeExport, toWebAnnotations } from './export-json';
import { parseImport } from './import';
import { MAX_TIME } from './schemas';
import { type Annotation, DEFAULT_NOTE_COLOR } from './types';
import { UNDATED } from './web-annotation-schema';

// The reasons are worded through t(); these tests read them as the Chinese UI shows them.
vi.mock('../utils/i18n', async () => ({ t: (await import('../tests/unit/translator')).translator('zh_CN') }));

const exportedAt = new Date('2024-11-28T08:00:00Z');
/** Our export of one annotation, as a plain JSON object to break. */
const good = (overrides: Partial<Annotation> = {}): Record<string, unknown> =>
  JSON.parse(JSON.stringify(toWebAnnotations([makeAnnotation(overrides)], { exportedAt }).annotations[0]));
const envelope = (annotations: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'govmark', schemaVersion: 1, exportedAt: exportedAt.toISOString(), annotations, ...extra });
const withField = (path: string, value: unknown, base = good()) => {
  const keys = path.split('.');
  let at: Record<string, unknown> = base;
  for (const key of keys.slice(0, -1)) at = at[key] as Record<string, unknown>;
  const last = keys.at(-1) as string;
  if (value === undefined) delete at[last];
  else at[last] = value;
  return base;
};
const OTHER = '11111111-2222-4333-8444-555555555555';

describe('parseImport accepts', () => {
  test('our own export', () => {
    const text = serializeExport(toWebAnnotations([makeAnnotation()], { exportedAt }));
    expect(parseImport(text)).toEqual({ ok: true, records: [makeAnnotation()], source: 'govmark' });
  });

  test('our own export with a BOM in front', () => {
    expect(parseImport(`\uFEFF${envelope([good()])}`)).toMatchObject({ ok: true });
  });

  test('an empty export', () => {
    expect(parseImport(envelope([]))).toEqual({ ok: true, records: [], source: 'govmark' });
  });

  const foreign = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `urn:uuid:${OTHER.toUpperCase()}`,
    type: 'Annotation',
    created: '2024-03-05T10:00:00+08:00',
    body: [
      { type: 'TextualBody', value: '第一段', purpose: 'commenting' },
      { type: 'TextualBody', value: ' 就业 ', purpose: 'tagging' },
      { type: 'TextualBody', value: '第二段' },
      'https://example.org/linked-body',
      { type: 'SpecificResource', source: 'https://example.org/x' },
    ],
    target: {
      source: 'https://www.gov.cn/a.htm',
      selector: [
        { type: 'CssSelector', value: '#main' },
        { type: 'TextPositionSelector', start: 3, end: 7 },
        { type: 'TextQuoteSelector', exact: '𠀋新增就业' },
      ],
    },
  };

  test.each<[string, unknown, Partial<Annotation>]>([
    [
      'a W3C annotation from another tool, with defaults for what W3C has no place for',
      foreign,
      {
        id: OTHER,
        url: 'https://www.gov.cn/a.htm',
        title: '',
        reportKey: 'https://www.gov.cn/a.htm',
        note: '第一段\n\n第二段',
        tags: ['就业'],
        color: DEFAULT_NOTE_COLOR,
        created: Date.parse('2024-03-05T02:00:00Z'),
        updated: Date.parse('2024-03-05T02:00:00Z'),
        quote: { type: 'TextQuoteSelector', exact: '𠀋新增就业', prefix: '', suffix: '' },
        // code points stand in for the UTF-16 offsets until the page re-anchors the note
        position: { type: 'TextPositionSelector', start: 3, end: 7, codePointStart: 3, codePointEnd: 7 },
      },
    ],
    [
      'single objects instead of arrays, target as an object',
      {
        ...foreign,
        body: { type: 'TextualBody', value: '好', purpose: 'commenting' },
        target: { source: 'https://www.gov.cn/a.htm', selector: { type: 'TextQuoteSelector', exact: '好' } },
      },
      {
        note: '好',
        tags: [],
        position: undefined,
        quote: { type: 'TextQuoteSelector', exact: '好', prefix: '', suffix: '' },
      },
    ],
    [
      'target as a bare URL, no body: a page-level bare highlight',
      { ...foreign, body: undefined, target: 'https://www.gov.cn/a.htm', modified: '2024-03-06T00:00:00Z' },
      { note: '', tags: [], quote: undefined, position: undefined, updated: Date.parse('2024-03-06T00:00:00Z') },
    ],
    [
      'only modified: created falls back to it',
      { ...foreign, created: undefined, modified: '2024-03-06T00:00:00.5Z' },
      { created: Date.parse('2024-03-06T00:00:00.500Z'), updated: Date.parse('2024-03-06T00:00:00.500Z') },
    ],
    [
      'no dates at all (the W3C model makes them optional): dated when imported',
      { ...foreign, created: undefined, modified: undefined },
      { created: UNDATED, updated: UNDATED },
    ],
    [
      '@context as an array, https',
      { ...foreign, '@context': ['https://www.w3.org/ns/anno.jsonld', { x: 'y' }] },
      { id: OTHER },
    ],
    [
      'the address as GovMark stores any page’s: no fragment, credentials or tracking parameters',
      { ...foreign, target: 'https://user:pw@WWW.GOV.CN/a.htm?utm_source=wx&id=7#p3' },
      { url: 'https://www.gov.cn/a.htm?id=7', reportKey: 'https://www.gov.cn/a.htm?id=7' },
    ],
    [
      'target given as a one-element array',
      { ...foreign, target: ['https://www.gov.cn/b.htm'] },
      { url: 'https://www.gov.cn/b.htm' },
    ],
  ])('%s', (_, item, expected) => {
    const result = parseImport(JSON.stringify([item]));
    expect(result).toMatchObject({ ok: true, source: 'w3c' });
    const [record] = (result as { records: Annotation[] }).records;
    for (const [key, value] of Object.entries(expected)) expect(record?.[key as keyof Annotation]).toEqual(value);
  });
});

describe('parseImport rejects, naming the record, the field and why', () => {
  const many = (n: number) => Array.from({ length: n }, () => 0);
  test.each<[string, string, string | RegExp]>([
    ['not JSON', 'id,url\n1,2', /^不是有效的 JSON 文件/],
    ['empty file', '', /^不是有效的 JSON 文件/],
    ['a CSV export', '\uFEFFpage,title\r\n', /^不是有效的 JSON 文件/],
    ['JSON but a number', '42', /^不是 GovMark 导出文件/],
    ['JSON null', 'null', /^不是 GovMark 导出文件/],
    ['another format', JSON.stringify({ format: 'hypothesis', annotations: [] }), '（format 是 "hypothesis"）'],
    ['a single annotation, not an array', JSON.stringify(good()), /^不是 GovMark 导出文件/],
    ['newer schemaVersion', envelope([], { schemaVersion: 2 }), 'schemaVersion 2），当前版本只能读取 schemaVersion 1'],
    ['schemaVersion 0', envelope([], { schemaVersion: 0 }), '不支持的 schemaVersion：0'],
    ['schemaVersion as a string', envelope([], { schemaVersion: '1' }), '不支持的 schemaVersion："1"'],
    ['schemaVersion missing', envelope([], { schemaVersion: undefined }), '不支持的 schemaVersion：缺失'],
    ['annotations not an array', envelope([], { annotations: {} }), '缺少 annotations 数组'],
    ['bad exportedAt', envelope([], { exportedAt: 'yesterday' }), 'exportedAt'],
    ['too many records', JSON.stringify(many(100_001)), '批注过多（100001 条），一次最多导入 100000 条'],
    ['a record that is not an object', envelope([good(), null]), '第 2 条批注（无 id）不是对象'],
    ['a record that is a string', JSON.stringify(['x']), '第 1 条批注（无 id）不是对象'],
    [
      'duplicate ids',
      envelope([good(), good({ note: '另一条' })]),
      `第 2 条批注（id: "urn:uuid:0b7e6f4c-3d2a-4e1b-9c8d-7f6e5d4c3b2a"）与第 1 条的 id 重复`,
    ],
    [
      'duplicate ids differing in case and prefix',
      JSON.stringify([withField('id', OTHER), withField('id', `urn:uuid:${OTHER.toUpperCase()}`)]),
      '与第 1 条的 id 重复',
    ],
    ['id empty', envelope([withField('id', '')]), 'id 字段有误：id 不能为空'],
    ['id an undecodable URN', envelope([withField('id', 'urn:govmark:id:%E0%A4%A')]), 'id 字段有误：id 不能为空'],
    ['id missing', envelope([withField('id', undefined)]), '第 1 条批注（无 id）的 id 字段有误：缺少此字段'],
    ['id a number', envelope([withField('id', 7)]), '的 id 字段有误：类型不对：应为 string，实际是 7'],
    ['wrong type', envelope([withField('type', 'Note')]), 'type 字段有误：type 应为 "Annotation"'],
    ['wrong @context', envelope([withField('@context', 'http://schema.org')]), '@context 字段有误'],
    [
      'javascript: URL',
      envelope([withField('target.source', 'javascript:alert(1)')]),
      'target.source 字段有误：只接受 http:// 或 https:// 网址',
    ],
    ['data: URL', envelope([withField('target.source', 'data:text/html,<script>alert(1)</script>')]), 'target.source'],
    ['file: URL', JSON.stringify([withField('target', 'file:///etc/passwd')]), 'target.source'],
    ['URL with spaces around', envelope([withField('target.source', ' https://www.gov.cn/ ')]), 'target.source'],
    [
      'URL too long',
      envelope([withField('target.source', `https://a.cn/${'x'.repeat(4096)}`)]),
      '网址超过 4096 个字符',
    ],
    [
      'URL too long once percent-encoded, as it would be stored',
      envelope([withField('target.source', `https://a.cn/${'政'.repeat(1000)}`)]),
      'target.source 字段有误：网址超过 4096 个字符',
    ],
    ['two targets', envelope([withField('target', ['https://a.cn/', 'https://b.cn/'])]), '不支持多个 target'],
    ['target missing', envelope([withField('target', undefined)]), 'target 字段有误'],
    [
      'invalid created',
      envelope([withField('created', '2024-02-30T00:00:00Z')]),
      'created 字段有误：不是有效的 ISO 8601 日期时间',
    ],
    ['created without a zone', envelope([withField('created', '2024-02-03T00:00:00')]), 'created 字段有误'],
    ['created as epoch ms', envelope([withField('created', 1706403723004)]), 'created 字段有误：类型不对'],
    ['created before 1970', envelope([withField('created', '1969-12-31T23:59:59Z')]), 'created 字段有误'],
    ['24:00', envelope([withField('modified', '2024-01-01T24:00:00Z')]), 'modified 字段有误'],
    [
      'modified at the last millisecond an export can write',
      envelope([withField('modified', '9999-12-31T23:59:59.999Z')]),
      'modified 字段有误：日期比现在晚一天以上',
    ],
    [
      'created past the last millisecond a record can hold',
      envelope([withField('created', '9999-12-31T23:59:59-12:00')]),
      'created 字段有误：日期比现在晚一天以上',
    ],
    ['note too long', envelope([good({ note: 'x'.repeat(20_001) })]), 'body 字段有误：批注正文超过 20000 个字符'],
    ['too many tags', envelope([good({ tags: Array.from({ length: 51 }, (_, i) => `t${i}`) })]), '标签超过 50 个'],
    ['tag too long', envelope([good({ tags: ['长'.repeat(65)] })]), 'body[1].value 字段有误：标签超过 64 个字符'],
    ['empty tag', envelope([good({ tags: ['  '] })]), '标签不能为空'],
    [
      'body value a number',
      envelope([withField('body', [{ type: 'TextualBody', value: 5 }])]),
      'body[0].value 字段有误：类型不对',
    ],
    [
      'TextualBody without value',
      envelope([withField('body', [{ type: 'TextualBody', purpose: 'commenting' }])]),
      'TextualBody 缺少 value',
    ],
    [
      'empty quote',
      envelope([withField('target.selector', [{ type: 'TextQuoteSelector', exact: '' }])]),
      'target.selector[0].exact 字段有误：引文不能为空',
    ],
    [
      'negative offset',
      envelope([withField('target.selector', [{ type: 'TextPositionSelector', start: -1, end: 3 }])]),
      'target.selector[0].start 字段有误：应为非负整数',
    ],
    [
      'fractional offset',
      envelope([withField('target.selector', [{ type: 'TextPositionSelector', start: 1.5, end: 3 }])]),
      '应为非负整数',
    ],
    [
      'end before start',
      envelope([withField('target.selector', [{ type: 'TextPositionSelector', start: 9, end: 3 }])]),
      'end 不能小于 start',
    ],
    [
      'utf16 inconsistent with code points',
      envelope([withField('govmark.utf16', { start: 1, end: 2 })]),
      'govmark.utf16 字段有误：UTF-16 位置与',
    ],
    [
      'utf16 without a position selector',
      envelope([good(), withField('target.selector', [], good({ id: OTHER }))]),
      /^第 2 条批注.*govmark\.utf16 字段有误/,
    ],
    [
      'unknown colour',
      envelope([withField('govmark.color', 'red')]),
      'govmark.color 字段有误：颜色应为 yellow、green、blue、pink、purple 之一',
    ],
    [
      'title with HTML is fine but too long is not',
      envelope([withField('govmark.title', `<b>${'x'.repeat(1000)}`)]),
      '标题超过 1000 个字符',
    ],
    ['empty report key', envelope([withField('govmark.reportKey', '')]), '报告标识不能为空'],
    ['govmark not an object', envelope([withField('govmark', 'x')]), 'govmark 字段有误'],
    [
      'a bare array with one broken item',
      JSON.stringify([
        good(),
        good({ id: OTHER }),
        withField('target', 'ftp://x/', good({ id: '22222222-2222-4222-8222-222222222222' })),
      ]),
      '第 3 条批注（id: "urn:uuid:22222222-2222-4222-8222-222222222222"）的 target.source 字段有误',
    ],
  ])('%s', (_, text, message) => {
    const result = parseImport(text);
    expect(result.ok).toBe(false);
    expect((result as { error: string }).error).toMatch(message);
  });

  test('a file over 50 MB is refused before parsing', () => {
    const text = `[${' '.repeat(50 * 1024 * 1024)}]`;
    expect(parseImport(text)).toEqual({ ok: false, error: '文件过大（超过 50 MB），无法导入。' });
  });

  test('one bad record among many valid ones returns no records at all', () => {
    const items = Array.from({ length: 50 }, (_, i) =>
      good({ id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` }),
    );
    items[37] = withField('created', 'not a date', items[37]);
    const result = parseImport(envelope(items));
    expect(result).toEqual({ ok: false, error: expect.stringContaining('第 38 条批注') });
    expect('records' in result).toBe(false);
  });

  test('HTML and formulas in notes and titles are imported as plain data', () => {
    const result = parseImport(
      envelope([good({ note: '<img src=x onerror=alert(1)>', title: '<script>alert(1)</script>', tags: ['=1+1'] })]),
    );
    expect(result).toMatchObject({
      ok: true,
      records: [{ note: '<img src=x onerror=alert(1)>', title: '<script>alert(1)</script>', tags: ['=1+1'] }],
    });
  });

  test('unknown fields are not carried into the records', () => {
    const result = parseImport(envelope([{ ...good(), evil: 1, govmark: { ...(good().govmark as object), evil: 2 } }]));
    expect(result).toEqual({ ok: true, records: [makeAnnotation()], source: 'govmark' });
  });
});

describe('ids that are not UUIDs come back exactly (issue 12)', () => {
  test.each([
    ['another tool’s IRI', 'https://hypothes.is/a/abc', 'https://hypothes.is/a/abc'],
    ['our URN for a legacy id', 'urn:govmark:id:legacy-id-from-another-tool', 'legacy-id-from-another-tool'],
    ['our URN for an upper-case UUID', `urn:govmark:id:${OTHER.toUpperCase()}`, OTHER.toUpperCase()],
    ['a urn:uuid: that is not a UUID', 'urn:uuid:not-one', 'urn:uuid:not-one'],
  ])('%s', (_name, id, stored) => {
    const parsed = parseImport(envelope([withField('id', id)]));
    expect(parsed.ok && parsed.records[0]?.id).toBe(stored);
  });
});

describe('a date ahead of this computer’s clock', () => {
  // A note dated in the future would beat every real edit on every later import, and one dated at the
  // last representable millisecond could never be edited again; a day covers clocks and zones set wrong.
  const now = Date.parse('2024-11-28T08:00:00Z');
  test.each([
    ['created', '2024-11-29T07:59:59Z', true],
    ['modified', '2024-11-29T08:00:00Z', true],
    ['modified', '2024-11-29T08:00:00.001Z', false],
    ['created', '2024-11-30T00:00:00+08:00', false],
    ['modified', '2025-01-01T00:00:00Z', false],
  ])('%s %s: accepted %s', (field, date, accepted) => {
    const result = parseImport(envelope([withField(field, date)]), now);
    if (accepted) expect(result.ok).toBe(true);
    else
      expect(result).toEqual({ ok: false, error: expect.stringContaining(`${field} 字段有误：日期比现在晚一天以上`) });
  });
});

describe('a record the database itself would refuse is named in the reader’s language, never in valibot’s', () => {
  // The database's own check runs after the file's: what it refuses is worded like every other reason.
  const valibot = /Invalid|Expected|received|invalid /;
  test.each<[string, string, number | undefined, string]>([
    [
      'an id with half of a character',
      envelope([withField('id', '\ud800x')]),
      undefined,
      'id 字段有误：id 含有残缺的字符（孤立的 UTF-16 代理项）。',
    ],
    [
      'a date past the last an export can write, on a clock set that far ahead',
      envelope([withField('modified', '9999-12-31T23:59:59-12:00')]),
      MAX_TIME,
      'modified 字段有误：日期晚于 9999-12-31T23:59:59.999Z（导出文件所能写下的最后时刻）。',
    ],
  ])('%s', (_, text, now, reason) => {
    const result = parseImport(text, now);
    expect(result).toEqual({ ok: false, error: expect.stringContaining(reason) });
    expect((result as { error: string }).error).not.toMatch(valibot);
  });
});

describe('notes and tags are read as GovMark stores any, so a second import of the file changes nothing', () => {
  const tagging = (value: string) => ({ type: 'TextualBody', value, purpose: 'tagging' });
  test.each<[string, unknown[], Partial<Annotation>]>([
    ['a tag twice, once with spaces around it', [tagging('a'), tagging(' a ')], { tags: ['a'] }],
    [
      'tags holding a line break or a separator',
      [tagging('a\nb'), tagging('c，d、e')],
      { tags: ['a', 'b', 'c', 'd', 'e'] },
    ],
    ['sixty copies of one tag are one tag', Array.from({ length: 60 }, () => tagging('就业')), { tags: ['就业'] }],
    [
      'half a character in a note or a tag is U+FFFD',
      [{ type: 'TextualBody', value: '半个\ud83d字', purpose: 'commenting' }, tagging('\udc00标签')],
      { note: '半个\ufffd字', tags: ['\ufffd标签'] },
    ],
  ])('%s', (_, body, expected) => {
    const result = parseImport(envelope([withField('body', body)]));
    expect(result).toMatchObject({ ok: true, records: [expected] });
  });

  test('a tag of separators alone is empty', () => {
    expect(parseImport(envelope([withField('body', [tagging('、\n，')])]))).toEqual({
      ok: false,
      error: expect.stringContaining('body[0].value 字段有误：标签不能为空'),
    });
  });
});
