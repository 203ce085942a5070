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

describe('headline with a kicker in its own element', () => {
  const URL = 'https://news.example/x';
  const title = (head: string, body = '') => {
    const m = extractMetadata(page(head, body, URL), URL, NOW);
    return { title: m.title, source: m.sources.title ?? null };
  };
  const og = '<meta property="og:title" content="Daten von Rheinmetall gehackt">';
  it('takes the declared title when the <h1> adds a kicker span before it', () => {
    expect(title(og, '<h1><span class="dachzeile">Im Netz</span> <span>Daten von Rheinmetall gehackt</span></h1>')).toEqual({ title: 'Daten von Rheinmetall gehackt', source: 'meta og:title' });
  });
  it('takes the declared title when the kicker span ends with a colon of its own', () => {
    expect(title(og, '<h1><span>Im Netz</span><span>: </span>Daten von Rheinmetall gehackt</h1>').title).toBe('Daten von Rheinmetall gehackt');
  });
  it('takes the declared title without its site suffix', () => {
    expect(title('<meta property="og:title" content="Daten von Rheinmetall gehackt | tagesschau.de"><meta property="og:site_name" content="tagesschau.de">', '<h1><span>Im Netz</span> Daten von Rheinmetall gehackt</h1>').title).toBe('Daten von Rheinmetall gehackt');
  });
  it('takes the headline part when the declared title holds kicker and headline in another order', () => {
    expect(title('<meta property="og:title" content="Daten von Rheinmetall gehackt - Im Netz">', '<h1> <span>Im Netz</span> <span>Daten von Rheinmetall gehackt</span> </h1>')).toEqual({ title: 'Daten von Rheinmetall gehackt', source: '<h1>' });
  });
  it('keeps a kicker written in the same text as the headline', () => {
    expect(title('<meta property="og:title" content="Houston hires a head coach">', '<h1>Breaking: Houston hires a head coach</h1>').title).toBe('Breaking: Houston hires a head coach');
  });
  it('keeps a subline element after the headline', () => {
    expect(title('<meta property="og:title" content="Schneesport mit Rücksicht auf Wildtiere">', '<h1>Schneesport mit Rücksicht auf Wildtiere <span>Verhaltenstipps</span></h1>').title).toBe('Schneesport mit Rücksicht auf Wildtiere Verhaltenstipps');
  });
});
