import { browser } from 'wxt/browser';
import PageStatus from '../../components/PageStatus';
import { t } from '../../utils/i18n';
import PopupNotes from './PopupNotes';
import { usePageState } from './use-page-state';

export default function App() {
  const { tab, state, busy, message, onToggle, onSiteOn, onAnalyzeAnyway } = usePageState();
  return (
    <main class="gm-popup">
      <header class="gm-header">
        <h1>{t('extName')}</h1>
      </header>
      <PageStatus
        state={state}
        busy={busy}
        message={message}
        onToggle={onToggle}
        onSiteOn={onSiteOn}
        onAnalyzeAnyway={onAnalyzeAnyway}
      />
      <PopupNotes tab={tab} pageKey={state.kind === 'status' ? `on:${state.status.siteDisabled}` : state.kind} />
      <footer class="gm-footer">
        <a
          href="options.html"
          data-testid="govmark-popup-options"
          onClick={(event) => {
            event.preventDefault();
            void browser.runtime.openOptionsPage();
          }}
        >
          {t('popupOptions')}
        </a>
      </footer>
    </main>
  );
}
