import { describe, expect, test } from 'vitest';
import { generateAnnotations, makeAnnotation } from '../tests/fixtures/annotations';
import { translator } from '../tests/unit/translator';
import { annotationsToMarkdown } from './export-markdown';
import type { Annotation } from './types';

const exportedAt = new Date('2024-11-28T08:00:00Z');
const md = (annotations: Annotation[], tr = translator('zh_CN')) =>
  annotationsToMarkdown(annotations, { exportedAt, offsetMinutes: 480, tr });
/** The body of the single annotation in a one-annotation export. */
const block = (overrides: Partial<Annotation>) =>
  md([makeAnnotation(overrides)])
    .split('\n\n')
    .slice(4)
    .join('\n\n');

test('the whole document: reports, then pages, notes in reading order, page-level first', () => {
  const page7 = 'https://szb.nmgnews.com.cn/2024/01/28/07.html';
  const at = (n: number, overrides: Partial<Annotation>) =>
    makeAnnotation({
      id: `00000000-0000-4000-8000-00000000000${n}`,
      created: n * 1000,
      updated: n * 1000,
      ...overrides,
    });
  const position = (start: number) => ({
    type: 'TextPositionSelector' as const,
    start,
    end: start + 4,
    codePointStart: start,
    codePointEnd: start + 4,
  });
  const quote = (exact: string) => ({ type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' });
  const text = md([
    at(1, { quote: quote('后面的话'), position: position(500), note: '第二', tags: [] }),
    at(2, { quote: undefined, position: undefined, note: '整页的看法', tags: ['总体 评价'] }),
    at(3, { quote: quote('前面的话\n第二行'), position: position(10), note: '', tags: ['就业'] }),
    at(4, { url: page7, title: '第07版', quote: quote('上一版'), position: position(0), note: '七版', tags: [] }),
    at(5, {
      reportKey: '2023-国务院-政府工作报告',
      url: 'https://www.gov.cn/a.htm',
      title: '国务院',
      note: '另一份',
      tags: [],
    }),
  ]);
  expect(text).toBe(`# GovMark 批注

*导出于 2024-11-28T16:00:00+08:00，共 5 条*

## 2023年国务院政府工作报告

### [国务院](https://www.gov.cn/a.htm)

> 新增婴幼儿托位1.5万个

另一份

*创建 1970-01-01T08:00:05+08:00*

## 2024年内蒙古自治区政府工作报告

### [第07版](https://szb.nmgnews.com.cn/2024/01/28/07.html)

> 上一版

七版

*创建 1970-01-01T08:00:04+08:00*

### [政府工作报告](https://szb.nmgnews.com.cn/2024/01/28/08.html)

整页的看法

#总体-评价

*创建 1970-01-01T08:00:02+08:00*

---

> 前面的话\\
> 第二行

#就业

*创建 1970-01-01T08:00:03+08:00*

---

> 后面的话

第二

*创建 1970-01-01T08:00:01+08:00*
`);
});

describe('user text is shown as written, never as markup', () => {
  test.each<[string, Partial<Annotation>, string]>([
    ['HTML in a note', { note: '<img src=x onerror=alert(1)>' }, '&lt;img src=x onerror=alert(1)&gt;'],
    ['script in a note', { note: '<script>alert(1)</script>' }, '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['javascript: link', { note: '[x](javascript:alert(1))' }, '\\[x\\](javascript:alert(1))'],
    ['image', { note: '![a](https://evil.example/t.png)' }, '\\!\\[a\\](https\\://evil.example/t.png)'],
    ['autolink', { note: '<javascript:alert(1)>' }, '&lt;javascript:alert(1)&gt;'],
    ['entity stays literal', { note: '&lt;b&gt; & 1' }, '&amp;lt;b&amp;gt; &amp; 1'],
    ['wikilink', { note: '[[秘密笔记]]' }, '\\[\\[秘密笔记\\]\\]'],
    ['emphasis and code', { note: '*强调* _下划_ `代码`' }, '\\*强调\\* \\_下划\\_ \\`代码\\`'],
    ['heading', { note: '# 不是标题' }, '\\# 不是标题'],
    ['list', { note: '- 不是列表\n+ 也不是\n1. 更不是' }, '\\- 不是列表\\\n\\+ 也不是\\\n1\\. 更不是'],
    ['blockquote', { note: '> 不是引用' }, '&gt; 不是引用'],
    ['setext heading', { note: '标题\n===\n---' }, '标题\\\n\\=\\=\\=\\\n\\---'],
    [
      'Obsidian comment, highlight, math, tag',
      { note: '%%隐藏%% ==高亮== $x$ #标签' },
      '\\%\\%隐藏\\%\\% \\=\\=高亮\\=\\= \\$x\\$ \\#标签',
    ],
    ['a lone percent stays readable', { note: '增长5%左右' }, '增长5%左右'],
    ['table', { note: '| a | b |\n|---|---|' }, '\\| a \\| b \\|\\\n\\|---\\|---\\|'],
    ['backslash', { note: 'C:\\路径\\' }, 'C:\\\\路径\\\\'],
    ['CRLF lines, each break kept as a hard break', { note: '一\r\n二\r三' }, '一\\\n二\\\n三'],
    ['a blank line stays a paragraph break', { note: '一\n\n二' }, '一\n\n二'],
    // Four spaces or a tab would make a code block, showing the escapes themselves (a\*b &amp;lt;x&amp;gt;).
    [
      'a line indented four spaces is not a code block',
      { note: '    a*b <x>\n二' },
      '&#32;&#32;&#32;&#32;a\\*b &lt;x&gt;\\\n二',
    ],
    ['a tab at a line start', { note: '一\n\t二' }, '一\\\n&#9;二'],
    ['a list marker after an indent', { note: '  - 不是列表' }, '&#32;&#32;\\- 不是列表'],
    ['spaces inside a line stay spaces', { note: '甲    乙\t丙' }, '甲    乙\t丙'],
    // GFM (GitHub, Obsidian) links bare addresses; an escaped `:`, `.` or `@` reads the same and is no link.
    [
      'bare addresses are not links',
      { note: '见 https://evil.example/login 和 www.evil.example、WWW.x.cn 以及 a@evil.example' },
      '见 https\\://evil.example/login 和 www\\.evil.example、WWW\\.x.cn 以及 a\\@evil.example',
    ],
    ['a time or a lone colon stays as it is', { note: '10:30 开会：http 协议' }, '10:30 开会：http 协议'],
  ])('%s', (_, overrides, expected) => {
    expect(block({ quote: undefined, position: undefined, tags: [], ...overrides })).toBe(
      `${expected}\n\n*创建 2024-01-28T09:02:03+08:00 · 更新 2024-01-29T13:06:07+08:00*\n`,
    );
  });

  test.each<[string, string, string]>([
    ['multi-line quote keeps > on every line, blank lines too', '一\n\n<b>二</b>', '> 一\n>\n> &lt;b&gt;二&lt;/b&gt;'],
    ['a quote’s line breaks stay breaks', '一\n二', '> 一\\\n> 二'],
    ['quote starting with a marker', '- 5%', '> \\- 5%'],
    ['an indented quote is not a code block', '    本段_缩进\n\t二', '> &#32;&#32;&#32;&#32;本段\\_缩进\\\n> &#9;二'],
  ])('%s', (_, exact, expected) => {
    expect(block({ quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }, note: '', tags: [] })).toBe(
      `${expected}\n\n*创建 2024-01-28T09:02:03+08:00 · 更新 2024-01-29T13:06:07+08:00*\n`,
    );
  });

  test.each<[string, Partial<Annotation>, string]>([
    [
      'HTML title',
      { title: '<script>alert(1)</script>' },
      '### [&lt;script&gt;alert(1)&lt;/script&gt;](https://szb.nmgnews.com.cn/2024/01/28/08.html)',
    ],
    [
      'title with brackets',
      { title: '报告](javascript:alert(1))' },
      '### [报告\\](javascript:alert(1))](https://szb.nmgnews.com.cn/2024/01/28/08.html)',
    ],
    [
      'title on several lines',
      { title: '政府\n工作报告' },
      '### [政府 工作报告](https://szb.nmgnews.com.cn/2024/01/28/08.html)',
    ],
    ['no title: the URL', { title: '', url: 'https://a.cn/x_y' }, '### [https\\://a.cn/x\\_y](https://a.cn/x_y)'],
    [
      'URL that would break out of the link',
      { url: 'https://a.cn/a) <b>(x' },
      '### [政府工作报告](https://a.cn/a%29%20%3Cb%3E%28x)',
    ],
    ['javascript: URL is not linked', { url: 'javascript:alert(1)' }, '### 政府工作报告\n\n`javascript:alert%281%29`'],
    [
      'data: URL is not linked',
      { url: 'data:text/html,<script>' },
      '### 政府工作报告\n\n`data:text/html,%3Cscript%3E`',
    ],
  ])('page heading: %s', (_, overrides, heading) => {
    expect(
      md([makeAnnotation(overrides)])
        .split('\n\n')
        .slice(3)
        .join('\n\n'),
    ).toContain(`${heading}\n\n`);
  });

  test('report key is escaped too', () => {
    expect(md([makeAnnotation({ reportKey: '<i>x</i>' })])).toContain('\n## &lt;i&gt;x&lt;/i&gt;\n');
  });

  test.each<[string[], string]>([
    [['就业', '待核实'], '#就业 #待核实'],
    [['GDP 增速', '  两端空格  '], '#GDP-增速 #两端空格'],
    [['财政/预算', 'snake_case', 'a-b'], '#财政/预算 #snake_case #a-b'],
    [['<b>', 'a,b', '#井号', '[链接](x)'], '#b #ab #井号 #链接x'],
    [['😀', '...'], ''],
  ])('tags %j -> %j', (tags, line) => {
    const out = block({ tags, note: '' });
    if (line) expect(out).toContain(`\n\n${line}\n\n`);
    else expect(out).not.toContain('#');
  });
});

test('over 200 varied annotations: no raw HTML, every link is one of ours and http(s)', () => {
  const text = md(generateAnnotations(200, 7));
  for (const line of text.split('\n')) expect(line.replace(/^>( |$)/, '')).not.toMatch(/[<>]/);
  const links = [...text.matchAll(/(?<!\\)\]\(([^)]*)\)/g)].map((m) => m[1]);
  expect(links.length).toBeGreaterThan(0);
  for (const link of links) expect(link).toMatch(/^https:\/\/www\.gov\.cn\//);
  for (const line of text.split('\n')) {
    if (line.startsWith('### [')) continue;
    expect(line).not.toMatch(/(?<!\\)\[/);
  }
});

test('no annotations', () => {
  expect(md([])).toBe('# GovMark 批注\n\n*导出于 2024-11-28T16:00:00+08:00，共 0 条*\n');
});

describe('the document’s own words follow the UI language; the report’s and the reader’s stay as written', () => {
  const notes = [
    makeAnnotation({ note: '要跟进', created: 1000, updated: 1000 }),
    makeAnnotation({
      id: '00000000-0000-4000-8000-000000000009',
      reportKey: '',
      title: '',
      url: 'about:blank',
      note: '改过',
      created: 1000,
      updated: 2000,
    }),
  ];
  const quote = notes[0]?.quote?.exact ?? '';

  test('English', () => {
    const text = md(notes, translator('en'));
    expect(text).toMatch(/^# GovMark notes\n\n\*Exported 2024-11-28T16:00:00\+08:00, 2 notes\*/);
    expect(text).toContain('*Created 1970-01-01T08:00:01+08:00*');
    expect(text).toContain('*Created 1970-01-01T08:00:01+08:00 · updated 1970-01-01T08:00:02+08:00*');
    expect(text).toContain('## (not in a report)');
    expect(text).toContain(`> ${quote}`);
    expect(text).toContain('要跟进');
    // Nothing Chinese but the report's and the reader's own words.
    const own = text.replaceAll(quote, '').replace('要跟进', '').replace('改过', '');
    const names = [...new Set(notes.map((a) => a.title))].filter(Boolean);
    expect(names.reduce((rest, name) => rest.replaceAll(name, ''), own)).not.toMatch(
      /创建|更新|导出|批注|未归入|无标题/,
    );
    expect(md([notes[0] as Annotation], translator('en'))).toContain(', 1 note*');
  });

  test('Chinese', () => {
    const text = md(notes);
    expect(text).toMatch(/^# GovMark 批注\n\n\*导出于 2024-11-28T16:00:00\+08:00，共 2 条\*/);
    expect(text).toContain('*创建 1970-01-01T08:00:01+08:00 · 更新 1970-01-01T08:00:02+08:00*');
    expect(text).toContain('## （未归入报告）');
    expect(text).toContain(`> ${quote}`);
  });
});
