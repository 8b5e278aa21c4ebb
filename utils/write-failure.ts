import { t } from './i18n';

/**
 * Why a write failed, in words the reader can act on: a full disk (QuotaExceededError, also as Dexie
 * wraps it) says so; a stopped worker or any other reason gives its message.
 */
export function writeFailure(error: unknown): string {
  const name = (error as { name?: string; inner?: { name?: string } } | null)?.name ?? '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if (/QuotaExceeded/.test(name) || /QuotaExceeded/.test(inner) || /QuotaExceeded/.test(String(error))) {
    return t('storageFull');
  }
  return error instanceof Error ? error.message : String(error);
}
