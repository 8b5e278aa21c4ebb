import { useEffect } from 'preact/hooks';
import { t } from '../../utils/i18n';

export interface UndoToastProps {
  message: string;
  onUndo(): void;
  /** Called when the time to undo has passed. */
  onDismiss(): void;
  /** Milliseconds the undo button stays. */
  timeout?: number;
}

/** "已删除 · 撤销" for a few seconds after a delete; a new delete restarts the time. */
export default function UndoToast({ message, onUndo, onDismiss, timeout = 6000 }: UndoToastProps) {
  useEffect(() => {
    const timer = setTimeout(onDismiss, timeout);
    return () => clearTimeout(timer);
  }, [message, onDismiss, timeout]);

  return (
    <div class="gm-toast" role="status" data-testid="govmark-undo-toast">
      <span>{message}</span>
      <button type="button" data-testid="govmark-undo" onClick={onUndo}>
        {t('libraryUndo')}
      </button>
    </div>
  );
}
