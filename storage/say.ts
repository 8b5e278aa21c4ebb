import { t } from '../utils/i18n';

/** A reason in the reader's language, worded when a file is checked (valibot calls message functions then). */
export const say =
  (key: string, ...substitutions: (string | number)[]) =>
  () =>
    t(key, substitutions.map(String));
/** "the title is longer than 1000 characters": `what` is a field's message key (fieldTitle…). */
export const tooLong = (what: string, max: number) => () => t('fieldTooLong', [t(what), String(max)]);
