// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { loadPack } from '../../core/pack/load-pack';
import { proseText } from '../../core/pack/prose';
import { prose } from '../../core/pack/test-pack';
import type { ContextPack } from '../../core/pack/schema';
import type { PopupState } from '../../core/popup-state';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings/settings';

import { eachTestContainer, useShippedMessages } from '../context/test-messages';
import type { PageSource } from './page-sources';
import { citationChoices } from './citations';
import { writeClipboard } from '../../utils/clipboard';
import { PopupApp, type PopupDeps } from './popup-app';
import { checkedLine } from './popup-header';
import { COPIED_MS } from './use-copy';

function shippedPack(): ContextPack {
  const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../public/packs/cnn-2018-uk-xinjiang.json');
  const result = loadPack(JSON.parse(readFileSync(file, 'utf8')));
  if (!result.ok) throw new Error(result.error.message);
  return result.pack;
}

const pack = shippedPack();
/** A term of the shipped pack by its pack-qualified key, as counts and reveals name it. */
const k = (id: string) => `${pack.id}/${id}`;
let container: HTMLElement;

function deps(state: PopupState, over: Partial<PopupDeps> = {}): PopupDeps {
  return {
    packs: [pack],
    locale: 'en-GB',
    settings: { ...DEFAULT_SETTINGS } as Settings,
    read: async () => ({ state, site: 'news.example' }),
    watch: () => undefined,
    updateSettings: vi.fn(async () => undefined),
    reveal: vi.fn(async () => ({ ok: true })),
    requestAccess: vi.fn(async () => true),
    reloadTab: vi.fn(async () => undefined),
    openOptions: vi.fn(),
    citations: (p) => citationChoices(p, new Date(2026, 0, 2)),
    quotePayload: (_p, q) => ({ text: `“${q.text}”` }),
    writeClipboard: vi.fn(async () => true),
    ...over,
  };
}

async function show(d: PopupDeps): Promise<void> {
  await act(async () => {
    render(<PopupApp deps={d} />, container);
  });
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
}

const q = (sel: string) => container.querySelector(sel);
const text = (sel: string) => q(sel)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

eachTestContainer((el) => (container = el));

