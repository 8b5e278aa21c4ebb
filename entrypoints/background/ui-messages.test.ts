import { afterEach, expect, test, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { learnMessages, lookUpMessages, t } from '../../utils/i18n';
import { answerUiMessages } from './ui-messages';

const CATALOG: Record<string, string> = { legendTitle: 'GovMark 图例', legendSiteOff: '在此网站关闭' };
const getMessage = () =>
  vi
    .spyOn(browser.i18n as unknown as { getMessage: (key: string) => string }, 'getMessage')
    .mockImplementation((key: string) => CATALOG[key] ?? '');

afterEach(() => vi.restoreAllMocks());

test('the background looks up the keys it knows; a malformed question gets nothing', () => {
  getMessage();
  expect(lookUpMessages(['legendTitle', 'noSuchKey'])).toEqual({ legendTitle: 'GovMark 图例' });
  expect(answerUiMessages(['legendSiteOff'])).toEqual({ legendSiteOff: '在此网站关闭' });
  expect(answerUiMessages('legendSiteOff')).toEqual({});
  expect(answerUiMessages([1, 2])).toEqual({});
});

test('learnt strings answer t() without asking the browser; with substitutions the browser is asked', () => {
  learnMessages({ legendNotes: '批注', broken: 3, empty: '' });
  const asked = getMessage();
  expect(t('legendNotes')).toBe('批注');
  expect(asked).not.toHaveBeenCalled();
  expect(t('broken')).toBe('broken');
  t('legendNotes', ['x']);
  expect(asked).toHaveBeenCalledWith('legendNotes', ['x']);
  learnMessages(null);
  learnMessages('legendNotes');
  expect(t('legendNotes')).toBe('批注');
});
