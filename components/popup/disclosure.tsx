import type { ComponentChildren } from 'preact';

export interface DisclosureProps {
  /** The section's id; its summary line (the heading) is `${id}-h`. */
  id: string;
  /** The heading, shown on the summary line. */
  title: string;
  /** Open at first (the full-context tab opens every section). */
  open?: boolean;
  children: ComponentChildren;
}

/** A section the reader opens: native <details>, so keyboard and screen readers know it as expandable. */
export function Disclosure({ id, title, open = false, children }: DisclosureProps) {
  return (
    <details class="cc-popup-section cc-disclosure" id={id} open={open}>
      <summary>
        {/* HTML allows one heading in a summary: the section keeps its place in the heading outline. */}
        <h2 id={`${id}-h`} class="cc-disclosure-h">
          {title}
        </h2>
      </summary>
      <div class="cc-disclosure-body">{children}</div>
    </details>
  );
}