describe('PopupApp', () => {
  it('shows the topic, the source, and when the pack was checked against the article (not its version)', async () => {
    await show(deps({ kind: 'nothing-found' }));
    expect(text('h1')).toBe(pack.topic.label);
    expect(text('.cc-popup-header')).toContain(pack.source.publisher);
    // The title is in the summary section: the first screen keeps room for the mentions and the citation.
    expect(text('#popup-summary-section')).toContain(pack.source.title);
    expect(text('.cc-pack-meta')).toBe('curated source · Checked against the article on 6 Dec 2026');
    expect(text('.cc-popup-header')).not.toContain(pack.packVersion);
  });

  it('shows at once the source the tab\'s stored counts favour, and keeps it when the reading names no mentions', async () => {
    const other: ContextPack = { ...pack, id: 'other-pack', topic: { ...pack.topic, label: 'Another topic' } };
    let answer: (r: { state: PopupState; site: string | null }) => void = () => undefined;
    const reading = new Promise<{ state: PopupState; site: string | null }>((resolve) => (answer = resolve));
    await show(deps({ kind: 'nothing-found' }, { packs: [pack, other], initialCounts: { [`other-pack/${pack.terms[0]!.id}`]: 3 }, read: () => reading }));
    expect(text('h1')).toBe('Another topic');
    expect(q('[data-state="loading"]')).not.toBeNull();
    await act(async () => answer({ state: { kind: 'paused' }, site: 'news.example' }));
    expect(q('[data-state="paused"]')).not.toBeNull();
    expect(text('h1')).toBe('Another topic');
  });

  it('says who checked a pack and when, for a reader-checked and a machine-made pack too', () => {
    const day = '2026-12-01';
    expect(checkedLine({ kind: 'curated', reviewed: day }, 'en-GB')).toBe('Checked against the article on 1 Dec 2026');
    expect(checkedLine({ kind: 'reader-reviewed', url: 'https://a.example/', extracted: '2026-11-30', reviewed: day }, 'en-GB')).toBe(
      'You checked this against the page on 1 Dec 2026',
    );
    expect(checkedLine({ kind: 'extracted', url: 'https://a.example/', extracted: day }, 'en-GB')).toBe(
      'Made by a program from the page on 1 Dec 2026; no person has checked it',
    );
  });

  it('labels the summary as the project\'s words', async () => {
    await show(deps({ kind: 'nothing-found' }));
    const summary = q('#popup-summary-section')!.textContent!;
    expect(summary).toContain("In the Context Cards project's words");
    expect(summary).toContain(proseText(pack.summary?.origin === 'project' ? pack.summary.gist : []));
    expect(pack.summary?.origin).toBe('project');
  });

  it('shows key quotations first and all of them behind "show all", partial ones marked', async () => {
    await show(deps({ kind: 'nothing-found' }));
    const keyCount = pack.quotes.filter((x) => x.key).length;
    expect(container.querySelectorAll('#popup-quote-list .cc-quote')).toHaveLength(keyCount);
    expect(text('#popup-quote-list')).toContain('Part of a sentence');
    const more = q('.cc-show-all') as HTMLButtonElement;
    expect(more.getAttribute('aria-expanded')).toBe('false');
    await act(async () => more.click());
    expect(container.querySelectorAll('#popup-quote-list .cc-quote')).toHaveLength(pack.quotes.length);
    expect(text('#popup-quote-list')).toContain('implied');
  });

  it('lists the mentions by term, most first, and reveals the next one on each choice', async () => {
    const reveal = vi.fn(async () => ({ ok: true }));
    await show(deps({ kind: 'mentions', counts: { [k('xinjiang')]: 2, [k('uyghur')]: 5 }, total: 7, capped: false }, { reveal }));
    const buttons = [...container.querySelectorAll<HTMLButtonElement>('.cc-mention')];
    expect(buttons.map((b) => b.dataset.termId)).toEqual(['uyghur', 'xinjiang']);
    expect(buttons[0]!.textContent).toContain('Uyghurs');
    expect(buttons[0]!.querySelector('.cc-count')!.textContent).toBe('5');
    await act(async () => buttons[1]!.click());
    await act(async () => (container.querySelector('[data-term-id="xinjiang"]') as HTMLButtonElement).click());
    await act(async () => (container.querySelector('[data-term-id="xinjiang"]') as HTMLButtonElement).click());
    expect(reveal.mock.calls).toEqual([[k('xinjiang'), 0], [k('xinjiang'), 1], [k('xinjiang'), 0]]);
    expect(buttons[0]!.dataset.packId).toBe(pack.id);
  });

  it.each<[PopupState, string]>([
    [{ kind: 'unscannable', reason: 'browser-page' }, 'browser page'],
    [{ kind: 'unscannable', reason: 'web-store' }, 'add-on store'],
    [{ kind: 'unscannable', reason: 'pdf-viewer' }, 'PDF'],
    [{ kind: 'no-access', origin: 'https://news.example/*' }, 'no access'],
    [{ kind: 'needs-reload' }, 'Reload'],
    [{ kind: 'paused' }, 'paused'],
    [{ kind: 'disabled-site', site: 'news.example' }, 'turned off on news.example'],
    [{ kind: 'nothing-found' }, 'No mentions'],
    [{ kind: 'capped', counts: { [k('xinjiang')]: 5000 }, total: 5000, capped: true }, '5k+'],
  ])('gives the %o state its own plain message', async (state, words) => {
    await show(deps(state));
    expect(q('[data-state]')!.getAttribute('data-state')).toBe(state.kind);
    expect(text('[data-state]')).toContain(words);
  });

  it('wires each state\'s button to its action', async () => {
    const d = deps({ kind: 'no-access', origin: 'https://news.example/*' });
    await show(d);
    await act(async () => (q('[data-state] button') as HTMLButtonElement).click());
    expect(d.requestAccess).toHaveBeenCalledWith('https://news.example/*');

    const reload = deps({ kind: 'needs-reload' });
    await show(reload);
    await act(async () => (q('[data-state] button') as HTMLButtonElement).click());
    expect(reload.reloadTab).toHaveBeenCalled();
  });

  it('pauses everywhere and disables the site through the settings', async () => {
    const d = deps({ kind: 'nothing-found' });
    await show(d);
    await act(async () => (q('input[name="paused"]') as HTMLInputElement).click());
    await act(async () => (q('input[name="site-disabled"]') as HTMLInputElement).click());
    const [pause, site] = (d.updateSettings as ReturnType<typeof vi.fn>).mock.calls.map(([change]) => change({ ...DEFAULT_SETTINGS, disabledSites: ['other.example'] }));
    expect(pause.paused).toBe(true);
    expect(site.disabledSites).toEqual(['other.example', 'news.example']);
  });

  it('previews exactly what "Copy citation" copies, in the default style, and says "Copied"', async () => {
    const write = vi.fn(async () => true);
    await show(deps({ kind: 'nothing-found' }, { writeClipboard: write, settings: { ...DEFAULT_SETTINGS, citationStyle: 'mla' } as Settings }));
    expect((q('#popup-cite-style') as HTMLSelectElement).value).toBe('mla');
    const preview = text('.cc-cite-preview');
    const copy = [...container.querySelectorAll('button')].find((b) => b.textContent === 'Copy citation')!;
    await act(async () => copy.click());
    expect((write.mock.calls as unknown as [{ text: string }][])[0]![0].text.replace(/\s+/g, ' ')).toBe(preview);
    expect(text('.cc-copy-feedback')).toContain('Copied: MLA');
  });

  it('offers the text selected in a read-only field when the clipboard refuses', async () => {
    await show(deps({ kind: 'nothing-found' }, { writeClipboard: async () => false }));
    const copyQuote = [...container.querySelectorAll('button')].find((b) => b.textContent === 'Copy quotation')!;
    await act(async () => copyQuote.click());
    const field = q('.cc-manual-copy') as HTMLTextAreaElement;
    expect(field.readOnly).toBe(true);
    expect(field.value).toContain(pack.quotes.find((x) => x.key)!.text);
    expect(document.activeElement).toBe(field);
  });

  it('puts the mentions and the citation button first, the rest in sections the reader opens', async () => {
    await show(deps({ kind: 'mentions', counts: { [k('xinjiang')]: 2 }, total: 2, capped: false }));
    const copy = [...container.querySelectorAll('button')].find((b) => b.textContent === 'Copy citation')!;
    const sections = [...container.querySelectorAll('details')];
    expect(sections.map((d) => d.id)).toEqual(['popup-summary-section', 'popup-quotes-section', 'popup-timeline-section', 'popup-controls-section']);
    expect(sections.every((d) => !d.open)).toBe(true);
    expect(copy.closest('details')).toBeNull();
    expect(q('.cc-mentions')!.closest('details')).toBeNull();
  });

  it('clears "Copied" after a few seconds, so it never describes an older copy', async () => {
    vi.useFakeTimers();
    try {
      await act(async () => render(<PopupApp deps={deps({ kind: 'nothing-found' })} />, container));
      await act(async () => void vi.advanceTimersByTime(1));
      const copy = [...container.querySelectorAll('button')].find((b) => b.textContent === 'Copy citation')!;
      await act(async () => copy.click());
      expect(text('.cc-copy-feedback')).toContain('Copied');
      await act(async () => void vi.advanceTimersByTime(COPIED_MS + 10));
      expect(text('.cc-copy-feedback')).toBe('');
    } finally {
      vi.useRealTimers();
    }
  });

  it('as the full context, marks the term it was opened for and opens every section', async () => {
    await act(async () => render(<PopupApp deps={deps({ kind: 'nothing-found' })} full={{ termId: 'xinjiang' }} />, container));
    const term = pack.terms.find((x) => x.id === 'xinjiang')!;
    expect(text('#full-term mark')).toBe(term.label);
    expect([...container.querySelectorAll('details')].every((d) => d.open)).toBe(true);
    expect(q('main')!.classList.contains('cc-full')).toBe(true);
  });

  it('renders the pack as text, never as markup', async () => {
    const hostile = structuredClone(pack);
    hostile.summary = { origin: 'project', gist: prose('<img src=x onerror=alert(1)>'), short: prose('x') };
    await show(deps({ kind: 'nothing-found' }, { packs: [hostile] }));
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

/** A reader's source of the same topic: its own words, no terms, its quotation and dates linked to "xinjiang". */
function readerSource(): PageSource {
  const mine = structuredClone(pack);
  const quote = { ...mine.quotes[0]!, id: 'mine-q', key: false, text: 'words only this paper printed' };
  const event = mine.events[0]!;
  return {
    pack: {
      ...mine,
      id: 'other-paper-story',
      provenance: { kind: 'reader-reviewed', url: 'https://other.example/story', extracted: '2026-12-01', reviewed: '2026-12-02' },
      source: { ...mine.source, title: 'Another story', publisher: 'Other Paper', url: 'https://other.example/story' },
      summary: { origin: 'source', text: 'The paper describes its story like this.', from: 'page-metadata' },
      quotes: [quote],
      // One event shares its id with the curated pack's: the timeline must still draw both.
      events: [{ ...event, quoteIds: ['mine-q'] }],
      terms: [],
      termLinks: [{ termId: 'xinjiang', quoteIds: ['mine-q'], eventIds: [event.id] }],
    },
    label: { kind: 'added', reviewedAt: '2026-12-02T10:00:00.000Z' },
  };
}

describe('the sources that concern the page', () => {
  const mentions: PopupState = { kind: 'mentions', counts: { [k('xinjiang')]: 2, [k('uyghur')]: 0 }, total: 2, capped: false };
  const withMine = (state: PopupState) => {
    const sources = vi.fn(async (termIds: string[]) => (termIds.includes(k('xinjiang')) ? [{ pack, label: { kind: 'curated' } } as PageSource, readerSource()] : [{ pack, label: { kind: 'curated' } } as PageSource]));
    return { d: deps(state, { sources }), sources };
  };
  const chooser = () => q('#popup-source') as HTMLSelectElement | null;

  it('asks for the sources of the terms the page mentions, and offers no chooser when only the curated one applies', async () => {
    const { d, sources } = withMine({ kind: 'nothing-found' });
    await show(d);
    expect(sources).toHaveBeenCalledWith([]);
    expect(chooser()).toBeNull();
  });

  it('offers a labelled chooser with the curated source first and chosen, each named with how it reached the reader', async () => {
    const { d, sources } = withMine(mentions);
    await show(d);
    expect(sources).toHaveBeenLastCalledWith([k('xinjiang')]);
    const select = chooser()!;
    expect(container.querySelector(`label[for="popup-source"]`)!.textContent).toBe('Source shown');
    const options = [...select.options].map((o) => o.textContent!);
    expect(options).toHaveLength(2);
    expect(options[0]).toContain(`${pack.source.publisher}`);
    expect(options[0]).toContain('(curated source)');
    expect(options[1]).toContain('Other Paper');
    expect(options[1]).toContain('(added by you, reviewed on 2 Dec 2026)');
    expect(select.value).toBe(`curated:${pack.id}`);
    expect(text('#popup-source-hint')).toContain('2 sources');
  });

  it('shows the chosen source\'s label, own words, quotations and citation', async () => {
    const { d } = withMine(mentions);
    await show(d);
    const select = chooser()!;
    select.value = 'added:other-paper-story';
    await act(async () => void select.dispatchEvent(new Event('change', { bubbles: true })));
    expect(text('.cc-popup-header')).toContain('Other Paper');
    expect(text('.cc-pack-meta')).toBe('added by you, reviewed on 2 Dec 2026 · You checked this against the page on 2 Dec 2026');
    const summary = text('#popup-summary-section');
    expect(summary).toContain("The source's description of itself, in its own words");
    expect(summary).toContain('The paper describes its story like this.');
    expect(summary).not.toContain("In the Context Cards project's words");
    // A reader's source marks no quotation as key: its quotations are all shown.
    expect([...container.querySelectorAll('#popup-quote-list .cc-quote')].map((x) => x.textContent)).toEqual([expect.stringContaining('words only this paper printed')]);
    expect(text('.cc-cite-preview')).toContain('Another story');
    expect(text('.cc-cite-preview')).not.toContain(pack.source.title);
    // The mentions still name the curated terms.
    expect(q('.cc-mention[data-term-id="xinjiang"]')).not.toBeNull();
  });

  it('draws the dates of every source on the timeline, each mark naming its source', async () => {
    const { d } = withMine(mentions);
    await show(d);
    const marks = [...container.querySelectorAll('.cc-timeline-event')];
    expect(marks).toHaveLength(pack.events.length + 1);
    const labels = marks.map((m) => m.getAttribute('aria-label')!);
    expect(labels.filter((l) => l.endsWith('(source: Other Paper)'))).toHaveLength(1);
    expect(labels.filter((l) => l.endsWith(`(source: ${pack.source.publisher})`))).toHaveLength(pack.events.length);
    // The curated marks keep their ids; the reader's, which shares one, is told apart.
    expect(marks.filter((m) => m.getAttribute('data-event-id') === pack.events[0]!.id)).toHaveLength(1);
    const mine = marks.find((m) => m.getAttribute('aria-label')!.endsWith('(source: Other Paper)'))!;
    await act(async () => void mine.dispatchEvent(new MouseEvent('click', { bubbles: true })));
    expect(text('.cc-timeline-detail')).toContain('words only this paper printed');
  });

  it('names the chooser and the marks\' sources in Simplified Chinese', async () => {
    useShippedMessages('zh_CN', 'zh-CN');
    const { d } = withMine(mentions);
    await show(d);
    expect(container.querySelector(`label[for="popup-source"]`)!.textContent).toBe('显示的来源');
    expect([...chooser()!.options][1]!.textContent).toContain('由你添加');
    expect(container.querySelector('.cc-timeline-event')!.getAttribute('aria-label')).toMatch(/（来源：.+）$/);
  });
});

describe('writeClipboard', () => {
  it('writes rich and plain text together when the style has italics', async () => {
    const write = vi.fn(async () => undefined);
    (globalThis as any).ClipboardItem = class {
      constructor(readonly items: Record<string, Blob>) {}
    };
    const ok = await writeClipboard({ text: 'plain', html: '<i>rich</i>' }, { write, writeText: vi.fn() } as unknown as Clipboard);
    expect(ok).toBe(true);
    expect(Object.keys((write.mock.calls[0] as any)[0][0].items)).toEqual(['text/plain', 'text/html']);
  });

  it('falls back to plain text, and reports failure when both are refused', async () => {
    const writeText = vi.fn(async () => undefined);
    expect(await writeClipboard({ text: 'a', html: '<i>a</i>' }, { write: vi.fn(async () => Promise.reject(new Error('no'))), writeText } as unknown as Clipboard)).toBe(true);
    expect(writeText).toHaveBeenCalledWith('a');
    expect(await writeClipboard({ text: 'a' }, { writeText: async () => Promise.reject(new Error('no')) } as unknown as Clipboard)).toBe(false);
  });
});
