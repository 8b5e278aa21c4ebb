// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import App from './App';
import type { SiteSettingsApi } from './site-settings';

function fakeApi(overrides: Partial<SiteSettingsApi> = {}) {
  const state = { sites: ['*://a.example/*'], disabled: ['www.gov.cn'] };
  const api: SiteSettingsApi = {
    userSites: vi.fn(async () => [...state.sites]),
    requestSite: vi.fn(async (pattern: string) => {
      state.sites.push(pattern);
      return true;
    }),
    removeSite: vi.fn(async (pattern: string) => {
      state.sites = state.sites.filter((p) => p !== pattern);
    }),
    disabledSites: vi.fn(async () => [...state.disabled]),
    enableSite: vi.fn(async (host: string) => {
      state.disabled = state.disabled.filter((h) => h !== host);
    }),
    ...overrides,
  };
  return { api, state };
}

afterEach(cleanup);

describe('options page', () => {
  test('adding a site asks for its permission within the click, then lists it', async () => {
    const { api } = fakeApi();
    render(<App api={api} />);
    await screen.findByText('a.example');
    fireEvent.input(screen.getByTestId('govmark-options-host'), { target: { value: 'https://news.example.org/x' } });
    fireEvent.click(screen.getByTestId('govmark-options-add'));
    // Synchronously, inside the click: the browser shows its prompt only during the user gesture.
    expect(api.requestSite).toHaveBeenCalledWith('*://news.example.org/*');
    await screen.findByText('news.example.org');
  });

  test('a refused permission adds nothing and says so', async () => {
    const { api } = fakeApi({ requestSite: vi.fn(async () => false) });
    render(<App api={api} />);
    fireEvent.input(screen.getByTestId('govmark-options-host'), { target: { value: 'b.example' } });
    fireEvent.click(screen.getByTestId('govmark-options-add'));
    await waitFor(() => expect(screen.getByTestId('govmark-options-message').textContent).toBe('optionsDenied'));
    expect(screen.queryByText('b.example')).toBeNull();
  });

  test.each([
    ['   ', 'optionsNoHost'],
    ['not a host', 'optionsInvalidHost'],
    ['chrome://settings', 'optionsInvalidHost'],
    ['www.gov.cn', 'optionsAlreadyDefault'],
    ['*.cn', 'optionsWholeSuffix'],
    ['*.com.cn', 'optionsWholeSuffix'],
    ['*.gov.cn', 'optionsAlreadyDefault'],
  ])('%j asks for nothing (%s)', async (value, message) => {
    const { api } = fakeApi();
    render(<App api={api} />);
    fireEvent.input(screen.getByTestId('govmark-options-host'), { target: { value } });
    fireEvent.click(screen.getByTestId('govmark-options-add'));
    expect(api.requestSite).not.toHaveBeenCalled();
    expect(screen.getByTestId('govmark-options-message').textContent).toBe(message);
  });

  test('removing a site and re-enabling a switched-off one', async () => {
    const { api } = fakeApi();
    render(<App api={api} />);
    fireEvent.click(await screen.findByTestId('govmark-options-remove'));
    await waitFor(() => expect(screen.queryByText('a.example')).toBeNull());
    expect(api.removeSite).toHaveBeenCalledWith('*://a.example/*');
    fireEvent.click(screen.getByTestId('govmark-options-reenable'));
    await waitFor(() => expect(screen.queryByTestId('govmark-options-disabled')).toBeNull());
    expect(api.enableSite).toHaveBeenCalledWith('www.gov.cn');
  });

  test('every control has a label', async () => {
    const { api } = fakeApi();
    render(<App api={api} />);
    await screen.findByText('a.example');
    expect(screen.getByLabelText('optionsHostLabel')).toBe(screen.getByTestId('govmark-options-host'));
    for (const button of screen.getAllByRole('button')) expect(button.textContent?.trim()).not.toBe('');
    expect(screen.getByRole('group', { name: 'optionsDefaultSites' }).tagName).toBe('DETAILS');
  });
});
