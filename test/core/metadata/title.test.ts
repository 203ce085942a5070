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
    ['Camping (2) @ Steven :: PIXNET ::', ['PIXNET'], 'Camping (2) @ Steven'],
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

describe('the shown headline against declared titles', () => {
  const URL = 'https://news.example/x';
  const title = (head: string, body = '') => {
    const m = extractMetadata(page(head, body, URL), URL, NOW);
    return { title: m.title, source: m.sources.title ?? null };
  };
  const og = (t: string) => `<meta property="og:title" content="${t}">`;
  it('takes the article\'s <h1> over an og:title rewritten for sharing', () => {
    expect(title(og('13 Ways To Compliment Women Possible'), '<article><h1>The Transformative Power Of Feminist Compliments</h1><p>Text.</p></article>')).toEqual({ title: 'The Transformative Power Of Feminist Compliments', source: '<h1>' });
  });
  it('keeps og:title when the disagreeing <h1> is outside the article', () => {
    expect(title(og('Storm hits the coast'), '<h1>Weather news from all over</h1><article><p>Text.</p></article>').title).toBe('Storm hits the coast');
  });
  it('keeps og:title when the article\'s disagreeing <h1> is a word or two (a section name)', () => {
    expect(title(og('Storm hits the coast'), '<article><h1>Weather</h1><p>Text.</p></article>').title).toBe('Storm hits the coast');
  });
  it('drops a site host after the headline in the heading', () => {
    expect(title(og('Was wir nicht hören wollen | FASSETTE.NET'), '<article><h1>Was wir nicht hören wollen | FASSETTE.NET</h1></article>').title).toBe('Was wir nicht hören wollen');
  });
  it('keeps a heading that starts with a name like the site\'s', () => {
    const url = 'https://www.houzz.de/magazin/x';
    const m = extractMetadata(page(og('Best of Houzz 2022: Das sind die Projekte'), '<article><h1>Best of Houzz 2022: Das sind die Projekte</h1></article>', url), url, NOW);
    expect(m.title).toBe('Best of Houzz 2022: Das sind die Projekte');
  });
  it('splits at a box-drawing bar ("│ Nestlé Marktplatz")', () => {
    expect(stripSiteName('Produkttester werden │ Nestlé Marktplatz', ['Nestlé Marktplatz'])).toBe('Produkttester werden');
  });
  it('takes the headline after a kicker element declared as "Kicker: Headline"', () => {
    const body = '<article><h2><span class="kicker">Genetik</span><span class="sr-only">: </span> <span class="title">Das Geheimnis der Riesenblumen</span></h2></article>';
    expect(title(og('Genetik: Das Geheimnis der Riesenblumen'), body)).toEqual({ title: 'Das Geheimnis der Riesenblumen', source: '<h2>' });
  });
  it('takes the headline text after a kicker element declared as "Kicker - Headline - Site"', () => {
    const body = '<main><h1> <span class="subtitle">Olympische Spiele in Paris</span> Getränke per Schiff ins Stadtzentrum </h1></main>';
    expect(title(og('Olympische Spiele in Paris - Getränke per Schiff ins Stadtzentrum - Lebensmittelpraxis.de'), body).title).toBe('Getränke per Schiff ins Stadtzentrum');
  });
  it('keeps an emphasised word that starts the headline', () => {
    expect(title(og('Hamlet review: a triumph of a show'), '<article><h1><em>Hamlet</em> review: a triumph of a show</h1></article>').title).toBe('Hamlet review: a triumph of a show');
  });
  it('takes a heading that holds the declared title in full ("Chorgeschichte" for "Geschichte")', () => {
    const head = '<title>Geschichte - St. Georgs Chorknaben Ulm</title><meta property="og:site_name" content="St. Georgs Chorknaben Ulm">';
    expect(title(head, '<div><h1>Chorgeschichte</h1></div>')).toEqual({ title: 'Chorgeschichte', source: '<h1>' });
  });
  it('counts inflected words as agreeing ("Nachhaltig leben" for "Nachhaltiger leben")', () => {
    expect(title(og('Nachhaltiger leben'), '<article><h1>Nachhaltig leben</h1></article>').title).toBe('Nachhaltig leben');
  });
  it('skips the site title set as <h1 id="site-title">', () => {
    const head = '<title>Kleine Schafskunde | Mäscot das Schaf</title><meta property="og:site_name" content="Mäscot das Schaf">';
    expect(title(head, '<h1 id="site-title">Kleine Schafe</h1><div><h2>Other</h2></div>').title).toBe('Kleine Schafskunde');
  });
});

