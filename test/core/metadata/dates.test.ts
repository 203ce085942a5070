// Publication / modification times through extractMetadata: which source wins, and
// which values are refused.
import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../../src/core/metadata/index';
import { ldScript, NOW, page } from './dom';

const PLAIN = 'https://x.example/story';
// Paragraphs enough to put what follows beyond the text below the headline.
const FAR = '<p>Text.</p>'.repeat(50);
const dates = (head: string, body = '', url = PLAIN) => {
  const m = extractMetadata(page(head, body, url), url, NOW);
  return { published: m.published, modified: m.modified, source: m.sources.published ?? null };
};

describe('published date sources', () => {
  it.each([
    ['JSON-LD NewsArticle', ldScript({ '@type': 'NewsArticle', datePublished: '2025-02-12T18:11:59-05:00' }), '', '2025-02-12T18:11:59-05:00', 'JSON-LD datePublished'],
    ['JSON-LD in @graph', ldScript({ '@graph': [{ '@type': 'WebSite' }, { '@type': 'Article', datePublished: '2024-01-02' }] }), '', '2024-01-02T00:00:00+00:00', 'JSON-LD datePublished'],
    ['JSON-LD mainEntity of a WebPage', ldScript({ '@type': 'WebPage', mainEntity: { '@type': 'BlogPosting', datePublished: '2024-01-03T10:00:00Z' } }), '', '2024-01-03T10:00:00+00:00', 'JSON-LD datePublished'],
    ['JSON-LD array of types', ldScript([{ '@type': ['ReportageNewsArticle'], datePublished: '2024-01-04T10:00:00Z' }]), '', '2024-01-04T10:00:00+00:00', 'JSON-LD datePublished'],
    ['broken JSON-LD (trailing comma)', ldScript('{"@type":"Article","datePublished":"2024-01-05T10:00:00Z",}'), '', '2024-01-05T10:00:00+00:00', 'JSON-LD datePublished'],
    ['article:published_time', '<meta property="article:published_time" content="2024-02-01T08:00:00+01:00">', '', '2024-02-01T08:00:00+01:00', 'meta article:published_time'],
    ['itemprop on <time>', '', '<article><h1>T</h1><time itemprop="datePublished" datetime="2024-02-02T08:00:00Z">x</time></article>', '2024-02-02T08:00:00+00:00', 'itemprop datePublished <time>'],
    ['itemprop on <abbr title>', '', '<abbr itemprop="datePublished" title="2024-02-03">Feb 3</abbr>', '2024-02-03T00:00:00+00:00', 'itemprop datePublished <abbr>'],
    ['Dublin Core', '<meta name="DC.date.issued" content="2024-02-04">', '', '2024-02-04T00:00:00+00:00', 'meta DC.date.issued'],
    ['sailthru.date', '<meta name="sailthru.date" content="2024-02-05 10:00:00">', '', '2024-02-05T10:00:00+00:00', 'meta sailthru.date'],
    ['parsely-pub-date', '<meta name="parsely-pub-date" content="2024-02-06T10:00:00Z">', '', '2024-02-06T10:00:00+00:00', 'meta parsely-pub-date'],
    ['<time datetime> in the article', '', '<article><h1>T</h1><time datetime="2024-02-07T10:00:00+02:00">x</time></article>', '2024-02-07T10:00:00+02:00', '<time datetime>'],
    ['byline text', '', '<article><h1>T</h1><div class="byline">By Jane Doe, March 3, 2024</div></article>', '2024-03-03T00:00:00+00:00', 'byline text'],
    ['URL path', '', '', '2025-02-12T00:00:00+00:00', 'URL path'],
  ])('%s', (_name, head, body, want, source) => {
    const url = source === 'URL path' ? 'https://x.example/2025/02/12/story/' : PLAIN;
    expect(dates(head, body, url)).toMatchObject({ published: want, source });
  });
});

