import { describe, expect, it } from 'vitest';
import { findMarkedSpans } from './quote-marks.ts';

const inner = (text: string, lang = 'en') =>
  findMarkedSpans(text, lang).filter((s) => s.depth === 0).map((s) => text.slice(s.open + 1, s.close));

describe('findMarkedSpans', () => {
  it('finds curly, straight and nested quotations, not apostrophes', () => {
    expect(inner('He said “China’s policy is ‘firm’ today,” and left.')).toEqual(['China’s policy is ‘firm’ today,']);
    expect(inner('She called it "a disaster" twice.')).toEqual(['a disaster']);
    expect(inner('The Uyghurs’ rights and rock ’n’ roll.')).toEqual([]);
    expect(inner('A heading ‘Safe and stable’')).toEqual(['Safe and stable']);
  });
  it('reads the marks of other languages', () => {
    expect(inner('Er sagte: „Das ist gut“, und ging.', 'de')).toEqual(['Das ist gut']);
    expect(inner('Er sagte: »Das ist gut«.', 'de')).toEqual(['Das ist gut']);
    expect(inner('Il a dit : « C’est bien », puis…', 'fr')).toEqual([' C’est bien ']);
    expect(inner('Powiedział: „To dobrze”.', 'pl')).toEqual(['To dobrze']);
    expect(inner('他说：“我们反对。”', 'zh')).toEqual(['我们反对。']);
    expect(inner('彼は「大丈夫だ」と述べた。', 'ja')).toEqual(['大丈夫だ']);
    expect(inner('Han sa: ”Det är bra”.', 'sv')).toEqual(['Det är bra']);
  });
  it('keeps a quotation left open at the end of a paragraph, marked as not closed', () => {
    const spans = findMarkedSpans('“This goes on into the next paragraph.', 'en');
    expect(spans).toEqual([{ open: 0, close: 38, closed: false, depth: 0 }]);
  });
  it('closes an outer quotation even when an inner mark was never closed', () => {
    expect(inner('“Back in the ‘90s we were young,” he said.')).toEqual(['Back in the ‘90s we were young,']);
  });
});
