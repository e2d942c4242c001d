// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../core/settings/settings';
import { eachTestContainer } from '../context/test-messages';
import { OptionsView } from './options-view';

describe('the options\' About section', () => {
  let root: HTMLElement;
  eachTestContainer((el) => (root = el));
  const show = (packs?: { id: string; title: string; packVersion: string; formatVersion: number }[]) =>
    render(
      <OptionsView settings={DEFAULT_SETTINGS} terms={[]} citationStyles={[]} onUpdate={vi.fn()} onReset={vi.fn()} onErase={vi.fn()} {...(packs ? { packs } : {})} />,
      root,
    );

  it('gives each pack\'s version and format, which the popup no longer shows', () => {
    show([{ id: 'cnn-2018-uk-xinjiang', title: 'UK says reports are accurate', packVersion: '1.1.0', formatVersion: 2 }]);
    const about = root.querySelector('#options-about')!.parentElement!;
    expect(about.querySelector('h2')!.textContent).toBe('About');
    expect(about.querySelector('li')!.textContent).toBe('Context pack “UK says reports are accurate”: version 1.1.0, format 2');
  });

  it('has no About section without packs', () => {
    show();
    expect(root.querySelector('#options-about')).toBeNull();
  });
});
