import { useCallback, useEffect, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { isCoveredByDefaults, isWholeSuffix, originPatternFor, siteLabel } from '../../utils/site-patterns';
import { DEFAULT_SITES } from '../../utils/sites';
import { browserSiteSettings, type SiteSettingsApi } from './site-settings';

export interface AppProps {
  api?: SiteSettingsApi;
}

/** Settings: the sites the user added (host permission asked on click), and the sites switched off. */
export default function App({ api = browserSiteSettings }: AppProps) {
  const [sites, setSites] = useState<string[]>([]);
  const [disabled, setDisabled] = useState<string[]>([]);
  const [input, setInput] = useState('');
  const [message, setMessage] = useState<string>();

  const refresh = useCallback(async () => {
    const [added, off] = await Promise.all([api.userSites(), api.disabledSites()]);
    setSites(added);
    setDisabled(off);
  }, [api]);

  useEffect(() => {
    void refresh();
    // A site switched off in another tab shows up when the reader comes back here.
    const onVisible = () => document.visibilityState === 'visible' && void refresh();
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [refresh]);

  const onAdd = (event: Event) => {
    event.preventDefault();
    if (input.trim() === '') return setMessage(t('optionsNoHost'));
    const pattern = originPatternFor(input);
    if (!pattern) return setMessage(t('optionsInvalidHost', input.trim()));
    if (isCoveredByDefaults(pattern)) return setMessage(t('optionsAlreadyDefault', siteLabel(pattern)));
    if (isWholeSuffix(pattern)) return setMessage(t('optionsWholeSuffix', siteLabel(pattern)));
    setMessage(t('optionsWaiting'));
    // No await before this call: the browser only shows its prompt inside the click's user gesture.
    api.requestSite(pattern).then(
      async (granted) => {
        setMessage(granted ? undefined : t('optionsDenied'));
        if (granted) setInput('');
        await refresh();
      },
      (error: unknown) => setMessage(String(error)),
    );
  };

  const onRemove = async (pattern: string) => {
    await api.removeSite(pattern);
    await refresh();
  };

  const onEnable = async (host: string) => {
    await api.enableSite(host);
    await refresh();
  };

  return (
    <main class="gm-options">
      <h1>{t('optionsTitle')}</h1>

      <section aria-labelledby="gm-user-sites">
        <h2 id="gm-user-sites">{t('optionsUserSites')}</h2>
        <p class="gm-help">{t('optionsUserSitesHelp')}</p>
        <form class="gm-add" onSubmit={onAdd}>
          <label>
            {t('optionsHostLabel')}
            <input
              type="text"
              data-testid="govmark-options-host"
              value={input}
              autoComplete="off"
              spellcheck={false}
              onInput={(event) => setInput(event.currentTarget.value)}
            />
          </label>
          <button type="submit" data-testid="govmark-options-add">
            {t('optionsAdd')}
          </button>
        </form>
        <p class="gm-message" role="status" aria-live="polite" data-testid="govmark-options-message">
          {message ?? ''}
        </p>
        {sites.length === 0 ? (
          <p class="gm-help">{t('optionsNoUserSites')}</p>
        ) : (
          <ul class="gm-sites" data-testid="govmark-options-sites">
            {sites.map((pattern) => (
              <li key={pattern}>
                <code>{siteLabel(pattern)}</code>
                <button type="button" data-testid="govmark-options-remove" onClick={() => onRemove(pattern)}>
                  {t('optionsRemove', siteLabel(pattern))}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="gm-disabled-sites">
        <h2 id="gm-disabled-sites">{t('optionsDisabledSites')}</h2>
        <p class="gm-help">{t('optionsDisabledHelp')}</p>
        {disabled.length === 0 ? (
          <p class="gm-help">{t('optionsNoDisabledSites')}</p>
        ) : (
          <ul class="gm-sites" data-testid="govmark-options-disabled">
            {disabled.map((host) => (
              <li key={host}>
                <code>{host}</code>
                <button type="button" data-testid="govmark-options-reenable" onClick={() => onEnable(host)}>
                  {t('optionsReEnable', host)}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section class="gm-default-sites" aria-labelledby="gm-default-sites">
        <details aria-labelledby="gm-default-sites">
          <summary id="gm-default-sites">{t('optionsDefaultSites')}</summary>
          <ul>
            {DEFAULT_SITES.map((site) => (
              <li key={site}>
                <code>{siteLabel(site)}</code>
              </li>
            ))}
          </ul>
        </details>
      </section>
    </main>
  );
}
