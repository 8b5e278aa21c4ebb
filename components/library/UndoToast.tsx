import { useEffect } from 'preact/hooks';
import { t } from '../../utils/i18n';

export interface UndoToastProps {
  message: string;
  onUndo(): void;
  /** Called when the time to undo has passed. */
  onDismiss(): void;
  /** Milliseconds the undo button stays. */
  timeout?: number;
  /** Where the deleted row was (viewport px): the offer shows there; at the bottom when unknown. */
  top?: number;
}

/** "已删除 · 撤销" for a few seconds after a delete; a new delete restarts the time. */
export default function UndoToast({ message, onUndo, onDismiss, timeout = 6000, top }: UndoToastProps) {
  useEffect(() => {
    const timer = setTimeout(onDismiss, timeout);
    return () => clearTimeout(timer);
  }, [message, onDismiss, timeout]);

  return (
    <div
      class={top === undefined ? 'gm-toast' : 'gm-toast gm-toast-at'}
      role="status"
      data-testid="govmark-undo-toast"
      // Kept inside the window whatever the row's place was.
      style={top === undefined ? undefined : { top: `clamp(0.5rem, ${Math.round(top)}px, calc(100vh - 3.5rem))` }}
    >
      <span>{message}</span>
      <button type="button" data-testid="govmark-undo" onClick={onUndo}>
        {t('libraryUndo')}
      </button>
    </div>
  );
}
