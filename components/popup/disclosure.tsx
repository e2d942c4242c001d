import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export interface DisclosureProps {
  /** The section's id; its summary line (the heading) is `${id}-h`. */
  id: string;
  /** The heading, shown on the summary line. */
  title: string;
  /** Open at first (the full-context tab opens every section). */
  open?: boolean;
  children: ComponentChildren;
}

/**
 * A section the reader opens: native <details>, so keyboard and screen readers know it as expandable. A closed
 * section's body is built just after the first frame (effects run after paint): the first frame looks the
 * same, without the cost of what it does not show (the timeline's date formats, the quotations).
 */
export function Disclosure({ id, title, open = false, children }: DisclosureProps) {
  const [built, setBuilt] = useState(open);
  useEffect(() => setBuilt(true), []);
  return (
    <details class="cc-popup-section cc-disclosure" id={id} open={open} onToggle={(e) => e.currentTarget.open && setBuilt(true)}>
      <summary>
        {/* HTML allows one heading in a summary: the section keeps its place in the heading outline. */}
        <h2 id={`${id}-h`} class="cc-disclosure-h">
          {title}
        </h2>
      </summary>
      <div class="cc-disclosure-body">{built && children}</div>
    </details>
  );
}
