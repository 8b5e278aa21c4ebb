import { defineBackground } from 'wxt/utils/define-background';
import { registerActivation } from './activation';
import { registerMessageHandlers } from './messages';
import { registerNotesMenu } from './notes-menu';

export default defineBackground(() => {
  registerMessageHandlers();
  registerActivation();
  registerNotesMenu();
});
