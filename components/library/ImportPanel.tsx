import { useState } from 'preact/hooks';
import type { PreparedImport } from '../../entrypoints/library/prepare-import';
import type { ImportResult } from '../../storage/annotations';
import { type ImportText, importSizeError, importText } from '../../storage/import-text';
import type { ImportPlan } from '../../storage/plan-import';
import { t } from '../../utils/i18n';

export interface ImportPanelProps {
  /** Validates the file and plans the merge; writes nothing. */
  prepare(text: string): Promise<PreparedImport>;
  /** Writes the plan in one transaction. */
  apply(plan: ImportPlan): Promise<ImportResult>;
}

type State =
  | { phase: 'idle' }
  | { phase: 'reading' }
  | { phase: 'error'; message: string }
  | { phase: 'planned'; plan: ImportPlan }
  | { phase: 'writing'; plan: ImportPlan }
  | ({ phase: 'done' } & ImportResult);

/** Choose a file → validated and summarised → written only after "confirm". */
export default function ImportPanel({ prepare, apply }: ImportPanelProps) {
  const [state, setState] = useState<State>({ phase: 'idle' });

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setState({ phase: 'reading' });
    try {
      // A file too large is refused by its size: reading it whole first could take the tab's memory.
      const refused = importSizeError(file.size);
      const read: ImportText =
        refused === undefined ? importText(new Uint8Array(await file.arrayBuffer())) : { ok: false, error: refused };
      const prepared = read.ok ? await prepare(read.text) : read;
      setState(prepared.ok ? { phase: 'planned', plan: prepared.plan } : { phase: 'error', message: prepared.error });
    } catch (error) {
      setState({ phase: 'error', message: String(error) });
    }
    // The same file can be chosen again (e.g. after fixing it).
    input.value = '';
  };

  const onConfirm = async (plan: ImportPlan) => {
    setState({ phase: 'writing', plan });
    try {
      setState({ phase: 'done', ...(await apply(plan)) });
    } catch (error) {
      setState({ phase: 'error', message: t('libraryImportFailed', String(error)) });
    }
  };

  const writes = (plan: ImportPlan) => plan.add.length + plan.update.length > 0;

  return (
    <div class="gm-import">
      <label>
        {t('libraryImportChoose')}
        <input
          type="file"
          accept=".json,application/json"
          data-testid="govmark-import"
          onChange={(event) => void onFile(event.currentTarget)}
        />
      </label>
      <div aria-live="polite">
        {state.phase === 'reading' && <p class="gm-help">{t('libraryImportReading')}</p>}
        {state.phase === 'error' && (
          <p class="gm-message" role="alert" data-testid="govmark-import-error">
            {t('libraryImportError', state.message)}
          </p>
        )}
        {(state.phase === 'planned' || state.phase === 'writing') && (
          <div class="gm-import-plan">
            <p data-testid="govmark-import-summary">{state.plan.summary}</p>
            {writes(state.plan) && (
              <button
                type="button"
                class="gm-primary"
                data-testid="govmark-import-confirm"
                disabled={state.phase === 'writing'}
                onClick={() => void onConfirm(state.plan)}
              >
                {t('libraryImportConfirm')}
              </button>
            )}
            <button type="button" data-testid="govmark-import-cancel" onClick={() => setState({ phase: 'idle' })}>
              {writes(state.plan) ? t('libraryCancel') : t('libraryClose')}
            </button>
          </div>
        )}
        {state.phase === 'done' && (
          <p data-testid="govmark-import-result">
            {t('libraryImportDone', [String(state.added), String(state.updated)])}
            {state.keptLocal.length > 0 && (
              <span data-testid="govmark-import-kept-local">
                {' '}
                {t('libraryImportKeptLocal', String(state.keptLocal.length))}
              </span>
            )}
          </p>
        )}
      </div>
    </div>
  );
}
