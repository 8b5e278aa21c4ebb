import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { extractMainText, type MainText, mainTextOf } from './main-text';

const PAGES = join(import.meta.dirname, '../tests/fixtures/pages');

const parsers = {
  linkedom: (html: string) => parseHTML(html).document as unknown as Document,
  'happy-dom': (html: string) => new new Window().DOMParser().parseFromString(html, 'text/html') as unknown as Document,
};

function load(file: string, parser: keyof typeof parsers = 'linkedom'): Document {
  const bytes = readFileSync(join(PAGES, file));
  const charset = file.includes('gbk') ? 'gbk' : 'utf-8';
  return parsers[parser](new TextDecoder(charset).decode(bytes));
}

// root: the article body's selector; first/last: the article's first and last paragraph; never: page chrome.
const FIXTURES = [
  {
    file: 'epaper-nmg-2024-p08.html',
    root: '#ozoom',
    first: '上接07版',
    last: '下转09版',
    never: ['版面导航', '上一版', '第08版：要闻', '蒙ICP备', '0471-6659022', 'doZoom', '打印本页'],
  },
  ...['govcn-report-2022.html', 'govcn-report-2022-gbk.html'].map((file) => ({
    file,
    root: '#UCAP-CONTENT',
    first: '——2022年3月5日在第十三届全国人民代表大会第五次会议上',
    last: '完善相关支持政策，充分调动民间投资积极性。',
    never: ['相关稿件', '李克强作政府工作报告 提出', '京ICP备', '责任编辑', '首页', '2022-03-12'],
  })),
  {
    file: 'portal-bj-2026.html',
    root: '#articleContent',
    first: '北京市市长 殷勇',
    last: '新增1000处信号灯联网、累计达8000处，持续提升城市交通效率。',
    never: ['两会热词', '浏览量', '京ICP备', '12345', '城镇新增就业26万人', '来源：北京日报'],
  },
  {
    file: 'portal-js-2026-sidebar.html',
    root: '.article-text',
    first: '各位代表：',
    last: '让民生实事更加可及可感。',
    never: [
      '热点排行',
      '上证指数',
      '3250.12',
      '建议省财政厅增加100亿元',
      '文明上网',
      '游客12345',
      '苏ICP备',
      '招商热线',
    ],
  },
  {
    file: 'news-stats-q3.html',
    root: '#artibody',
    first: '国家统计局上午发布的数据显示',
    last: '降低了发达经济体政策调整可能带来的外溢冲击。',
    never: ['7X24小时', '上证指数', 'ICP', '新浪首页'],
  },
  {
    file: 'bulletin-yichun-2022.html',
    root: '#UCAP-CONTENT',
    first: '宜春市2022年国民经济和社会发展统计公报',
    last: '竣工率达55.1%。',
    never: ['当前位置', '浏览次数', '赣ICP备', '打印本页'],
  },
  {
    file: 'news-about-report.html',
    root: '#artibody',
    first: '记者|戈振伟',
    last: '力争重点片区投资超过2000亿元。',
    never: ['7X24小时', '新浪首页', 'ICP'],
  },
];

function expectSegmentsMap(main: MainText): void {
  let covered = 0;
  for (const { node, start, end } of main.segments) {
    expect(main.text.slice(start, end)).toBe(node.data);
    expect(start).toBeGreaterThanOrEqual(covered);
    // Between two segments there is at most the one line break we inserted.
    expect(main.text.slice(covered, start)).toMatch(/^\n?$/);
    expect(main.root.contains(node)).toBe(true);
    covered = end;
  }
  expect(covered).toBe(main.text.length);
}

describe.each(Object.keys(parsers) as (keyof typeof parsers)[])('extractMainText on %s', (parser) => {
  test.each(FIXTURES)('$file: the article and nothing else', ({ file, root, first, last, never }) => {
    const doc = load(file, parser);
    const main = extractMainText(doc);
    expect(main).not.toBeNull();
    if (!main) return;
    expect(main.root).toBe(doc.querySelector(root));
    expect(main.text.split('\n')[0]?.trim().startsWith(first)).toBe(true);
    expect(main.text).toContain(last);
    for (const chrome of never) expect(main.text).not.toContain(chrome);
    expect(main.text).not.toMatch(/\n\n/);
    expectSegmentsMap(main);
  });
});

