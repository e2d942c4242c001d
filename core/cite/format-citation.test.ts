import { describe, expect, it } from 'vitest';
import { buildCslItem } from './csl-item.ts';
import { formatCitation } from './format-citation.ts';
import { STYLES, styleInfo } from './styles.ts';
import { REAL_SOURCE } from './test-support/variations.ts';

const item = buildCslItem(REAL_SOURCE, { year: 2026, month: 11, day: 30 });

describe('formatCitation', () => {
  it('formats every style in each of its forms without throwing and without HTML entities in text', () => {
    const special = buildCslItem({ ...REAL_SOURCE, title: 'Q&A: <camps> & "rights"' }, { year: 2026, month: 1, day: 2 });
    for (const style of STYLES) {
      for (const form of style.forms) {
        const out = formatCitation(special, style.id, form);
        expect(out.text.length, `${style.id} ${form}`).toBeGreaterThan(0);
        expect(out.text, `${style.id} ${form}`).not.toMatch(/&#?\w+;/);
        if (out.html) expect(out.html).not.toMatch(/[<>]camps|& /);
      }
    }
  });

  it('gives HTML only where the style uses italics', () => {
    expect(formatCitation(item, 'apa', 'reference').html).toMatch(/^<i>UK says/);
    expect(formatCitation(item, 'chicago-notes', 'note').html).toBeUndefined();
    expect(formatCitation(item, 'bibtex').html).toBeUndefined();
  });

  it('never invents an author for the real source', () => {
    for (const style of STYLES) {
      for (const form of style.forms) expect(formatCitation(item, style.id, form).text).not.toMatch(/\bet al\b|Anonymous/);
    }
  });

  it('uses the first form of a style by default and rejects a form the style does not have', () => {
    expect(formatCitation(item, 'chicago-notes')).toEqual(formatCitation(item, 'chicago-notes', 'note'));
    expect(() => formatCitation(item, 'apa', 'short-note')).toThrow(/no "short-note" form/);
  });

  it('cites Cite Them Right in British English and the others in American English', () => {
    expect(styleInfo('harvard').locale).toBe('en-GB');
    expect(formatCitation(item, 'harvard', 'reference').text).toContain('(Accessed: 30 November 2026)');
    expect(styleInfo('mla').locale).toBe('en-US');
  });
});
