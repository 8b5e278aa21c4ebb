import { t } from '../utils/i18n';
import { categoryLabel } from '../utils/present-target';
import { CATEGORIES, type Category, type CategoryCounts, type CategoryVisibility } from '../utils/protocol-content';

export interface CategoryTogglesProps {
  counts: CategoryCounts;
  visible: CategoryVisibility;
  disabled?: boolean;
  onToggle: (category: Category, visible: boolean) => void;
}

/** One labelled checkbox per highlight category, with its count: the popup's twin of the page legend. */
export default function CategoryToggles({ counts, visible, disabled, onToggle }: CategoryTogglesProps) {
  return (
    <fieldset class="gm-toggles" data-testid="govmark-popup-counts">
      <legend>{t('popupShow')}</legend>
      {CATEGORIES.map((category) => (
        <label key={category} class={`gm-toggle gm-toggle-${category}`}>
          <input
            type="checkbox"
            data-testid={`govmark-popup-toggle-${category}`}
            checked={visible[category]}
            disabled={disabled}
            onChange={(event) => onToggle(category, event.currentTarget.checked)}
          />
          <span class={`gm-swatch gm-swatch-${category}`} aria-hidden="true" />
          <span class="gm-toggle-name">{categoryLabel(category)}</span>
          <span class="gm-count" data-testid={`govmark-popup-count-${category}`}>
            {counts[category]}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
