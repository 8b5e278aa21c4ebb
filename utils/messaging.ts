import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ActivationProtocol } from './protocol-activation';
import type { AnalysisProtocol } from './protocol-analysis';
import type { ContentProtocol } from './protocol-content';
import type { I18nProtocol } from './protocol-i18n';
import type { IndicatorsProtocol } from './protocol-indicators';
import type { NoteFrameProtocol } from './protocol-note-frame';
import type { PageNotesProtocol } from './protocol-notes';
import type { StorageProtocol } from './protocol-storage';

/**
 * The one typed protocol for every runtime message. Each area declares its messages in its own
 * protocol-*.ts file; handlers validate their payloads before acting.
 */
export interface ProtocolMap
  extends ActivationProtocol,
    AnalysisProtocol,
    ContentProtocol,
    I18nProtocol,
    IndicatorsProtocol,
    NoteFrameProtocol,
    PageNotesProtocol,
    StorageProtocol {}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
