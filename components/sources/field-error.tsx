/** What is wrong with each form field, by field id (`title`, `author-0`, `published`, `speaker-<id>`). */
export type FieldErrors = Readonly<Record<string, string | undefined>>;

/** A field's error, tied to the field by `id` (aria-describedby); nothing when the field is fine. */
export function FieldError({ id, message }: { /** The id the field's aria-describedby names. */ id: string; /** The error, if any. */ message: string | undefined }) {
  return message ? (
    <p id={id} class="cc-error">
      {message}
    </p>
  ) : null;
}
