import { describe, expect, it } from 'vitest';
import { siteShortName } from '../../src/core/site-short-name';

describe('siteShortName', () => {
  it.each([
    ['https://thehill.com/policy/x/', 'thehill'],
    ['https://www.bbc.co.uk/news/x', 'bbc'],
    ['https://edition.cnn.com/x', 'cnn'],
    ['https://WWW.Spiegel.DE/x', 'spiegel'],
    ['http://localhost:8080/x', 'localhost'],
    ['http://127.0.0.1/x', '127.0.0.1'],
    ['http://[::1]/x', '::1'],
    ['http://intranet/x', 'intranet'],
    ['not a url', null],
    ['', null],
    [null, null],
  ])('%s → %s', (url, want) => {
    expect(siteShortName(url)).toBe(want);
  });
});