describe('published date priority and validity', () => {
  it('prefers JSON-LD over article:published_time', () => {
    const head = '<meta property="article:published_time" content="2024-01-01T00:00:00Z">' + ldScript({ '@type': 'Article', datePublished: '2024-01-02T00:00:00Z' });
    expect(dates(head).published).toBe('2024-01-02T00:00:00+00:00');
  });
  it('prefers article:published_time over a <time> element', () => {
    expect(dates('<meta property="article:published_time" content="2024-01-01T00:00:00Z">', '<article><time datetime="2023-05-05">x</time></article>').published).toBe('2024-01-01T00:00:00+00:00');
  });
  it.each([
    ['a future date', '2027-01-01T00:00:00Z'],
    ['a date from 1744', '1744-06-01'],
    ['a date before 1990', '1989-12-31T00:00:00Z'],
    ['an empty value', ''],
    ['a parse error', 'not-a-date'],
  ])('skips %s and falls back to the next source', (_name, bad) => {
    const head = `<meta property="article:published_time" content="${bad}"><meta name="date" content="2024-03-01">`;
    expect(dates(head).published).toBe('2024-03-01T00:00:00+00:00');
  });
  it('reads a local time in the zone written on another date of the page', () => {
    const head = '<meta property="article:modified_time" content="2024-03-02T10:00:00-05:00"><meta name="date" content="2024-03-01 09:00:00">';
    expect(dates(head).published).toBe('2024-03-01T09:00:00-05:00');
  });
  it('reads a local time in the zone of the page locale when no offset is written', () => {
    const doc = page('<meta name="date" content="2024-07-01 09:00">', '', PLAIN, 'lang="de-DE"');
    expect(extractMetadata(doc, PLAIN, NOW).published).toBe('2024-07-01T09:00:00+02:00');
  });
});

describe('modified date', () => {
  it.each([
    ['JSON-LD dateModified', ldScript({ '@type': 'Article', datePublished: '2024-01-01T00:00:00Z', dateModified: '2024-01-02T00:00:00Z' }), '2024-01-02T00:00:00+00:00'],
    ['og:updated_time', '<meta property="article:published_time" content="2024-01-01T00:00:00Z"><meta property="og:updated_time" content="2024-01-03T00:00:00Z">', '2024-01-03T00:00:00+00:00'],
    ['refused when before published', '<meta property="article:published_time" content="2024-01-05T00:00:00Z"><meta property="article:modified_time" content="2024-01-01T00:00:00Z">', null],
    ['refused when in the future', '<meta property="article:modified_time" content="2030-01-01T00:00:00Z">', null],
  ])('%s', (_name, head, want) => {
    expect(dates(head).modified).toBe(want);
  });
});

