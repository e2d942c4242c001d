// Chinese portals and many magazines set the writer on a line of its own inside the text, under a label:
// "作者︱春春", "文/张三", "撰文：李四", "Autor: Jan Novák", "Texte : Paul Martin". Read when no byline names anyone.
import { authorsFromByline } from './authors.ts';
import type { Author, PageBlock } from './types.ts';

/** A label that says the name after it wrote the text, then its separator (any language the engine reads). */
const LABEL = /^(?:作者|撰文|文|記者|记者|筆者|笔者|글|Autor(?:a|in)?|Author|Auteur|Autrice|Texte|Texto|Text)\s*[:：︱｜|/／・]\s*\S/iu;
/** Blocks looked at, from each end of the text: the line opens or closes it, not the middle. */
const EDGE = 6;

/** Writers named on a short labelled line at the start or end of the article's text; [] when there is none. */
export function authorsFromLabelledLine(blocks: readonly PageBlock[]): Author[] {
  const texts = blocks.map((b) => b.text.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const edges = [...texts.slice(0, EDGE), ...texts.slice(-EDGE)];
  for (const text of edges) {
    if (text.length > 60 || !LABEL.test(text)) continue;
    const authors = authorsFromByline(text, true);
    if (authors.length > 0) return authors;
  }
  return [];
}
