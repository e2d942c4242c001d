import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeWithShared } from '../test-support/shared-dir.ts';
import {
  RANGE_THRESHOLD_CHARS,
  chooseTextDirective,
  encodeFragmentTerm,
  serialiseTextDirective,
  textFragmentUrl,
} from './text-fragment.ts';

const PAGE = 'https://example.org/news/story.html';

describe('text fragment links', () => {
  it('percent-encodes the reserved "-", "," and "&" and spaces', () => {
    expect(encodeFragmentTerm('re-education, trade & rights')).toBe('re%2Deducation%2C%20trade%20%26%20rights');
  });

  it('links a unique short quotation by its text alone and drops the page fragment', () => {
    const source = 'The minister said the reports were broadly accurate. Others disagreed.';
    expect(textFragmentUrl(`${PAGE}#top`, 'broadly accurate', source)).toBe(`${PAGE}#:~:text=broadly%20accurate`);
  });

  it('adds a prefix when the quotation occurs more than once, for the occurrence asked for', () => {
    const source = 'First the camps were denied. Later the camps were defended.';
    const second = source.indexOf('Later the camps');
    expect(chooseTextDirective('the camps', source, second)).toEqual({ prefix: 'Later', textStart: 'the camps' });
    expect(chooseTextDirective('the camps', source)).toEqual({ prefix: 'First', textStart: 'the camps' });
  });

  it('reads each source afresh when calls alternate between articles', () => {
    const a = 'Ministers met. The camps were closed.';
    const b = 'The camps were closed. The camps were closed again.';
    expect(chooseTextDirective('camps were closed', a)).toEqual({ textStart: 'camps were closed' });
    expect(chooseTextDirective('camps were closed', b, b.indexOf('camps', 5))).toEqual({ prefix: 'closed. The', textStart: 'camps were closed' });
    expect(chooseTextDirective('camps were closed', a)).toEqual({ textStart: 'camps were closed' });
  });

  it('adds a suffix when no prefix makes the quotation unique', () => {
    const source = 'camps were denied. camps were defended.';
    // Both occurrences have the same word before them (none / "denied."), so the suffix decides.
    const d = chooseTextDirective('camps were', 'x camps were denied. x camps were defended.');
    expect(d.suffix).toBe('denied.');
    expect(serialiseTextDirective(d)).toBe(`text=x-,camps%20were,-denied.`);
    expect(chooseTextDirective('camps were', source).prefix).toBeUndefined();
  });

  it(`uses textStart,textEnd for quotations longer than ${RANGE_THRESHOLD_CHARS} characters`, () => {
    const long = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    const d = chooseTextDirective(long, `Intro. ${long} Outro.`);
    expect(d).toEqual({ textStart: 'word0 word1 word2 word3 word4', textEnd: 'word55 word56 word57 word58 word59' });
    expect(serialiseTextDirective(d)).toBe('text=word0%20word1%20word2%20word3%20word4,word55%20word56%20word57%20word58%20word59');
  });

  it('keeps a short quotation whole even when it has many words', () => {
    const quote = 'a b c d e f g h i j k l';
    expect(chooseTextDirective(quote, quote)).toEqual({ textStart: quote });
  });
});

describeWithShared('text fragment links into the source article', (shared) => {
  // Read before the tests, not while they are declared, so they are listed (as skipped) without ../shared.
  let article = '';
  beforeAll(() => {
    article = readFileSync(path.join(shared, 'seed', 'article.txt'), 'utf8');
  });
  const count = (needle: string) => article.replace(/\s+/g, ' ').toLowerCase().split(needle.toLowerCase()).length - 1;

  it('disambiguates "re-education camps", which the article uses twice, with a prefix that is unique', () => {
    const d = chooseTextDirective('re-education camps', article);
    expect(count('re-education camps')).toBe(2);
    expect(d.prefix).toBeDefined();
    // The article writes “re-education camps”: the prefix is a word and the opening quote mark, no space.
    expect(d.prefix).toBe('into “');
    expect(count(`${d.prefix}${d.textStart}`)).toBe(1);
  });

  it('links the quotation “broadly accurate” by its text alone', () => {
    expect(serialiseTextDirective(chooseTextDirective('broadly accurate', article))).toBe('text=broadly%20accurate');
  });
});
