/** One shape of hostile input: text of about `length` characters that once made the engine slower than linear. */
export interface HostileCase {
  name: string;
  build(length: number, report: string): string;
}

/** `unit` repeated (and cut) to exactly `length` characters. */
export const repeatTo = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

// A fixed seed: every run of the bench times the same text.
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const NUMERALS = '零〇一二两三四五六七八九十百千万亿';
// What the recognisers start from or stop at: digits, numerals, separators, units, bound words, brackets,
// quotes, sentence stops, the words of a responsibility note.
const TRIGGERS = [
  ...'0123456789０９,.．/、-—~:： 多余万亿千百十零〇一二两三四五六七八九个人元%吨米项成家近约超达过到至（）()“”《》。；\n',
  '百分之',
  '百分点',
  '千瓦时',
  '牵头单位：',
  '牵头',
  '教育厅',
  '政府',
  '左右',
  '以上',
];
const SEPARATORS: Array<[name: string, separator: string]> = [
  ['comma', ','],
  ['point', '.'],
  ['full-width point', '．'],
  ['slash', '/'],
  ['enumeration comma', '、'],
  ['hyphen', '-'],
  ['dash', '—'],
  ['tilde', '~'],
  ['colon', ':'],
  ['space', ' '],
];

/** The shapes, each built to a given length; `report` is real report text of that length, for shapes made from it. */
export const HOSTILE_CASES: HostileCase[] = [
  { name: 'one run of Chinese numerals', build: (n) => repeatTo(NUMERALS, n) },
  { name: 'one run of 万', build: (n) => repeatTo('万', n) },
  // The bound word before the run and 万 inside it: what the lookbehind of the numeral pattern looked for.
  { name: 'runs of 5,000 numerals after 近, with 万', build: (n) => repeatTo(`近${repeatTo('一万', 5000)}个`, n) },
  { name: 'runs of 5,000 numerals before a unit', build: (n) => repeatTo(`${repeatTo(NUMERALS, 5000)}个`, n) },
  // Not slower than linear, but as dense in findings as text can be: a target every three characters.
  { name: 'a numeral and a unit, again and again (三万个…)', build: (n) => repeatTo('三万个', n) },
  // As dense, and every figure named and paired: 从X提高到Y's two ends, in one sentence that never ends.
  {
    name: 'a baseline and its goal, again and again (从…提高到…)',
    build: (n) => repeatTo('托位从1万个提高到2万个，', n),
  },
  { name: 'one run of digits', build: (n) => repeatTo('0123456789', n) },
  { name: 'runs of 5,000 digits after 约, before 万元', build: (n) => repeatTo(`约${repeatTo('12', 5000)}万元`, n) },
  ...SEPARATORS.map(([name, separator]) => ({
    name: `digits joined by ${name} (${separator})`,
    build: (n: number) => repeatTo(`1${separator}2${separator}345${separator}`, n),
  })),
  // Each number shares the unit of the one after it (分别提高1.2和0.8个百分点): the walk back never ends.
  { name: 'numbers listed before one unit (1和2和…3%)', build: (n) => `${repeatTo('1和', n - 2)}3%` },
  // Each space may part groups of thousands (1 200万人): the chain of groups never ends.
  { name: 'thousands groups parted by spaces (1 234 567 …)', build: (n) => `1${repeatTo(' 234', n - 3)}万人` },
  { name: 'space entities shown as text (&nbsp;…)', build: (n) => repeatTo('1.5&nbsp;万个，&amp;nbsp;', n) },
  {
    name: 'thousands groups without end (1,234,567,…)',
    build: (n) => repeatTo('1,234', 5).slice(0, 5) + repeatTo(',234', n - 5),
  },
  {
    name: 'one line of bracketed responsibility notes',
    build: (n) => repeatTo('新增托位1.5万个（牵头单位：省教育厅、省财政厅）', n),
  },
  {
    name: 'one line of notes led by X牵头',
    build: (n) => repeatTo('培训10万人次（省人力资源社会保障厅牵头，省财政厅配合）', n),
  },
  { name: 'an unclosed note, then spaces', build: (n) => `培训10万人次（牵头单位：省教育厅${repeatTo(' ', n - 20)}` },
  { name: 'brackets and spaces', build: (n) => repeatTo(`（${' '.repeat(200)}`, n) },
  {
    name: 'a report without punctuation or line breaks',
    build: (n, report) => repeatTo(report.replace(/[，。；：、！？\n\r]/g, ''), n),
  },
  { name: 'a report on one line', build: (n, report) => repeatTo(report.replace(/\n/g, ''), n) },
  {
    name: 'a mix of the engine’s trigger characters',
    build: (n) => {
      const random = seeded(11);
      const parts: string[] = [];
      for (let length = 0; length < n; ) {
        const part = TRIGGERS[Math.floor(random() * TRIGGERS.length)] as string;
        parts.push(part);
        length += part.length;
      }
      return parts.join('').slice(0, n);
    },
  },
  // Each clause names a period: the sentence (no full stop anywhere) turns from goal to result and back.
  { name: 'one sentence of clauses that turn the period', build: (n) => repeatTo('，今年新增3万个，去年完成2万个', n) },
  // Each citation of last year's figure turns its clause back at the next comma, looked for once.
  { name: 'last year cited again and again, no comma', build: (n) => repeatTo('去年实际完成的3万个', n) },
  // Blank lines at the head of a page: the report's title was looked for from every line start across them.
  { name: 'blank lines', build: (n) => repeatTo(' \n', n) },
  { name: 'open quotation marks', build: (n) => repeatTo('“两个确立', n) },
];