describe('dates written near the headline', () => {
  it('takes a date line just above the headline outside the main container', () => {
    const body = '<div class="box"><span class="box-date">03.02.2022</span><h3>Auf den Spuren von Rafael Nadal</h3></div><main><p>Partner</p><p>Text.</p></main>';
    expect(dates('<title>Auf den Spuren von Rafael Nadal</title>', body, 'https://x.example/a.html')).toMatchObject({ published: '2022-02-03T00:00:00+00:00', source: 'byline text' });
  });
  it('still skips a dated element far from the headline outside the container', () => {
    const far = '<p>x</p>'.repeat(30);
    const body = `<div><span class="teaser-date">03.02.2022</span></div>${far}<main><h1>Title of the story here</h1><p>Text.</p></main>`;
    expect(dates('', body).published).toBeNull();
  });
  it('reads the date that opens the first paragraph ("27.1.2022 - Bei der ...")', () => {
    const text = 'Bei der Erinnerung an die Verfolgten des NS-Regimes in Deutschland waren queere Opfer oft unsichtbar, was erst recht gilt.';
    expect(dates('<title>Holocaust-Gedenktag</title>', `<article><h2>Holocaust-Gedenktag</h2><p>Von Claudia Lindner</p><p>27.1.2022 - ${text}</p></article>`).published).toBe('2022-01-27T00:00:00+01:00');
  });
  it('ignores a date in the middle of a long paragraph', () => {
    const text = 'Bei der Erinnerung an die Verfolgten des NS-Regimes waren queere Opfer oft unsichtbar, am 27.1.2022 wurde das anders und erst recht gilt.';
    expect(dates('<title>Holocaust-Gedenktag</title>', `<article><h2>Holocaust-Gedenktag</h2><p>${text}</p></article>`).published).toBeNull();
  });
  it('prefers the date written below the headline to a bare "date" meta (often the build time)', () => {
    const body = '<article><h1>Daten gehackt</h1><p><span class="stand">Stand: 28.04.2020 18:00 Uhr</span></p><p>Text.</p></article>';
    expect(dates('<meta name="date" content="2020-04-29T11:52:23">', body)).toMatchObject({ published: '2020-04-28T18:00:00+00:00', source: 'text below the headline' });
  });
  it('reads a short date line set just above the headline', () => {
    const body = '<div><p class="subline">21. Jan 2022 // Jane Doe</p></div><h1>Perfekte Schnitte</h1><p>Text.</p>';
    expect(dates('', body)).toMatchObject({ published: '2022-01-21T00:00:00+00:00', source: 'date line above the headline' });
  });
  it('prefers the date below the headline to the one above it', () => {
    const body = '<p>Previous story, 3 Jan 2022</p><h1>Perfekte Schnitte</h1><p>Posted 21 Jan 2022</p>';
    expect(dates('', body).published).toBe('2022-01-21T00:00:00+00:00');
  });
  it('reads a date after a date label anywhere on the page when nothing else has one', () => {
    const body = `<h1>Von Sprachregeln</h1>${FAR}<div><span class="label">Datum:</span> 19.11.2021<br><span>Autor:</span> Fritz Imhof</div>`;
    expect(dates('', body)).toMatchObject({ published: '2021-11-19T00:00:00+00:00', source: "date after 'Datum:'" });
  });
  it('prefers a labelled date to the URL path', () => {
    const body = '<h1>Leslie Clio</h1> Veröffentlichung: <a href="/music/">04.02.2022</a>';
    expect(dates('', body, 'https://x.example/2021/12/01/clio').published).toBe('2022-02-04T00:00:00+00:00');
  });
  it('takes no date that only follows a label further on ("Datum: siehe unten, 1.2.2022")', () => {
    expect(dates('', `<h1>T</h1>${FAR}<p>Datum: siehe unten, am 1.2.2022</p>`).published).toBeNull();
  });
  it('still takes a bare "date" meta when nothing else has a date', () => {
    expect(dates('<meta name="date" content="2020-04-29T11:52:23Z">')).toMatchObject({ published: '2020-04-29T11:52:23+00:00', source: 'meta date' });
  });
  it('prefers an article <time> to a bare "date" meta', () => {
    const body = '<article><h1>T</h1><time datetime="2022-01-21">21.01.2022</time></article>';
    expect(dates('<meta name="Date" content="2022-1-26T14:32:06+02:00">', body).source).toBe('<time datetime>');
  });
});

describe('times given in UTC on a page with a local zone', () => {
  it('writes them in the zone of the page\'s country domain ("es" on .com.ar)', () => {
    const url = 'https://www.lanacion.com.ar/politica/nota-nid03052022/';
    const head = '<meta property="article:published_time" content="2022-05-04T00:25:56Z">';
    const m = extractMetadata(page(head, '', url, 'lang="es"'), url, NOW);
    expect(m.published).toBe('2022-05-03T21:25:56-03:00');
  });
  it('writes them in the zone of the language when it has one ("de": summer time)', () => {
    const head = '<meta property="article:published_time" content="2022-07-01T23:30:00Z">';
    const m = extractMetadata(page(head, '', PLAIN, 'lang="de"'), PLAIN, NOW);
    expect(m.published).toBe('2022-07-02T01:30:00+02:00');
  });
  it('keeps UTC when the locale names no single zone', () => {
    const head = '<meta property="article:published_time" content="2022-05-04T00:25:56Z">';
    expect(extractMetadata(page(head, '', PLAIN, 'lang="en"'), PLAIN, NOW).published).toBe('2022-05-04T00:25:56+00:00');
  });
  it('keeps an offset the page wrote', () => {
    const head = '<meta property="article:published_time" content="2022-05-04T00:25:56-05:00">';
    expect(extractMetadata(page(head, '', PLAIN, 'lang="de"'), PLAIN, NOW).published).toBe('2022-05-04T00:25:56-05:00');
  });
});

describe('a date in the description', () => {
  it('is the last resort ("(Notizia del 14 Gennaio 2020)")', () => {
    expect(dates('<meta name="description" content="ORSO MARSICANO: 2019 UN ANNO DA RECORD (Notizia del 14 Gennaio 2020)">')).toMatchObject({ published: '2020-01-14T00:00:00+00:00', source: 'meta description' });
  });
  it('comes after the date in the URL path', () => {
    const head = '<meta name="description" content="Looking back at the storm of 14 January 2020">';
    expect(dates(head, '', 'https://x.example/2025/02/12/story/')).toMatchObject({ published: '2025-02-12T00:00:00+00:00', source: 'URL path' });
  });
});
