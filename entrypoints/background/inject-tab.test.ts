import { describe, expect, test, vi } from 'vitest';
import { classifyInjectError, type InjectApi, injectIntoTab, probeTab } from './inject-tab';

function fakeApi(present: boolean, overrides: Partial<InjectApi> = {}) {
  const calls: string[] = [];
  const api: InjectApi = {
    ping: vi.fn(async (tabId) => {
      calls.push(`ping ${tabId}`);
      if (!present) throw new Error('Could not establish connection. Receiving end does not exist.');
      return { isReport: false };
    }),
    executeScript: vi.fn(async (tabId) => {
      calls.push(`execute ${tabId}`);
      return [];
    }),
    analyzeNow: vi.fn(async (tabId) => {
      calls.push(`analyze ${tabId}`);
      return {};
    }),
    ...overrides,
  };
  return { api, calls };
}

describe('injectIntoTab', () => {
  test('a tab without GovMark gets the script, then analyzeNow', async () => {
    const { api, calls } = fakeApi(false);
    expect(await injectIntoTab(7, api)).toEqual({ ok: true });
    expect(calls).toEqual(['ping 7', 'execute 7', 'analyze 7']);
  });

  test('a tab that already runs GovMark is only asked to analyse (never two scripts)', async () => {
    const { api, calls } = fakeApi(true);
    expect(await injectIntoTab(3, api)).toEqual({ ok: true });
    expect(calls).toEqual(['ping 3', 'analyze 3']);
  });

  test('a privileged page comes back as restricted', async () => {
    const { api } = fakeApi(false, {
      executeScript: async () => {
        throw new Error('Cannot access a chrome:// URL');
      },
    });
    expect(await injectIntoTab(1, api)).toEqual({
      ok: false,
      reason: 'restricted',
      error: 'Cannot access a chrome:// URL',
    });
  });
});

describe('classifyInjectError', () => {
  test.each([
    ['Cannot access a chrome:// URL', 'restricted'],
    ['The extensions gallery cannot be scripted.', 'restricted'],
    [
      'Cannot access contents of url "view-source:https://a.example/". Extension manifest must request permission to access this host.',
      'restricted',
    ],
    [
      'Cannot access contents of url "about:blank". Extension manifest must request permission to access this host.',
      'restricted',
    ],
    [
      'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
      'no-permission',
    ],
    ['Missing host permission for the tab', 'no-permission'],
    ['No tab with id: 42.', 'no-tab'],
    ['Something else', 'failed'],
  ] as const)('%s -> %s', (message, reason) => {
    expect(classifyInjectError(message)).toBe(reason);
  });
});

describe('probeTab', () => {
  test.each([
    [
      'about:blank',
      'Cannot access contents of url "about:blank". Extension manifest must request permission to access this host.',
      'restricted',
    ],
    ['a browser page', 'Cannot access a chrome:// URL', 'restricted'],
    ['the web store', 'The extensions gallery cannot be scripted.', 'restricted'],
    [
      'a local file without file access',
      'Cannot access contents of url "file:///home/r/report.html". Extension manifest must request permission to access this host.',
      'restricted',
    ],
    [
      'a page without activeTab',
      'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
      'no-permission',
    ],
  ])('%s is told apart by the browser’s refusal', async (_name, message, reason) => {
    expect(await probeTab(1, () => Promise.reject(new Error(message)))).toEqual({ ok: false, reason, error: message });
  });

  test('a page any script may run on is fine', async () => {
    expect(await probeTab(1, async () => [{ result: true }])).toEqual({ ok: true });
  });
});
