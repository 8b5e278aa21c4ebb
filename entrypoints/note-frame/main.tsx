import { render } from 'preact';
import { requestPersistenceAfterFirstNote } from '../../storage/persist-after-first-note';
import { t } from '../../utils/i18n';
import { trustedOnly } from '../../utils/trusted-only';
import { awaitPort } from './await-port';
import { backgroundFrameData } from './frame-data';
import NoteFrameApp from './NoteFrameApp';

document.documentElement.lang = t('@@ui_locale').replace('_', '-');
// Blank and idle until our content script hands over the channel (a page embedding this frame gets nothing).
void awaitPort(window, location.hash.slice(1)).then((port) => {
  trustedOnly(document);
  void requestPersistenceAfterFirstNote();
  render(<NoteFrameApp port={port} data={backgroundFrameData()} />, document.getElementById('app') as HTMLElement);
});
