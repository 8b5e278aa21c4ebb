import { useEffect, useRef, useState } from 'preact/hooks';
import type { AnnotationExportKind } from '../../entrypoints/library/export-request';
import { t } from '../../utils/i18n';
import { countOf } from '../../utils/plural';

export type ExportScope = 'filtered' | 'all';

export interface ExportButtonsProps {
  filteredCount: number;
  totalCount: number;
  /** Whether a filter or search narrows the list (then the reader may choose between it and everything). */
  narrowed: boolean;
  disabled?: boolean;
  /** The format the popup asked for: shown first and focused. */
  requested?: AnnotationExportKind;
  onExport(kind: AnnotationExportKind, scope: ExportScope): void;
}

const KINDS: { kind: AnnotationExportKind; label: string; help: string }[] = [
  { kind: 'csv', label: 'libraryExportCsv', help: 'libraryExportCsvHelp' },
  { kind: 'md', label: 'libraryExportMd', help: 'libraryExportMdHelp' },
  { kind: 'json', label: 'libraryExportJson', help: 'libraryExportJsonHelp' },
];

/** CSV, Markdown and JSON export of the current filter or of everything. */
export default function ExportButtons(props: ExportButtonsProps) {
  const { filteredCount, totalCount, narrowed, disabled, requested, onExport } = props;
  const [scope, setScope] = useState<ExportScope>('filtered');
  const effective: ExportScope = narrowed ? scope : 'all';
  const count = effective === 'all' ? totalCount : filteredCount;
  const kinds = [...KINDS.filter((k) => k.kind === requested), ...KINDS.filter((k) => k.kind !== requested)];
  const off = disabled || count === 0;
  // Focused once it can be pressed: the button is disabled while the annotations load, and the browser's
  // autofocus gives up on a disabled button and never comes back to it.
  const requestedButton = useRef<HTMLButtonElement>(null);
  const focused = useRef(false);
  useEffect(() => {
    if (!requested || off || focused.current) return;
    focused.current = true;
    requestedButton.current?.focus();
  }, [requested, off]);
  return (
    <div class={`gm-export${requested ? ' gm-export-requested' : ''}`}>
      {narrowed && (
        <label>
          {t('libraryExportScope')}
          <select
            data-testid="govmark-export-scope"
            value={scope}
            onChange={(event) => setScope(event.currentTarget.value as ExportScope)}
          >
            <option value="filtered">{t('libraryExportFiltered', String(filteredCount))}</option>
            <option value="all">{t('libraryExportAll', String(totalCount))}</option>
          </select>
        </label>
      )}
      <div class="gm-actions">
        {kinds.map(({ kind, label, help }) => (
          <button
            key={kind}
            type="button"
            class={kind === requested ? 'gm-primary' : undefined}
            data-testid={`govmark-export-${kind}`}
            title={t(help)}
            disabled={off}
            ref={kind === requested ? requestedButton : undefined}
            onClick={() => onExport(kind, effective)}
          >
            {t(label)}
          </button>
        ))}
      </div>
      <p class="gm-help">{t('libraryExportCount', countOf(count, 'countAnnotations'))}</p>
    </div>
  );
}
