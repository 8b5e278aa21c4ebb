import { useEffect, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { categoryLabel } from '../../utils/present-target';
import { CATEGORIES, type Category, type CategoryCounts, type CategoryVisibility } from '../../utils/protocol-content';

export interface LegendProps {
  counts: CategoryCounts;
  visible: CategoryVisibility;
  /** e.g. "第08版，上接07版，下转09版"; empty when the page is not part of a printing. */
  pages: string;
  onToggle(category: Category, visible: boolean): void;
  onSiteOff(): void;
  /** How many of the reader's notes are placed on the page, when known: the 批注 entry shows it. */
  notes?: number;
  /** Shown as its title bar only: where the page leaves no room for more (legend-place.ts); the reader may open it. */
  collapsed?: boolean;
}

/** The floating legend's content: counts and a show/hide box per category, and "在此网站关闭". */
export default function Legend({ counts, visible, pages, onToggle, onSiteOff, notes, collapsed }: LegendProps) {
  const [open, setOpen] = useState(!collapsed);
  useEffect(() => setOpen(!collapsed), [collapsed]);
  const total = CATEGORIES.reduce((n, c) => n + counts[c], 0);
  return (
    <section class="legend" aria-label={t('legendTitle')} data-testid="govmark-legend">
      <button
        type="button"
        class="head"
        aria-expanded={open}
        data-testid="govmark-legend-collapse"
        onClick={() => setOpen(!open)}
      >
        <span class="logo">GovMark</span>
        {!open && <span class="total">{total}</span>}
        <span aria-hidden="true">{open ? '▾' : '▸'}</span>
      </button>
      {open && (
        <div class="body">
          {pages && (
            <p class="pages" data-testid="govmark-legend-pages">
              {pages}
            </p>
          )}
          <ul
            data-testid="govmark-legend-counts"
            data-goal={counts.goal}
            data-past={counts.past}
            data-other={counts.other}
            data-agency={counts.agency}
          >
            {CATEGORIES.map((c) => (
              <li key={c}>
                <label>
                  <input
                    type="checkbox"
                    data-testid={`govmark-legend-toggle-${c}`}
                    checked={visible[c]}
                    onChange={(e) => onToggle(c, e.currentTarget.checked)}
                  />
                  <span class={`swatch ${c}`} aria-hidden="true" />
                  <span class="label">{categoryLabel(c)}</span>
                  <span class="count" data-category={c}>
                    {counts[c]}
                  </span>
                </label>
              </li>
            ))}
            {/* Notes are not a category to hide: the entry says which colour they wear on the page. */}
            <li class="notes-entry" data-testid="govmark-legend-notes">
              <span class="swatch note" aria-hidden="true" />
              <span class="label">{t('legendNotes')}</span>
              {notes !== undefined && <span class="count">{notes}</span>}
            </li>
          </ul>
          <button type="button" class="off" data-testid="govmark-legend-off" onClick={onSiteOff}>
            {t('legendSiteOff')}
          </button>
        </div>
      )}
    </section>
  );
}
