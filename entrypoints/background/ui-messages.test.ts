import { afterEach, expect, test, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { learnMessages, lookUpMessages, t } from '../../utils/i18n';
import { answerUiMessages } from './ui-messages';

const CATALOG: Record<string, string> = { legendTitle: 'GovMark 图例', legendSiteOff: '在此网站关闭' };
const getMessage = () =>
  vi
    .spyOn(browser.i18n as unknown as { getMessage: (key: string, subs?: string[]) => string }, 'getMessage')
    .mockImplementation((key: string) => CATALOG[key] ?? '');

afterEach(() => vi.restoreAllMocks());

test('the background looks up the keys it knows, placeholders as stand-ins; a malformed question gets nothing', () => {
  const asked = getMessage();
  expect(lookUpMessages(['legendTitle', 'noSuchKey'])).toEqual({ legendTitle: 'GovMark 图例' });
  expect(answerUiMessages(['legendSiteOff'])).toEqual({ legendSiteOff: '在此网站关闭' });
  expect(answerUiMessages('legendSiteOff')).toEqual({});
  expect(answerUiMessages([1, 2])).toEqual({});
  expect(asked.mock.calls[0]?.[1]).toHaveLength(9); // $1…$9 as U+E001…U+E009, for t() to fill in on the page
});

test('learnt strings answer t() without asking the browser, substitutions filled in here', () => {
  learnMessages({ legendNotes: '批注', popupEditionPage: '第\uE001版', broken: 3, empty: '' });
  const asked = getMessage();
  expect(t('legendNotes')).toBe('批注');
  expect(t('popupEditionPage', '08')).toBe('第08版');
  expect(asked).not.toHaveBeenCalled();
  expect(t('broken')).toBe('broken');
  learnMessages(null);
  learnMessages('legendNotes');
  expect(t('legendNotes')).toBe('批注');
});
