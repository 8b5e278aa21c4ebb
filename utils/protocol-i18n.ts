/** UI strings looked up by the background for a content script (utils/i18n.ts's learnMessages). */
export type I18nProtocol = {
  /** The messages of these keys in the browser's language; unknown keys are left out. */
  uiMessages(keys: string[]): Record<string, string>;
};
