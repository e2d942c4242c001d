import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { CopyPayload } from '../../utils/clipboard';

/** One form of a style (reference entry, in-text, note...) with the exact strings a copy writes. */
export interface CitationForm {
  id: string;
  /** The form's name for the chooser ("Reference entry"). */
  name: string;
  /** What the clipboard receives: plain text, and rich text when the style uses italics. */
  payload: CopyPayload;
}

/** A citation style with its forms, ready before the user clicks. */
export interface CitationChoice {
  id: string;
  /** The style's own name ("APA 7", "MLA 9"). */
  name: string;
  /** The citation's language (the style's, never the UI's). */
  lang?: string;
  /** At least one form; the first is the default. */
  forms: CitationForm[];
}

export interface CitationPanelProps {
  /** Every style, each with its formatted forms. */
  choices: readonly CitationChoice[];
  /** The style chosen at first (the user's default citation style). */
  defaultStyle: string;
  /** Copies the chosen form; `what` names it for the "Copied" message. */
  onCopy: (payload: CopyPayload, what: string) => void;
}

/** Choose a style by its name (and a form when it has several), see exactly what will be copied, copy it. */
export function CitationPanel({ choices, defaultStyle, onCopy }: CitationPanelProps) {
  const [styleId, setStyleId] = useState(choices.some((c) => c.id === defaultStyle) ? defaultStyle : choices[0]?.id);
  const [formId, setFormId] = useState<string | undefined>(undefined);
  const style = choices.find((c) => c.id === styleId);
  if (!style) return null;
  const form = style.forms.find((f) => f.id === formId) ?? style.forms[0]!;
  return (
    <section class="cc-popup-section cc-cite" aria-labelledby="popup-cite">
      <h2 id="popup-cite" class="cc-popup-h2">
        {t('popup_citeHeading')}
      </h2>
      <div class="cc-field-row">
        <label for="popup-cite-style">{t('popup_citeStyle')}</label>
        <select
          id="popup-cite-style"
          value={style.id}
          onChange={(e) => {
            setStyleId(e.currentTarget.value);
            setFormId(undefined);
          }}
        >
          {choices.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      {style.forms.length > 1 && (
        <div class="cc-field-row">
          <label for="popup-cite-form">{t('popup_citeForm')}</label>
          <select id="popup-cite-form" value={form.id} onChange={(e) => setFormId(e.currentTarget.value)}>
            {style.forms.map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <p class="cc-label" id="popup-cite-preview-label">
        {t('popup_citePreview')}
      </p>
      {/* The preview is the plain text exactly as copied; citations keep the style's language. */}
      <output class="cc-cite-preview" aria-labelledby="popup-cite-preview-label" lang={style.lang ?? "en"}>
        {form.payload.text}
      </output>
      <button type="button" class="cc-button cc-primary" onClick={() => onCopy(form.payload, style.forms.length > 1 ? `${style.name}, ${form.name}` : style.name)}>
        {t('popup_copyCitation')}
      </button>
    </section>
  );
}
