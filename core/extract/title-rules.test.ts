import { describe, expect, it } from 'vitest';
import { breadcrumbHead, breadcrumbSite, dayInTitle, isGenericTitle } from './title-rules.ts';

describe('what titles say beyond the headline', () => {
  it('knows a site’s own title from a headline', () => {
    expect(isGenericTitle('Daily Planet - Latest News & Headlines')).toBe(true);
    expect(isGenericTitle('Home Page | Metro Herald')).toBe(true);
    expect(isGenericTitle('Storm closes the harbour for a week - Daily Planet')).toBe(false);
    expect(isGenericTitle('The headlines that shaped a century of reporting on the harbour')).toBe(false);
  });

  it('reads a portal’s breadcrumb title: headline first, site last', () => {
    expect(breadcrumbHead('港口因风暴关闭一周_新闻频道_示例网')).toBe('港口因风暴关闭一周');
    expect(breadcrumbSite('港口因风暴关闭一周_新闻频道_示例网')).toBe('示例网');
    expect(breadcrumbHead('snake_case_names explained')).toBe('snake_case_names explained');
    expect(breadcrumbSite('One_part')).toBeNull();
  });

  it('takes a day written as a segment of the title, day first', () => {
    expect(dayInTitle('Una tormenta cierra el puerto - 07.12.2017 - EL DIARIO')).toBe('2017-12-07');
    expect(dayInTitle('Storm - 2019-03-04 | Paper')).toBe('2019-03-04');
    expect(dayInTitle('Storm 07.12.2017 in the title text')).toBeNull();
  });
});
