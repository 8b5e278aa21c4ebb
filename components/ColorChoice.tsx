import { useId } from 'preact/hooks';
import { NOTE_COLORS, type NoteColor } from '../storage/types';
import { t } from '../utils/i18n';
import { NOTE_COLOR_LABEL, NOTE_RGB } from './note-colors';

export interface ColorChoiceProps {
  value: NoteColor;
  onChange: (color: NoteColor) => void;
  testId?: string;
}

/** The note colours as a labelled radio group (arrow keys move between them). */
export default function ColorChoice({ value, onChange, testId }: ColorChoiceProps) {
  const name = useId();
  return (
    <fieldset class="gm-colors" data-testid={testId}>
      <legend>{t('noteColor')}</legend>
      {NOTE_COLORS.map((color) => (
        <label key={color} class="gm-color" title={t(NOTE_COLOR_LABEL[color])}>
          <input
            type="radio"
            name={name}
            value={color}
            checked={value === color}
            data-testid={testId ? `${testId}-${color}` : undefined}
            onChange={() => onChange(color)}
          />
          <span class="gm-color-swatch" style={{ background: `rgb(${NOTE_RGB[color]})` }} aria-hidden="true" />
          <span class="gm-sr">{t(NOTE_COLOR_LABEL[color])}</span>
        </label>
      ))}
    </fieldset>
  );
}
