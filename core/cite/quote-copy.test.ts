import { describe, expect, it } from 'vitest';
import { buildCslItem } from './csl-item.ts';
import { formatCitation } from './format-citation.ts';
import { formatQuoteCopy } from './quote-copy.ts';
import { REAL_SOURCE } from './test-support/variations.ts';

const item = buildCslItem(REAL_SOURCE, { year: 2026, month: 11, day: 30 });
const sourceText = 'Hunt said the reports of internment camps are broadly accurate, he said. Beijing denied it.';

describe('quotation copy', () => {
  it('writes the quotation line, the APA citation and the passage link as three plain-text lines', () => {
    const copy = formatQuoteCopy({
      quote: 'broadly accurate',
      speaker: 'Jeremy Hunt',
      role: 'UK Foreign Secretary',
      occasion: 'House of Commons',
      date: '30 October 2018',
      item,
      sourceText,
    });
    const lines = copy.text.split('\n');
    expect(lines[0]).toBe('“broadly accurate” — Jeremy Hunt, UK Foreign Secretary, House of Commons, 30 October 2018');
    expect(lines[1]).toBe(formatCitation(item, 'apa', 'reference').text);
    expect(lines[2]).toBe(`${REAL_SOURCE.url}#:~:text=broadly%20accurate`);
    expect(copy.link).toBe(lines[2]);
  });

  it('leaves out missing attribution parts without stray commas', () => {
    const copy = formatQuoteCopy({ quote: 'Beijing denied it.', speaker: 'CNN', item, sourceText });
    expect(copy.text.split('\n')[0]).toBe('“Beijing denied it.” — CNN');
  });

  it('does not repeat a date the speaker\'s name already gives', () => {
    const copy = formatQuoteCopy({
      quote: 'under the pretext of countering terrorism',
      speaker: 'Report of the Committee on China, 29 August 2018',
      occasion: "the committee's report on China",
      date: '29 August 2018',
      item,
      sourceText,
    });
    expect(copy.text.split('\n')[0]).toBe("“under the pretext of countering terrorism” — Report of the Committee on China, 29 August 2018, the committee's report on China");
  });

  it('keeps a date that only looks like part of another one', () => {
    const copy = formatQuoteCopy({ quote: 'x', speaker: 'Press briefing of 29 August 2018', date: '9 August 2018', item, sourceText });
    // "9 August 2018" is inside "29 August 2018" as text, but not as whole words: a different date, kept.
    expect(copy.text.split('\n')[0]).toBe('“x” — Press briefing of 29 August 2018, 9 August 2018');
  });

  it('escapes the quotation in HTML and keeps the citation italics and a link', () => {
    const copy = formatQuoteCopy({ quote: 'camps <are> "bad" & worse', speaker: 'A & B', item, sourceText, style: 'harvard' });
    const [first, citation, link] = copy.html.split('<br>\n');
    expect(first).toBe('“camps &#60;are&#62; "bad" &#38; worse” — A &#38; B');
    expect(citation).toBe(formatCitation(item, 'harvard', 'reference').html);
    expect(citation).toContain('<i>');
    expect(link).toMatch(/^<a href="https:\/\/www\.cnn\.com\/[^"<>]*#:~:text=[^"<>]*">/);
    expect(copy.text).not.toMatch(/&#\d+;/);
  });
});
