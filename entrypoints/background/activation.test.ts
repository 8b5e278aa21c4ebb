import { describe, expect, test, vi } from 'vitest';
import { ANALYZE_COMMAND, handleCommand } from './activation';

describe('handleCommand', () => {
  const ok = { ok: true } as const;

  test('the shortcut injects into the tab the browser passes', async () => {
    const inject = vi.fn(async () => ok);
    const activeTabId = vi.fn(async () => 99);
    expect(await handleCommand(ANALYZE_COMMAND, { id: 12 } as never, { inject, activeTabId })).toBe(ok);
    expect(inject).toHaveBeenCalledWith(12);
    expect(activeTabId).not.toHaveBeenCalled();
  });

  test('without a tab it falls back to the active tab', async () => {
    const inject = vi.fn(async () => ok);
    await handleCommand(ANALYZE_COMMAND, undefined, { inject, activeTabId: async () => 5 });
    expect(inject).toHaveBeenCalledWith(5);
  });

  test('other commands and missing tabs inject nothing', async () => {
    const inject = vi.fn(async () => ok);
    expect(await handleCommand('something-else', { id: 1 } as never, { inject, activeTabId: async () => 1 })).toBe(
      undefined,
    );
    expect(
      await handleCommand(ANALYZE_COMMAND, undefined, { inject, activeTabId: async () => undefined }),
    ).toMatchObject({ ok: false, reason: 'no-tab' });
    expect(inject).not.toHaveBeenCalled();
  });
});

/** An event like the browser's, which the test can fire. */
function fakeEvent<A extends unknown[]>() {
  const listeners: ((...args: A) => unknown)[] = [];
  return {
    addListener: (l: (...args: A) => unknown) => listeners.push(l),
    removeListener: () => {},
    hasListener: () => false,
    fire: (...args: A) => {
      for (const l of listeners) l(...args);
    },
  };
}

describe('registerActivation (wired to a fake browser)', () => {
  test('grant registers, revocation unregisters, the shortcut injects into its tab', async () => {
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    const { fakeUserSitesApi } = await import('../../tests/unit/fake-user-sites-api');
    const { registerActivation } = await import('./activation');
    const state = fakeUserSitesApi();
    const onAdded = fakeEvent();
    const onRemoved = fakeEvent();
    const onCommand = fakeEvent<[string, { id: number }]>();
    const executeScript = vi.fn(async () => []);
    const b = fakeBrowser as unknown as Record<
      'permissions' | 'scripting' | 'commands' | 'runtime',
      Record<string, unknown>
    >;
    Object.assign(b.permissions, { getAll: state.permissions.getAll, onAdded, onRemoved });
    Object.assign(b.scripting, state.scripting, { executeScript });
    Object.assign(b.commands, { onCommand });
    b.runtime.getManifest = state.runtime.getManifest;

    registerActivation();
    state.granted.push('*://example.org/*');
    onAdded.fire({ origins: ['*://example.org/*'] });
    await vi.waitFor(() => expect(state.scripts.get('govmark-user-sites')?.matches).toEqual(['*://example.org/*']));

    state.granted.length = 0;
    onRemoved.fire({ origins: ['*://example.org/*'] });
    await vi.waitFor(() => expect(state.scripts.size).toBe(0));

    onCommand.fire(ANALYZE_COMMAND, { id: 31 });
    await vi.waitFor(() =>
      expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 31 }, files: ['/content-scripts/content.js'] }),
    );
  });
});
