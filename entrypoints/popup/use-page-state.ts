import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { PopupPageState } from '../../components/PageStatus';
import { t } from '../../utils/i18n';
import { sendMessage } from '../../utils/messaging';
import type { Category, ContentFailure, PageStatus } from '../../utils/protocol-content';
import { type CurrentTab, currentTab } from './current-tab';
import { isRestrictedUrl } from './restricted-url';

const failed = (reply: PageStatus | ContentFailure): reply is ContentFailure => 'ok' in reply && reply.ok === false;

/**
 * Asks the tab's content script for its status; `absent` when no GovMark script is there to answer, or
 * `restricted` when none could ever be: about:blank and the like, whose address the browser hides from us.
 * Chrome refuses about:blank in the same words as a page GovMark lacks access to, so that refusal counts
 * only where the popup holds activeTab for the tab, which lets it into every page a script may run on.
 */
async function readStatus(tab: CurrentTab): Promise<PopupPageState> {
  try {
    return { kind: 'status', status: await sendMessage('getPageStatus', undefined, tab.id) };
  } catch {
    const probe = await sendMessage('probeTab', { tabId: tab.id }).catch(() => undefined);
    const refused =
      probe?.ok === false && (probe.reason === 'restricted' || (tab.granted && probe.reason === 'no-permission'));
    return refused ? { kind: 'restricted' } : { kind: 'absent' };
  }
}

/** The popup's state for the current tab, and the actions its buttons take. */
export function usePageState(findTab: () => Promise<CurrentTab | undefined> = currentTab) {
  const [tab, setTab] = useState<CurrentTab>();
  const [state, setState] = useState<PopupPageState>({ kind: 'loading' });
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string>();

  useEffect(() => {
    void (async () => {
      const found = await findTab();
      setTab(found);
      if (!found || isRestrictedUrl(found.url)) setState({ kind: 'restricted' });
      else setState(await readStatus(found));
    })();
  }, [findTab]);

  /** Runs one request to the page, showing its failure instead of the status it would have returned. */
  const act = useCallback(
    async (request: (tabId: number) => Promise<PageStatus | ContentFailure>) => {
      if (!tab) return;
      setBusy(true);
      setMessage(undefined);
      try {
        const reply = await request(tab.id);
        if (failed(reply)) setMessage(t('popupInjectFailed', reply.error));
        else setState({ kind: 'status', status: reply });
      } catch (error) {
        setMessage(t('popupInjectFailed', String(error)));
      } finally {
        setBusy(false);
      }
    },
    [tab],
  );

  // Toggles show their new state at once (a checkbox that springs back reads as broken) and may overlap;
  // the page's reply is applied only when no other toggle is still on its way.
  const togglesInFlight = useRef(0);
  const onToggle = async (category: Category, visible: boolean) => {
    if (!tab) return;
    setState((now) =>
      now.kind === 'status'
        ? { kind: 'status', status: { ...now.status, visible: { ...now.status.visible, [category]: visible } } }
        : now,
    );
    setMessage(undefined);
    togglesInFlight.current += 1;
    const reply = await sendMessage('setCategoryVisible', { category, visible }, tab.id).catch(
      (error: unknown): ContentFailure => ({ ok: false, error: String(error) }),
    );
    togglesInFlight.current -= 1;
    if (failed(reply)) {
      setMessage(t('popupInjectFailed', reply.error));
      setState(await readStatus(tab));
    } else if (togglesInFlight.current === 0) {
      setState({ kind: 'status', status: reply });
    }
  };
  const onSiteOn = () => act((tabId) => sendMessage('setSiteDisabled', { disabled: false }, tabId));

  const onAnalyzeAnyway = async () => {
    if (!tab) return;
    setBusy(true);
    setMessage(undefined);
    // Read and judged not a report: the reader overrides the verdict. Not read yet: it is read first.
    const asReport = state.kind === 'status' && !state.status.isReport;
    const result = await sendMessage('injectIntoTab', { tabId: tab.id, asReport }).catch((error: unknown) => ({
      ok: false as const,
      reason: 'failed' as const,
      error: String(error),
    }));
    if (result.ok) setState(await readStatus(tab));
    else if (result.reason === 'restricted') setState({ kind: 'restricted' });
    else setMessage(result.reason === 'no-permission' ? t('popupNoPermission') : t('popupInjectFailed', result.error));
    setBusy(false);
  };

  return { tab, state, busy, message, onToggle, onSiteOn, onAnalyzeAnyway };
}
