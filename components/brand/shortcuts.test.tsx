// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { eachTestContainer } from '../context/test-messages';
import { Shortcuts } from './shortcuts';

let container: HTMLElement;
eachTestContainer((el) => (container = el));

const commands = [
  { name: '_execute_action', description: '', shortcut: '' },
  { name: 'next-mention', description: 'Go to the next mention on the page', shortcut: 'Alt+Shift+J' },
  { name: 'previous-mention', description: 'Go to the previous mention on the page', shortcut: '' },
];

describe('Shortcuts', () => {
  it('lists each command with its current key, "Not set" where none is set', () => {
    render(<Shortcuts commands={commands} browser="chrome" />, container);
    const rows = [...container.querySelectorAll('tr')].map((r) => [r.dataset.command, r.querySelector('td')!.textContent]);
    expect(rows).toEqual([
      ['next-mention', 'Alt+Shift+J'],
      ['previous-mention', 'Not set'],
    ]);
  });

  it("tells where to set the keys in each browser's own words", () => {
    render(<Shortcuts commands={commands} browser="chrome" />, container);
    expect(container.textContent).toContain('chrome://extensions/shortcuts');
    render(<Shortcuts commands={commands} browser="firefox" />, container);
    expect(container.textContent).toContain('about:addons');
    expect(container.textContent).not.toContain('chrome://');
  });
});
