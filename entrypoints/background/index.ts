import { defineBackground } from 'wxt/utils/define-background';
import { registerActivation } from './activation';
import { registerAnalyzeText } from './analyze-text';
import { registerIndicatorMessages } from './indicator-messages';
import { registerMessageHandlers } from './messages';
import { registerNoteFrameTokens } from './note-frame-tokens';
import { registerNotesChanged } from './notes-changed';
import { registerNotesMenu } from './notes-menu';
import { registerUiMessages } from './ui-messages';

export default defineBackground(() => {
  registerMessageHandlers();
  registerIndicatorMessages();
  registerActivation();
  registerAnalyzeText();
  registerNotesMenu();
  registerNotesChanged();
  registerNoteFrameTokens();
  registerUiMessages();
});
