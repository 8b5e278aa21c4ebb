import { editionLine } from '../utils/edition-line';
import { t } from '../utils/i18n';
import type { Category, PageStatus as ContentPageStatus } from '../utils/protocol-content';
import CategoryToggles from './CategoryToggles';

/** What the popup knows about the current tab. */
export type PopupPageState =
  | { kind: 'loading' }
  | { kind: 'restricted' }
  /** The content script answered; `status` says whether it found a report. */
  | { kind: 'status'; status: ContentPageStatus }
  /** No GovMark content script on the page (not a default or added site, not invoked yet). */
  | { kind: 'absent' };

export interface PageStatusProps {
  state: PopupPageState;
  /** A request to the page is under way: buttons wait. */
  busy?: boolean;
  /** A problem to tell the reader, already in their language. */
  message?: string;
  onToggle: (category: Category, visible: boolean) => void;
  onAnalyzeAnyway: () => void;
  onSiteOn: () => void;
}

const hasHighlights = (status: ContentPageStatus) => Object.values(status.counts).some((n) => n > 0);

/** The popup's account of the current page: a report with its counts and toggles, or why there is none. */
export default function PageStatus({ state, busy, message, onToggle, onAnalyzeAnyway, onSiteOn }: PageStatusProps) {
  const notice = message ? (
    <p class="gm-message" role="alert" data-testid="govmark-popup-message">
      {message}
    </p>
  ) : null;

  if (state.kind === 'loading') {
    return (
      <section class="gm-status" aria-busy="true" data-testid="govmark-popup-status" data-state="loading">
        <p>{t('popupLoading')}</p>
      </section>
    );
  }
  if (state.kind === 'restricted') {
    return (
      <section class="gm-status" data-testid="govmark-popup-status" data-state="restricted">
        <h2>{t('popupRestricted')}</h2>
        <p class="gm-help">{t('popupRestrictedHelp')}</p>
      </section>
    );
  }
  if (state.kind === 'status' && state.status.siteDisabled) {
    return (
      <section class="gm-status" data-testid="govmark-popup-status" data-state="site-off">
        <h2>{t('popupSiteOff')}</h2>
        <button type="button" data-testid="govmark-popup-site-on" disabled={busy} onClick={onSiteOn}>
          {t('popupSiteOn')}
        </button>
        {notice}
      </section>
    );
  }
  if (state.kind === 'status' && (state.status.isReport || hasHighlights(state.status))) {
    const edition = editionLine(state.status.pages);
    return (
      <section class="gm-status" data-testid="govmark-popup-status" data-state="report">
        <h2>{state.status.isReport ? t('popupReport') : t('popupNotReport')}</h2>
        {edition ? (
          <p class="gm-edition" data-testid="govmark-popup-edition">
            {edition}
          </p>
        ) : null}
        <CategoryToggles counts={state.status.counts} visible={state.status.visible} onToggle={onToggle} />
        {notice}
      </section>
    );
  }
  // No GovMark script answered: it has not looked at this page, so it cannot say it is no report.
  const unread = state.kind === 'absent';
  return (
    <section class="gm-status" data-testid="govmark-popup-status" data-state={unread ? 'not-analysed' : 'not-report'}>
      <h2>{unread ? t('popupNotAnalysed') : t('popupNotReport')}</h2>
      <p class="gm-help">{unread ? t('popupNotAnalysedHelp') : t('popupNotReportHelp')}</p>
      <button type="button" data-testid="govmark-analyze-anyway" disabled={busy} onClick={onAnalyzeAnyway}>
        {busy ? t('popupAnalyzing') : t('popupAnalyzeAnyway')}
      </button>
      {notice}
    </section>
  );
}