describe('a site name that is the page title', () => {
  it('is ignored (application-name filled with the title)', () => {
    const t = 'Cup-Vorschau: Beim BSV Stans freut man sich auf ein Bruderduell - Handball Schweiz';
    const url = 'https://www.handball.ch/de/news/1';
    const m = extractMetadata(page(`<title>${t}</title><meta property="og:title" content="${t}"><meta name="application-name" content="${t}">`, `<h1>Cup-Vorschau: Beim BSV Stans freut man sich auf ein Bruderduell</h1>`, url), url, NOW);
    expect(m.siteName).toBeNull();
    expect(m.title).toBe('Cup-Vorschau: Beim BSV Stans freut man sich auf ein Bruderduell');
  });
});

describe('a <title> that is the site name', () => {
  it('leaves og:site_name alone when the short <title> is the site name', () => {
    const m = extractMetadata(page('<title> Quanta Magazine </title><meta property="og:site_name" content="Quanta Magazine">', '<h1>The Hidden Heroines of Chaos</h1>', 'https://www.quantamagazine.org/x'), 'https://www.quantamagazine.org/x', NOW);
    expect(m.siteName).toBe('Quanta Magazine');
  });
});

describe('a CJK site name joined without spaces', () => {
  it('drops an unspaced "-" suffix that is the site name', () => {
    expect(stripSiteName('武汉的声音：英雄的城！-新华网', ['新华网'])).toBe('武汉的声音：英雄的城！');
  });
  it('keeps an unspaced "-" suffix that names no site', () => {
    expect(stripSiteName('武汉的声音：英雄的城！-新华网', ['光明网'])).toBe('武汉的声音：英雄的城！-新华网');
  });
  it('keeps a hyphen between Latin letters ("Wi-Fi") as part of the title', () => {
    expect(stripSiteName('トレンドマイクロのWi-Fi', ['Fi'])).toBe('トレンドマイクロのWi-Fi');
  });
  it('learns the site name from a link to the home page when no meta names the site', () => {
    const url = 'https://www.xinhua.example/local/2020-02/19/c_1.htm';
    const doc = page('<title>武汉的声音：英雄的城！-新华网</title>', '<nav><a href="https://www.xinhua.example/">新华网</a></nav><p>正文</p>', url);
    expect(extractMetadata(doc, url, NOW).title).toBe('武汉的声音：英雄的城！');
  });
  it('ignores a link to another site with the same text', () => {
    const url = 'https://www.xinhua.example/local/c_1.htm';
    const doc = page('<title>武汉的声音：英雄的城！-新华网</title>', '<nav><a href="https://other.example/">新华网</a></nav>', url);
    expect(extractMetadata(doc, url, NOW).title).toBe('武汉的声音：英雄的城！-新华网');
  });
});

describe('a title naming only the site', () => {
  const url = 'https://www.nationalrail.example/service_disruptions/245738.aspx';
  const head = '<title>National Rail Enquiries -</title>';
  it('takes the <h2> after an empty <h1>', () => {
    const doc = page(head, '<div role="main"><h1 class="sifr"></h1><p>x</p><h2>Rail Replacement Services Travel Advice</h2><p>Text.</p></div>', url);
    expect(extractMetadata(doc, url, NOW)).toMatchObject({ title: 'Rail Replacement Services Travel Advice', sources: { title: '<h2>' } });
  });
  it('keeps the site name when no <h1> is empty (a home page\'s sections)', () => {
    const doc = page(head, '<main><h2>Latest travel news</h2><p>Text.</p></main>', url);
    expect(extractMetadata(doc, url, NOW).title).toBe('National Rail Enquiries -');
  });
});

