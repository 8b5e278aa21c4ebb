import { defineBackground } from 'wxt/utils/define-background';
import { registerActivation } from './activation';
import { registerMessageHandlers } from './messages';

export default defineBackground(() => {
  registerMessageHandlers();
  registerActivation();
});
