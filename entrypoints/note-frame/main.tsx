import { render } from 'preact';
import { requestPersistenceAfterFirstNote } from '../../storage/persist-after-first-note';
import { uiLanguage } from '../../utils/i18n';
import { sendMessage } from '../../utils/messaging';
import { trustedOnly } from '../../utils/trusted-only';
import { awaitPort } from './await-port';
import { backgroundFrameData } from './frame-data';
import NoteFrameApp from './NoteFrameApp';

document.documentElement.lang = uiLanguage();
const token = location.hash.slice(1);
// Blank and idle until our content script hands over the channel with the token the background knows from
// it (a copy of this frame that a page loaded, with a token of its own, gets nothing).
void awaitPort(window, token).then(async (port) => {
  if (!(await sendMessage('noteFrame:check', { token }).catch(() => false))) return;
  trustedOnly(document);
  void requestPersistenceAfterFirstNote();
  render(<NoteFrameApp port={port} data={backgroundFrameData()} />, document.getElementById('app') as HTMLElement);
});
