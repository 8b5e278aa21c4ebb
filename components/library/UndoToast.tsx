import { useEffect, useRef } from 'preact/hooks';
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
  const undo = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const timer = setTimeout(onDismiss, timeout);
    return () => clearTimeout(timer);
  }, [message, onDismiss, timeout]);
  // The deleted card held the keyboard, and is gone: the offer to undo takes it, one Enter away.
  useEffect(() => {
    const active = document.activeElement;
    if (active === null || active === document.body) undo.current?.focus();
  }, []);

  return (
    <div
      class={top === undefined ? 'gm-toast' : 'gm-toast gm-toast-at'}
      role="status"
      data-testid="govmark-undo-toast"
      // Kept inside the window whatever the row's place was.
      style={top === undefined ? undefined : { top: `clamp(0.5rem, ${Math.round(top)}px, calc(100vh - 3.5rem))` }}
    >
      <span>{message}</span>
      <button type="button" data-testid="govmark-undo" ref={undo} onClick={onUndo}>
        {t('libraryUndo')}
      </button>
    </div>
  );
}
