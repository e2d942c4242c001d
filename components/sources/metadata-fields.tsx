import type { ContextPack } from '../../core/pack/schema';
import { t, type MessageKey } from '../../utils/i18n';
import { authorFields, withAuthors, withSourceDay, withSourceText, type AuthorField } from './review-edits';
import { FieldError, type FieldErrors } from './field-error';

export interface MetadataFieldsProps {
  /** The pack as edited. */
  pack: ContextPack;
  /** What is wrong, by field id. */
  errors: FieldErrors;
  /** Applies one change to the pack. */
  onEdit: (change: (p: ContextPack) => ContextPack) => void;
}

const ORIGIN_KEYS: Record<string, MessageKey> = {
  url: 'review_fromUrl',
  'page-metadata': 'review_fromPageMetadata',
  'structured-data': 'review_fromStructuredData',
  byline: 'review_fromByline',
  text: 'review_fromText',
  curator: 'review_fromCurator',
  reader: 'review_fromReader',
};

function TextField({ id, label, value, errors, onInput }: { id: string; label: string; value: string; errors: FieldErrors; onInput: (value: string) => void }) {
  const error = errors[id.replace(/^review-/, '')];
  return (
    <div class="cc-field">
      <label for={id}>{label}</label>
      <input id={id} type="text" value={value} dir="auto" aria-invalid={error ? 'true' : undefined} aria-describedby={error ? `${id}-error` : undefined} onInput={(e) => onInput(e.currentTarget.value)} />
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

function DayField({ field, value, from, errors, onEdit }: { field: 'published' | 'updated'; value: string; from?: string; errors: FieldErrors } & Pick<MetadataFieldsProps, 'onEdit'>) {
  const id = `review-${field}`;
  const error = errors[field];
  const origin = from ? ORIGIN_KEYS[from] : undefined;
  return (
    <div class="cc-field">
      <label for={id}>{t(field === 'published' ? 'review_published' : 'review_updated')}</label>
      <input id={id} type="date" value={value} aria-invalid={error ? 'true' : undefined} aria-describedby={`${id}-help${error ? ` ${id}-error` : ''}`} onInput={(e) => onEdit((p) => withSourceDay(p, field, e.currentTarget.value))} />
      <p id={`${id}-help`} class="cc-help">
        {value ? (origin ? t(origin) : '') : t('review_noDate')}
      </p>
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

function AuthorRow({ author, index, errors, onChange, onRemove }: { author: AuthorField; index: number; errors: FieldErrors; onChange: (a: AuthorField) => void; onRemove: () => void }) {
  const id = `review-author-${index}`;
  const error = errors[`author-${index}`];
  const n = String(index + 1);
  return (
    <fieldset class="cc-author" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{t(author.kind === 'person' ? 'review_authorPerson' : 'review_authorOrganisation', [n])}</legend>
      {author.kind === 'person' ? (
        <div class="cc-inline">
          <span>
            <label for={`${id}-given`}>{t('review_givenName')}</label>
            <input id={`${id}-given`} type="text" dir="auto" value={author.given} onInput={(e) => onChange({ ...author, given: e.currentTarget.value })} />
          </span>
          <span>
            <label for={`${id}-family`}>{t('review_familyName')}</label>
            <input id={`${id}-family`} type="text" dir="auto" value={author.family} aria-invalid={error ? 'true' : undefined} onInput={(e) => onChange({ ...author, family: e.currentTarget.value })} />
          </span>
        </div>
      ) : (
        <span>
          <label for={`${id}-name`}>{t('review_organisationName')}</label>
          <input id={`${id}-name`} type="text" dir="auto" value={author.name} aria-invalid={error ? 'true' : undefined} onInput={(e) => onChange({ ...author, name: e.currentTarget.value })} />
        </span>
      )}
      <button type="button" class="cc-button cc-small" onClick={onRemove}>
        {t('review_removeAuthor', [n])}
      </button>
      <FieldError id={`${id}-error`} message={error} />
    </fieldset>
  );
}

/** The metadata a citation needs, each field editable: title, authors, dates, site and publisher. */
export function MetadataFields({ pack, errors, onEdit }: MetadataFieldsProps) {
  const authors = authorFields(pack);
  const setAuthors = (next: AuthorField[]) => onEdit((p) => withAuthors(p, next));
  const source = pack.source;
  return (
    <section class="cc-options-section" aria-labelledby="review-metadata-h">
      <h2 id="review-metadata-h">{t('review_metadataHeading')}</h2>
      <TextField id="review-title" label={t('review_title')} value={source.title} errors={errors} onInput={(value) => onEdit((p) => withSourceText(p, 'title', value))} />
      <div class="cc-field" role="group" aria-labelledby="review-authors-h">
        <h3 id="review-authors-h" class="cc-field-h">
          {t('review_authors')}
        </h3>
        {authors.length === 0 && <p class="cc-help">{t('review_noAuthors')}</p>}
        {authors.map((author, i) => (
          <AuthorRow
            key={i}
            author={author}
            index={i}
            errors={errors}
            onChange={(a) => setAuthors(authors.map((x, j) => (j === i ? a : x)))}
            onRemove={() => setAuthors(authors.filter((_, j) => j !== i))}
          />
        ))}
        <p class="cc-inline">
          <button type="button" class="cc-button" onClick={() => setAuthors([...authors, { kind: 'person', given: '', family: '' }])}>
            {t('review_addPerson')}
          </button>
          <button type="button" class="cc-button" onClick={() => setAuthors([...authors, { kind: 'organisation', name: '' }])}>
            {t('review_addOrganisation')}
          </button>
        </p>
      </div>
      <DayField field="published" value={source.published ?? ''} {...(source.publishedFrom ? { from: source.publishedFrom } : {})} errors={errors} onEdit={onEdit} />
      <DayField field="updated" value={source.updated?.value ?? ''} {...(source.updated?.from ? { from: source.updated.from } : {})} errors={errors} onEdit={onEdit} />
      <TextField id="review-containerTitle" label={t('review_site')} value={source.containerTitle ?? ''} errors={errors} onInput={(value) => onEdit((p) => withSourceText(p, 'containerTitle', value))} />
      <TextField id="review-publisher" label={t('review_publisher')} value={source.publisher} errors={errors} onInput={(value) => onEdit((p) => withSourceText(p, 'publisher', value))} />
    </section>
  );
}
