import { render } from 'preact';
import { requestPersistenceAfterFirstNote } from '../../storage/persist-after-first-note';
import { t, uiLanguage } from '../../utils/i18n';
import { applyPalette } from '../../utils/palette';
import App from './App';

document.documentElement.lang = uiLanguage();
applyPalette();
document.title = t('optionsTitle');
// Once the reader has notes, ask that the browser never evicts them (the worker cannot ask).
void requestPersistenceAfterFirstNote();
render(<App />, document.getElementById('app') as HTMLElement);
