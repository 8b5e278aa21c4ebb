import type { StorageProtocol } from '../utils/protocol-storage';

/**
 * Who sent a storage message, as the background established it from the browser's own `sender` (never
 * from the payload). `extension`: one of GovMark's own pages (popup, library, options). `page`: a content
 * script, which may touch only the notes of its own tab's page (`url`, normalised). `frame`: GovMark's note
 * frame inside a page, scoped like that page's content script but allowed the tag suggestions.
 */
export type SenderScope = { role: 'extension' } | { role: 'page' | 'frame'; url: string };

export const EXTENSION_SCOPE: SenderScope = { role: 'extension' };

/** What a content script (or the note frame) may ask; everything else is for the extension's own pages. */
export const PAGE_MESSAGES: ReadonlySet<keyof StorageProtocol> = new Set<keyof StorageProtocol>([
  'notes:listForUrl',
  'notes:add',
  'notes:update',
  'notes:follow',
  'notes:delete',
  'pages:recordReport',
]);

/** What only the note frame may ask besides: tag suggestions, which never reach the page's own process. */
export const FRAME_MESSAGES: ReadonlySet<keyof StorageProtocol> = new Set<keyof StorageProtocol>(['tags:all']);

/** Whether a sender in this scope may send this message at all (the handlers then narrow it to its page). */
export function mayCall(scope: SenderScope, name: keyof StorageProtocol): boolean {
  return scope.role === 'extension' || PAGE_MESSAGES.has(name) || (scope.role === 'frame' && FRAME_MESSAGES.has(name));
}
