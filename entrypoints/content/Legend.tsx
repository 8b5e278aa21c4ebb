import { useState } from 'preact/hooks';
import { CATEGORIES, type Category, type CategoryCounts, type CategoryVisibility } from '../../utils/protocol-content';

export const CATEGORY_LABELS: Record<Category, string> = {
  goal: '目标·今年',
  past: '已完成',
  other: '其他',
  agency: '单位',
};

export interface LegendProps {
  counts: CategoryCounts;
  visible: CategoryVisibility;
  /** e.g. "第08版，上接07版，下转09版"; empty when the page is not part of a printing. */
  pages: string;
  onToggle(category: Category, visible: boolean): void;
  onSiteOff(): void;
}

/** The floating legend's content: counts and a show/hide box per category, and "在此网站关闭". */
export default function Legend({ counts, visible, pages, onToggle, onSiteOff }: LegendProps) {
  const [open, setOpen] = useState(true);
  const total = CATEGORIES.reduce((n, c) => n + counts[c], 0);
  return (
    <section class="legend" aria-label="GovMark">
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
                  <span class="label">{CATEGORY_LABELS[c]}</span>
                  <span class="count" data-category={c}>
                    {counts[c]}
                  </span>
                </label>
              </li>
            ))}
          </ul>
          <button type="button" class="off" data-testid="govmark-legend-off" onClick={onSiteOff}>
            在此网站关闭
          </button>
        </div>
      )}
    </section>
  );
}
