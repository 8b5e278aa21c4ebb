import { describe, expect, test, vi } from 'vitest';
import {
  handleMenuClick,
  handleNoteCommand,
  NOTE_COMMAND,
  NOTE_MENU_ID,
  type NotesMenuDeps,
  registerNotesMenu,
} from './notes-menu';

function fakeDeps(over: Partial<NotesMenuDeps> = {}) {
  const calls: string[] = [];
  const deps: NotesMenuDeps = {
    ensureRunning: vi.fn(async (tabId: number) => {
      calls.push(`ensureRunning ${tabId}`);
      return { ok: true as const };
    }),
    openEditor: vi.fn(async (tabId: number) => {
      calls.push(`openEditor ${tabId}`);
      return { ok: true as const, value: { opened: true } };
    }),
    activeTabId: vi.fn(async () => 9),
    ...over,
  };
  return { deps, calls };
}

describe('the context menu item', () => {
  test('makes sure GovMark runs on the clicked tab, then asks it to open the note card', async () => {
    const { deps, calls } = fakeDeps();
    const reply = await handleMenuClick({ menuItemId: NOTE_MENU_ID }, { id: 4 }, deps);
    expect(reply).toEqual({ ok: true, value: { opened: true } });
    expect(calls).toEqual(['ensureRunning 4', 'openEditor 4']);
  });

  test('other menu items are not ours', () => {
    const { deps } = fakeDeps();
    expect(handleMenuClick({ menuItemId: 'something-else' }, { id: 4 }, deps)).toBeUndefined();
    expect(deps.openEditor).not.toHaveBeenCalled();
  });

  test('a tab GovMark cannot run on gets no message, and says why', async () => {
    const { deps } = fakeDeps({ ensureRunning: async () => ({ ok: false, error: 'Cannot access a chrome:// URL' }) });
    expect(await handleMenuClick({ menuItemId: NOTE_MENU_ID }, { id: 4 }, deps)).toEqual({
      ok: false,
      error: 'Cannot access a chrome:// URL',
    });
    expect(deps.openEditor).not.toHaveBeenCalled();
  });
});

describe('the keyboard shortcut', () => {
  test('opens the card on the tab the browser names', async () => {
    const { deps, calls } = fakeDeps();
    await handleNoteCommand(NOTE_COMMAND, { id: 5 }, deps);
    expect(calls).toEqual(['ensureRunning 5', 'openEditor 5']);
  });

  test('without a tab, on the active tab', async () => {
    const { deps, calls } = fakeDeps();
    await handleNoteCommand(NOTE_COMMAND, undefined, deps);
    expect(calls).toEqual(['ensureRunning 9', 'openEditor 9']);
  });

  test('other commands (analyze-page) are not ours', () => {
    const { deps } = fakeDeps();
    expect(handleNoteCommand('analyze-page', { id: 5 }, deps)).toBeUndefined();
  });

  test('a page that does not answer is reported, not thrown', async () => {
    const { deps } = fakeDeps({ openEditor: async () => Promise.reject(new Error('no receiver')) });
    expect(await handleNoteCommand(NOTE_COMMAND, { id: 5 }, deps)).toMatchObject({ ok: false });
  });
});

test('registerNotesMenu creates the selection menu item on install and routes clicks and commands', async () => {
  const listeners: Record<string, (...args: unknown[]) => unknown> = {};
  const on = (name: string) => ({ addListener: (fn: (...args: unknown[]) => unknown) => (listeners[name] = fn) });
  const api = {
    runtime: { onInstalled: on('installed') },
    contextMenus: { removeAll: vi.fn(async () => {}), create: vi.fn(), onClicked: on('clicked') },
    commands: { onCommand: on('command') },
  };
  const { deps, calls } = fakeDeps();
  registerNotesMenu(api as never, deps);
  listeners.installed?.();
  await vi.waitFor(() => expect(api.contextMenus.create).toHaveBeenCalledOnce());
  expect(api.contextMenus.create).toHaveBeenCalledWith(
    expect.objectContaining({ id: NOTE_MENU_ID, contexts: ['selection'], title: expect.any(String) }),
  );
  listeners.clicked?.({ menuItemId: NOTE_MENU_ID }, { id: 2 });
  listeners.command?.(NOTE_COMMAND, { id: 3 });
  await vi.waitFor(() => expect(calls).toContain('openEditor 3'));
  expect(calls).toEqual(['ensureRunning 2', 'ensureRunning 3', 'openEditor 2', 'openEditor 3']);
});
