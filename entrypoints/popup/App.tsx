import { browser } from 'wxt/browser';
import PageStatus from '../../components/PageStatus';
import { t } from '../../utils/i18n';
import { usePageState } from './use-page-state';

export default function App() {
  const { state, busy, message, onToggle, onSiteOn, onAnalyzeAnyway } = usePageState();
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
