// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Disclosure } from './disclosure';

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

const body = () => container.querySelector('.cc-disclosure-body')!.textContent;

describe('Disclosure', () => {
  it('builds a closed section’s body after the first render, not in it', async () => {
    // Outside act, effects wait for the next frame: the first render is what the first frame shows.
    render(<Disclosure id="s" title="Section"><p>inside</p></Disclosure>, container);
    expect(container.querySelector('summary')!.textContent).toBe('Section');
    expect(body()).toBe('');
    await act(async () => {
      await new Promise((r) => setTimeout(r, 50));
    });
    expect(body()).toBe('inside');
    expect(container.querySelector('details')!.open).toBe(false);
  });

  it('builds an open section’s body in the first render', () => {
    render(<Disclosure id="s" title="Section" open><p>inside</p></Disclosure>, container);
    expect(body()).toBe('inside');
    expect(container.querySelector('details')!.open).toBe(true);
  });
});