// The article's text is cut from the walk that scored the whole page: it must be what a walk of the root gives.
test.each(FIXTURES.map((f) => f.file))("%s: the page walk cuts the root's own text and nodes", (file) => {
  for (const parser of Object.keys(parsers) as (keyof typeof parsers)[]) {
    const main = extractMainText(load(file, parser));
    if (!main) throw new Error('no main text');
    const own = mainTextOf(main.root);
    expect(main.text).toBe(own.text);
    expect(main.segments).toEqual(own.segments);
  }
});

test('the two DOM implementations give the same text', () => {
  for (const { file } of FIXTURES) {
    expect(extractMainText(load(file, 'happy-dom'))?.text).toBe(extractMainText(load(file, 'linkedom'))?.text);
  }
});

test('<br> lines and <p> paragraphs become lines; bold lead-ins and <sub> stay inside theirs', () => {
  const bj = extractMainText(load('portal-bj-2026.html'))?.text ?? '';
  expect(bj).toContain('\n（一）深入落实城市总体规划，推动京津冀协同发展走深走实\n坚持首都城市战略定位');
  expect(bj).toContain('\n五是城乡区域发展更趋协调。深入推进城市更新');
  expect(bj).toContain('\n接续实施疏解整治促提升。疏解提质一般制造业企业80家');
  const cn = extractMainText(load('govcn-report-2022.html'))?.text ?? '';
  expect(cn).toContain('细颗粒物（PM2.5）平均浓度下降9.1%');
  const nmg = extractMainText(load('epaper-nmg-2024-p08.html'))?.text ?? '';
  expect(nmg).toContain('\n(九)民生事始终是要事、必须办实办好。推动基本民生保障标准');
});

// linkedom has no Text.splitText; this is what it does.
function split(doc: Document, node: Text, at: number): Text {
  const rest = doc.createTextNode(node.data.slice(at));
  node.data = node.data.slice(0, at);
  node.parentNode?.insertBefore(rest, node.nextSibling);
  return rest;
}

// What the highlighter will do: split text nodes and wrap pieces in <mark data-govmark>.
function wrap(doc: Document, main: MainText, start: number, end: number): number {
  let marks = 0;
  for (const seg of main.segments) {
    const from = Math.max(start, seg.start) - seg.start;
    const to = Math.min(end, seg.end) - seg.start;
    if (from >= to) continue;
    const piece = from > 0 ? split(doc, seg.node, from) : seg.node;
    if (to - from < piece.data.length) split(doc, piece, to - from);
    const mark = doc.createElement('mark');
    mark.setAttribute('data-govmark', 'target');
    piece.parentNode?.insertBefore(mark, piece);
    mark.appendChild(piece);
    marks++;
  }
  return marks;
}

test.each(FIXTURES.map((f) => f.file))('%s: the same text after wrapping spans in <mark>', (file) => {
  for (const parser of Object.keys(parsers) as (keyof typeof parsers)[]) {
    const doc = load(file, parser);
    const before = extractMainText(doc);
    if (!before) throw new Error('no main text');
    // Three spans: one inside a node, one across a paragraph break, and the very last characters.
    const mid = before.text.indexOf('。') + 1;
    const brk = before.text.indexOf('\n', mid);
    let marks = wrap(doc, before, mid - 6, mid - 1);
    marks += wrap(doc, mainTextOf(before.root), brk - 3, brk + 3);
    marks += wrap(doc, mainTextOf(before.root), before.text.length - 4, before.text.length);
    expect(marks).toBeGreaterThanOrEqual(4);
    const after = extractMainText(doc);
    expect(after?.root).toBe(before.root);
    expect(after?.text).toBe(before.text);
    if (after) expectSegmentsMap(after);
    expect(after?.segments.length).toBeGreaterThan(before.segments.length);
  }
});
