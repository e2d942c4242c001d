import type { ContextPack } from '../../core/pack/schema';
import { t } from '../../utils/i18n';
import { FieldError, type FieldErrors } from './field-error';
import { withEntityText } from './review-edits';

export interface SpeakerFieldsProps {
  /** The pack as edited. */
  pack: ContextPack;
  /** Quotations the reader left out: their speakers are not listed unless another quotation is theirs. */
  removed: ReadonlySet<string>;
  /** What is wrong, by field id (`speaker-<entity id>`). */
  errors: FieldErrors;
  /** Applies one change to the pack. */
  onEdit: (change: (p: ContextPack) => ContextPack) => void;
}

/** The people and organisations quoted, with their names and roles editable (every quotation of theirs follows). */
export function SpeakerFields({ pack, removed, errors, onEdit }: SpeakerFieldsProps) {
  const quoted = new Set(pack.quotes.flatMap((q) => (removed.has(q.id) || q.source.kind === 'unidentified' ? [] : [q.source.entityId])));
  const list = pack.entities.filter((e) => quoted.has(e.id));
  if (list.length === 0) return null;
  return (
    <section class="cc-options-section" aria-labelledby="review-speakers-h">
      <h2 id="review-speakers-h">{t('review_speakersHeading')}</h2>
      <p class="cc-help">{t('review_speakersHelp')}</p>
      {list.map((entity, i) => {
        const id = `review-speaker-${i}`;
        const error = errors[`speaker-${entity.id}`];
        return (
          <fieldset key={entity.id} class="cc-author" data-entity-id={entity.id}>
            <legend dir="auto">{entity.name || t('review_unnamed')}</legend>
            <div class="cc-inline">
              <span>
                <label for={`${id}-name`}>{t('review_speakerName')}</label>
                <input id={`${id}-name`} type="text" dir="auto" value={entity.name} aria-invalid={error ? 'true' : undefined} aria-describedby={error ? `${id}-error` : undefined} onInput={(e) => onEdit((p) => withEntityText(p, entity.id, 'name', e.currentTarget.value))} />
              </span>
              <span>
                <label for={`${id}-role`}>{t('review_speakerRole')}</label>
                <input id={`${id}-role`} type="text" dir="auto" value={entity.role ?? ''} onInput={(e) => onEdit((p) => withEntityText(p, entity.id, 'role', e.currentTarget.value))} />
              </span>
            </div>
            <FieldError id={`${id}-error`} message={error} />
          </fieldset>
        );
      })}
    </section>
  );
}
