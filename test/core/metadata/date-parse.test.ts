import { describe, expect, it } from 'vitest';
import { parseDate } from '../../../src/core/metadata/date-parse';

describe('parseDate', () => {
  it.each([
    ['keeps the written offset', '2025-02-12T18:11:59-05:00', null, '2025-02-12T18:11:59-05:00'],
    ['Z becomes +00:00', '2025-02-12T23:11:59Z', null, '2025-02-12T23:11:59+00:00'],
    ['compact offset', '2016-12-09 09:13:00 -0500', null, '2016-12-09T09:13:00-05:00'],
    ['fractions dropped', '2025-02-12T18:11:59.123+01:00', null, '2025-02-12T18:11:59+01:00'],
    ['local time read in UTC by default', '2025-02-12T18:11', null, '2025-02-12T18:11:00+00:00'],
    ['local time read in the page zone', '2025-02-12T18:11:59', -300, '2025-02-12T18:11:59-05:00'],
    ['date only', '2025-02-12', null, '2025-02-12T00:00:00+00:00'],
    ['compact date', '20250212', null, '2025-02-12T00:00:00+00:00'],
    ['Unix seconds', '1739402519', null, '2025-02-12T23:21:59+00:00'],
    ['RFC 2822', 'Fri, 09 Dec 2016 09:13:00 GMT', null, '2016-12-09T09:13:00+00:00'],
    ['US text with zone', 'Dec. 9, 2016, 9:13 p.m. EST', null, '2016-12-09T21:13:00-05:00'],
    ['German text', '12. Februar 2025', null, '2025-02-12T00:00:00+00:00'],
    ['impossible day', '2025-02-30', null, null],
    ['impossible hour', '2025-02-12T25:00', null, null],
    ['not a date', 'yesterday', null, null],
    ['empty', '', null, null],
  ])('%s', (_name, input, zone, want) => {
    expect(parseDate(input, zone)?.iso ?? null).toBe(want);
  });

  it('gives the same instant for two spellings of it', () => {
    expect(parseDate('2025-02-12T18:11:59-05:00', null)?.ms).toBe(parseDate('2025-02-12T23:11:59+00:00', null)?.ms);
  });
});
