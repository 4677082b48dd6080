/**
 * Style and language pickers and Regenerate. Native selects styled like Crayons' (FwSelect alone would add about
 * 1.6 MB to the bundle; see crayons.tsx).
 */
import { useId, useState } from 'react';
import { languageOptions, styleOptions, type Option } from '../view-models/draft';
import { Button } from './crayons';

function Picker({ label, value, options, onChange, name }: { label: string; value: string; options: Option[]; onChange(v: string): void; name: string }) {
  const id = useId();
  return (
    <div className="sb-picker">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export interface RegenerateProps {
  style: string;
  language: string;
  busy: boolean;
  /** "Regenerate" for an existing draft, "Draft a reply" when there is none. */
  label: string;
  onRegenerate(style: string, language: string): void;
}

export function RegenerateForm({ style: initialStyle, language: initialLanguage, busy, label, onRegenerate }: RegenerateProps) {
  const [style, setStyle] = useState(initialStyle);
  const [language, setLanguage] = useState(initialLanguage);
  return (
    <div className="sb-regenerate">
      <div className="sb-pickers">
        <Picker name="style" label="Style" value={style} options={styleOptions(style)} onChange={setStyle} />
        <Picker name="language" label="Language" value={language} options={languageOptions(language)} onChange={setLanguage} />
      </div>
      <Button color="secondary" size="small" data-action="regenerate" loading={busy} disabled={busy} onFwClick={() => onRegenerate(style, language)}>
        {label}
      </Button>
    </div>
  );
}
