import { describe, expect, it } from 'vitest';
import { readMetadata } from './metadata.ts';
import { pageData } from './test-support/page-data.ts';
import { visibleHeadline } from './visible-headline.ts';

describe('the headline readers see', () => {
  it('prefers the <h1> to a reworded machine headline, in English and French', () => {
    expect(visibleHeadline('Storm closes harbour for a week, council says', [], ['Storm closes the harbour for a whole week'])).toBe('Storm closes the harbour for a whole week');
    expect(visibleHeadline('La tempête ferme le port pour une semaine', [], ['Daily Planet', 'La tempête ferme le port une semaine entière'])).toBe('La tempête ferme le port une semaine entière');
  });

  it('picks, among machine titles that disagree, the one the page shows', () => {
    expect(visibleHeadline('SEO: harbour storm latest', ['SEO: harbour storm latest', 'Fishermen count the cost of the storm'], ['Fishermen count the cost of the storm'])).toBe('Fishermen count the cost of the storm');
  });

  it('keeps the machine title when the <h1> is the site’s logo, a section, or the same headline', () => {
    expect(visibleHeadline('Storm closes the harbour for a week', [], ['Daily Planet'])).toBeNull();
    expect(visibleHeadline('Storm closes the harbour for a week', [], ['Weather and climate news from the coast'])).toBeNull();
    expect(visibleHeadline('Storm closes the harbour for a week', [], ['Storm closes the harbour for a week.'])).toBeNull();
    expect(visibleHeadline('Storm closes the harbour for a week', [], [])).toBeNull();
  });

  it('compares characters for Chinese headlines', () => {
    expect(visibleHeadline('海外留学生看两会：关注点大不同', [], ['海外留学生看两会：出国前后关注点大不同'])).toBe('海外留学生看两会：出国前后关注点大不同');
    expect(visibleHeadline('海外留学生看两会', [], ['中国青年网'])).toBeNull();
  });

  it('gives the visible headline through readMetadata, its origin the heading', () => {
    const page = pageData({ jsonLd: [JSON.stringify({ '@type': 'NewsArticle', headline: 'Harbour storm: what we know so far' })], headings: ['Harbour storm: what we know so far about the damage'] });
    expect(readMetadata(page, null).title).toEqual({ value: 'Harbour storm: what we know so far about the damage', from: 'heading' });
  });
});
