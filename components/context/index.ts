/** The context views shared by the in-page card and the popup. */
export { DateLabel, type DateLabelProps } from './date-label';
export { formatDay, formatPackDate, type FormattedDate } from './date-format';
export { QuoteBlock, type QuoteBlockProps } from './quote-block';
export { SourceLine, type SourceLineProps } from './source-line';
export { SourceTag, sourceLabelText, type SourceTagProps } from './source-tag';
export { TermContext, type ContentState, type TermContextProps } from './term-context';
export { contextStyles, systemThemeStyles } from './styles';
