import { describe, expect, it } from 'vitest';
import { authorsFromName } from './authors.ts';
import { isPublisher } from './credits.ts';
import { readMetadata } from './metadata.ts';
import { pageData } from './test-support/page-data.ts';

const ld = (author: unknown, extra: object = {}) => JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Harbour works approved', author, ...extra });
const authors = (over: Parameters<typeof pageData>[0]) => readMetadata(pageData(over), null).authors.value;

describe('author shapes in structured data', () => {
  it('splits one structured name that holds several people, in several languages', () => {
    expect(authorsFromName('Jane Roe and John Doe', 'person')).toEqual([{ given: 'Jane', family: 'Roe' }, { given: 'John', family: 'Doe' }]);
    expect(authorsFromName('Hans Müller und Eva Schmidt', 'person')).toEqual([{ given: 'Hans', family: 'Müller' }, { given: 'Eva', family: 'Schmidt' }]);
    expect(authorsFromName('María López, Juan Pérez')).toEqual([{ given: 'María', family: 'López' }, { given: 'Juan', family: 'Pérez' }]);
    expect(authors({ jsonLd: [ld({ '@type': 'Person', name: 'Jean Dupont et Marie Durand' })] })).toEqual([{ given: 'Jean', family: 'Dupont' }, { given: 'Marie', family: 'Durand' }]);
  });

  it('keeps a name written family-first, and an organisation with "and", whole', () => {
    expect(authorsFromName('Roe, Jane')).toEqual([{ given: 'Jane', family: 'Roe' }]);
    expect(authorsFromName('Procter and Gamble', 'organisation')).toEqual([{ literal: 'Procter and Gamble' }]);
  });

  it('reads a news agency typed as a Person as an organisation (English, Spanish, German)', () => {
    expect(authors({ jsonLd: [ld({ '@type': 'Person', name: 'Associated Press' })] })).toEqual([{ literal: 'Associated Press' }]);
    expect(authors({ jsonLd: [ld({ '@type': 'Person', name: 'Agencia EFE' })] })).toEqual([{ literal: 'Agencia EFE' }]);
    expect(authors({ jsonLd: [ld({ '@type': 'Person', name: 'dpa' })] })).toEqual([{ literal: 'dpa' }]);
    expect(authors({ jsonLd: [ld({ '@type': 'Person', name: 'Jane Roe' })] })).toEqual([{ given: 'Jane', family: 'Roe' }]);
  });
});

describe('a publication is not its own author', () => {
  it('drops an organisation author that is the publisher, and reads the next layer', () => {
    const page = { jsonLd: [ld({ '@type': 'Organization', name: 'The Verge' }, { publisher: { '@type': 'Organization', name: 'The Verge' } })], bylines: ['By Jane Roe'] };
    expect(authors(page)).toEqual([{ given: 'Jane', family: 'Roe' }]);
    expect(authors({ meta: [{ key: 'og:site_name', value: 'Daily Planet News' }, { key: 'dc.creator', value: 'The Daily Planet News' }] })).toEqual([]);
    expect(authors({ meta: [{ key: 'og:site_name', value: 'Le Monde' }, { key: 'author', value: 'AFP' }] })).toEqual([{ literal: 'AFP' }]);
  });

  it('never drops a person, even on a site named for them', () => {
    expect(isPublisher({ given: 'Jane', family: 'Roe' }, ['Jane Roe'])).toBe(false);
    expect(isPublisher({ literal: 'BBC News' }, [null, 'BBC News'])).toBe(true);
  });
});

describe('bylines with contributors and Chinese reporters', () => {
  it('counts "with"/"avec"/"mit" contributors as authors', () => {
    expect(authors({ bylines: ['Par Jean Rivet avec Anne Morel et Paul Dufour'] })).toEqual([{ given: 'Jean', family: 'Rivet' }, { given: 'Anne', family: 'Morel' }, { given: 'Paul', family: 'Dufour' }]);
    expect(authors({ bylines: ['By Jane Roe with John Doe'] })).toEqual([{ given: 'Jane', family: 'Roe' }, { given: 'John', family: 'Doe' }]);
    expect(authors({ bylines: ['Von Hans Müller mit Eva Schmidt'] })).toEqual([{ given: 'Hans', family: 'Müller' }, { given: 'Eva', family: 'Schmidt' }]);
  });

  it('does not split at a capital initial or a given name that spells a conjunction', () => {
    expect(authors({ bylines: ['By Jane E. Roe and Con Coughlin'] })).toEqual([{ given: 'Jane E.', family: 'Roe' }, { given: 'Con', family: 'Coughlin' }]);
    expect(authors({ bylines: ['Por Ana Lima e João Silva'] })).toEqual([{ given: 'Ana', family: 'Lima' }, { given: 'João', family: 'Silva' }]);
  });

  it('reads Chinese reporters’ credits: one name each, the label dropped', () => {
    expect(authors({ bylines: ['记者 张三 李四'] })).toEqual([{ literal: '张三' }, { literal: '李四' }]);
    expect(authors({ bylines: ['本报记者 王小明'] })).toEqual([{ literal: '王小明' }]);
    expect(authors({ bylines: ['Reporter: Jane Roe'] })).toEqual([{ given: 'Jane', family: 'Roe' }]);
  });
});

describe('widget words are not names', () => {
  it('reads no author from a byline made of a button’s words', () => {
    expect(authors({ bylines: ['Follow Author'] })).toEqual([]);
    expect(authors({ meta: [{ key: 'author', value: 'Share Profile' }] })).toEqual([]);
    expect(authors({ bylines: ['Jane Roe'] })).toEqual([{ given: 'Jane', family: 'Roe' }]);
  });
});

describe('names only machines read', () => {
  it('gives way to the person the page’s byline shows, when the page shows the machine name nowhere', () => {
    const page = { jsonLd: [ld({ '@type': 'Person', name: 'Bruno Rodrigues' })], bylines: ['Por Ana Lima'], visibleText: 'Tite diz que errou. Por Ana Lima. O técnico falou.' };
    expect(authors(page)).toEqual([{ given: 'Ana', family: 'Lima' }]);
    const en = { meta: [{ key: 'author', value: 'Mark Webber' }], bylines: ['By Jane Roe'], visibleText: 'Storm closes harbour. By Jane Roe. The council…' };
    expect(authors(en)).toEqual([{ given: 'Jane', family: 'Roe' }]);
  });

  it('keeps the machine name when the page shows it, or when the page shows no other', () => {
    const shown = { jsonLd: [ld({ '@type': 'Person', name: 'Ana Lima' })], bylines: ['Por João Silva'], visibleText: 'Por João Silva. Ana Lima contribuiu.' };
    expect(authors(shown)).toEqual([{ given: 'Ana', family: 'Lima' }]);
    const none = { jsonLd: [ld({ '@type': 'Person', name: 'Ana Lima' })], visibleText: 'Tite diz que errou.' };
    expect(authors(none)).toEqual([{ given: 'Ana', family: 'Lima' }]);
  });
});
