// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { ProseView } from './prose-view';
import { eachTestContainer } from './test-messages';

describe('ProseView', () => {
  let root: HTMLElement;
  eachTestContainer((el) => (root = el));

  it('joins the sentences and marks only those resting on outside sources alone as background', () => {
    render(
      <ProseView
        prose={[
          { text: 'From the article.', evidence: [{ kind: 'body', start: 0, end: 4 }] },
          { text: 'From elsewhere.', evidence: [{ kind: 'background', sourceId: 'atlas' }] },
          { text: 'From both.', evidence: [{ kind: 'background', sourceId: 'atlas' }, { kind: 'metadata', field: 'title' }] },
        ]}
      />,
      root,
    );
    expect(root.textContent).toBe('From the article. From elsewhere. (background, not from this article) From both.');
    expect(root.querySelectorAll('.cc-background')).toHaveLength(1);
  });
});
