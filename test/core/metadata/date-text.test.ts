import { describe, expect, it } from 'vitest';
import { findDateInText, findDateInUrl } from '../../../src/core/metadata/date-text';

const ymd = (p: { y: number; mo: number; d: number } | null): string | null =>
  p && `${p.y}-${String(p.mo).padStart(2, '0')}-${String(p.d).padStart(2, '0')}`;

describe('findDateInText', () => {
  it.each([
    ['By Jane Doe | December 9, 2016', '2016-12-09'],
    ['Samstag, 5. Oktober 2013', '2013-10-05'],
    ['12 de febrero de 2025', '2025-02-12'],
    ['le 3 mars 2021 à 10h30', '2021-03-03'],
    ['am 25.08.2015 22:30', '2015-08-25'],
    ['02/12/2025', '2025-02-12'],
    ['25/12/2024', '2024-12-25'],
    ['2019年04月04日 09:00', '2019-04-04'],
    ['Updated 2022-01-31', '2022-01-31'],
    ['market report 2024', null],
    ['no date here', null],
  ])('%s', (text, want) => {
    expect(ymd(findDateInText(text))).toBe(want);
  });

  it('reads the time and zone after the date', () => {
    expect(findDateInText('Jun 1, 2019 at 8:34 PM EDT')).toMatchObject({ h: 20, mi: 34, offset: -240 });
  });
});

describe('findDateInUrl', () => {
  it.each([
    ['https://x.com/2025/02/12/story/', '2025-02-12'],
    ['https://x.com/news/2025-02-12-story', '2025-02-12'],
    ['https://x.com/news/20250212/story', '2025-02-12'],
    ['https://x.com/article/5140389-story/', null],
    ['https://x.com/2025/02/story/', null],
    ['not a url', null],
  ])('%s', (url, want) => {
    expect(ymd(findDateInUrl(url))).toBe(want);
  });
});