describe('the <title> segment the description repeats', () => {
  const url = 'http://club.example/modules/news/article.php?storyid=504';
  const head = '<title>EFC Club Name Regensburg - Eintracht stellt Weichen für die Zukunft - Eintracht Presse - News</title>';
  it('is the headline among the site and section names', () => {
    const doc = page(`${head}<meta name="description" content="Eintracht stellt Weichen für die Zukunft">`, '<p>Text.</p>', url);
    expect(extractMetadata(doc, url, NOW).title).toBe('Eintracht stellt Weichen für die Zukunft');
  });
  it('needs the description to be the whole segment', () => {
    const doc = page(`${head}<meta name="description" content="Eintracht stellt Weichen für die Zukunft und trifft Entscheidungen.">`, '<p>Text.</p>', url);
    expect(extractMetadata(doc, url, NOW).title).toBe('EFC Club Name Regensburg - Eintracht stellt Weichen für die Zukunft - Eintracht Presse - News');
  });
});

describe('the <title> segments the page shows as a headline', () => {
  const url = 'http://gazette.example/news/story.html';
  const head = '<title>Daily Gazette - Kenya: Talks resume in Nairobi - World - News</title>';
  it('takes the longest run of segments that an element shows whole', () => {
    const doc = page(head, '<table><tr><td class="storytitle">Kenya: Talks resume in Nairobi</td></tr></table><p>Text.</p>', url);
    expect(extractMetadata(doc, url, NOW)).toMatchObject({ title: 'Kenya: Talks resume in Nairobi', sources: { title: '<title>' } });
  });
  it('keeps the <title> (less the site name) when no element shows a part of it', () => {
    const doc = page(head, '<p>Kenya: Talks resume in Nairobi, said the minister.</p>', url);
    expect(extractMetadata(doc, url, NOW).title).toBe('Kenya: Talks resume in Nairobi - World - News');
  });
  it('does not cut an og:title (it names no site and sections)', () => {
    const doc = page('<meta property="og:title" content="The Open Project: Better Student Journalism">', '<div class="subtitle">Better Student Journalism</div><p>Text.</p>', url);
    expect(extractMetadata(doc, url, NOW).title).toBe('The Open Project: Better Student Journalism');
  });
});

describe('a heading the page address spells', () => {
  const url = 'https://www.ausflug.example/essen/essenwestviertel.htm';
  it('takes the <h1> whose text is the last part of the address over a site-wide <title>', () => {
    const doc = page('<title>Ausflugtipps Niederrhein und Ruhrgebiet</title>', '<h1>Essen-Westviertel</h1><p>Text.</p>', url);
    expect(extractMetadata(doc, url, NOW).title).toBe('Essen-Westviertel');
  });
  it('keeps the <title> when the address spells something else', () => {
    const other = 'https://www.ausflug.example/essen/suedviertel.htm';
    const doc = page('<title>Ausflugtipps Niederrhein und Ruhrgebiet</title>', '<h1>Essen-Westviertel</h1><p>Text.</p>', other);
    expect(extractMetadata(doc, other, NOW).title).toBe('Ausflugtipps Niederrhein und Ruhrgebiet');
  });
});

describe('headings only screen readers get', () => {
  const head = '<title>Tote Hummeln unter Linden: Die Erklärung | Hummeln</title><meta property="og:site_name" content="Hummeln">';
  it('passes over a screen-reader heading that repeats the <title> for the shown <h1>', () => {
    const doc = page(head, '<h2 class="screen-reader-text">Tote Hummeln unter Linden: Die Erklärung | Hummeln</h2><main><h1 class="entry-title">Tote Hummeln unter Linden</h1><p>Text.</p></main>');
    expect(extractMetadata(doc, 'https://x.example/hummeln', NOW).title).toBe('Tote Hummeln unter Linden');
  });
  it('still takes the same heading when it is shown', () => {
    const doc = page(head, '<h2 class="entry-header">Tote Hummeln unter Linden: Die Erklärung | Hummeln</h2><main><h1 class="entry-title">Tote Hummeln unter Linden</h1><p>Text.</p></main>');
    expect(extractMetadata(doc, 'https://x.example/hummeln', NOW).title).toBe('Tote Hummeln unter Linden: Die Erklärung');
  });
});
