import { render } from 'preact';
import { db } from '../../storage/db';
import { requestPersistence } from '../../storage/persist';
import { t, uiLanguage } from '../../utils/i18n';
import { announceOwnWrites } from '../../utils/notes-changed';
import { applyPalette } from '../../utils/palette';
import App from './App';

document.documentElement.lang = uiLanguage();
applyPalette();
document.title = t('libraryTitle');
// The notes are the reader's own data: ask once that the browser never evicts them (issue 4).
void requestPersistence();
// Edits, deletes, undo and imports here reach the open pages and the popup (the notes:changed signal).
announceOwnWrites(db);
render(<App />, document.getElementById('app') as HTMLElement);
