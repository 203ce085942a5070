import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../../src/core/metadata/index';
import { stripSiteName } from '../../../src/core/metadata/title';
import { ldScript, NOW, page } from './dom';

describe('stripSiteName', () => {
  it.each([
    ['Big story | The Hill', ['The Hill'], 'Big story'],
    ['Big story - The Hill', ['thehill'], 'Big story'],
    ['Big story — BBC News', ['BBC'], 'Big story'],
    ['The Hill: Big story', ['The Hill'], 'Big story'],
    ['Defense - Big story | The Hill', ['The Hill', 'Defense'], 'Big story'],
    ['Covid-19 cases rise - Daily', ['Daily'], 'Covid-19 cases rise'],
    ['Q&A: what next | Other', ['The Hill'], 'Q&A: what next | Other'],
    ['The Hill', ['The Hill'], 'The Hill'],
  ])('%s', (title, names, want) => {
    expect(stripSiteName(title, names)).toBe(want);
  });
});

describe('title through extractMetadata', () => {
  const URL = 'https://thehill.com/x';
  const title = (head: string, body = '') => {
    const m = extractMetadata(page(head, body, URL), URL, NOW);
    return { title: m.title, source: m.sources.title ?? null };
  };
  it.each([
    ['og:title', '<meta property="og:title" content="OG headline">', '', 'OG headline', 'meta og:title'],
    ['JSON-LD headline', ldScript({ '@type': 'Article', headline: 'LD &amp; headline' }), '', 'LD & headline', 'JSON-LD headline'],
    ['twitter:title', '<meta name="twitter:title" content="Tw headline">', '', 'Tw headline', 'meta twitter:title'],
    ['<title> without the site suffix', '<title>Page headline | The Hill</title>', '', 'Page headline', '<title>'],
    ['the <h1> when it agrees with og:title', '<meta property="og:title" content="Storm hits the coast today">', '<h1>Storm hits the coast</h1>', 'Storm hits the coast', '<h1>'],
    ['og:title when the <h1> is a logo', '<meta property="og:title" content="Storm hits the coast">', '<h1>The Hill</h1>', 'Storm hits the coast', 'meta og:title'],
    ['empty og:title is skipped', '<meta property="og:title" content="  "><title>Fallback</title>', '', 'Fallback', '<title>'],
  ])('%s', (_name, head, body, want, source) => {
    expect(title(head, body)).toEqual({ title: want, source });
  });
  it('is null on an empty page', () => {
    expect(title('').title).toBeNull();
  });
});
