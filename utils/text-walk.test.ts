import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { mainTextOf } from './main-text';

function textOf(body: string): string {
  const { document } = parseHTML(`<!DOCTYPE html><html><body><div id="root">${body}</div></body></html>`);
  const root = document.getElementById('root');
  if (!root) throw new Error('no root');
  return mainTextOf(root as unknown as Element).text;
}

test.each([
  ['paragraphs', '<p>甲</p>\n<p>乙</p>', '甲\n乙'],
  ['<br>, once per run of breaks', '甲<br>乙<br><br><br>丙', '甲\n乙\n丙'],
  ['<br> then source newline: data is kept verbatim', '甲<br>\n乙', '甲\n\n乙'],
  [
    'inline elements never break',
    '<p><strong>一是……。</strong>乙<a href="#">丙</a><sub>2.5</sub></p>',
    '一是……。乙丙2.5',
  ],
  ['space between inline elements is text', '<p><b>甲</b> <i>乙</i></p>', '甲 乙'],
  ['layout whitespace between blocks is not', '\n  <p>甲</p>\n  <div>\n <p>乙</p> </div>\n', '甲\n乙'],
  ['nested blocks give one break', '<div><div><p>甲</p></div></div><div><p>乙</p></div>', '甲\n乙'],
  ['table cells are blocks', '<table><tr><td>甲</td><td>乙</td></tr></table>', '甲\n乙'],
  ['unknown elements are inline', '<ucapcontent>甲</ucapcontent><x-y>乙</x-y>', '甲乙'],
  ['no leading or trailing break', '<p></p><p>甲</p><hr><p></p>', '甲'],
  ['comments are transparent', '<p>甲</p><!-- c -->\n<p>乙</p>', '甲\n乙'],
])('%s', (_name, html, expected) => {
  expect(textOf(html)).toBe(expected);
});

test.each([
  ['script', '<script>var a = "1亿元";</script>'],
  ['style', '<style>p::after { content: "5%"; }</style>'],
  ['noscript', '<noscript>请启用脚本</noscript>'],
  ['template', '<template><p>模板</p></template>'],
  ['form and its controls', '<form><p>评论</p><textarea>建议省财政厅增加100亿元</textarea></form>'],
  ['textarea alone', '<textarea>100亿元</textarea>'],
  ['select', '<select><option>2024年</option></select>'],
  ['button', '<button>发表评论（128条）</button>'],
  ['nav', '<nav>01版 02版</nav>'],
  ['aside', '<aside>上证指数 3250.12</aside>'],
  ['footer', '<footer>京ICP备05070218号</footer>'],
  ['iframe', '<iframe>广告</iframe>'],
  ['hidden', '<p hidden>隐藏的100亿元</p>'],
  ['aria-hidden', '<span aria-hidden="true">图标</span>'],
  ['display:none', '<div style="color: red; display : none">折叠的50%</div>'],
  ['our custom elements', '<govmark-legend>目标 12</govmark-legend>'],
  ['our marked UI', '<div data-govmark-ui="card">目标值 1.5万个</div>'],
])('skips %s, even inside the root', (_name, html) => {
  expect(textOf(`<p>前</p>${html}<p>后</p>`)).toBe('前\n后');
});

test('our highlights are text like any inline element', () => {
  expect(textOf('<p>新增<mark data-govmark="target">1.5万个</mark>托位</p>')).toBe('新增1.5万个托位');
});
