// Which author source wins, through extractMetadata.
import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../../src/core/metadata/index';
import { ldScript, NOW, page } from './dom';

const URL = 'https://x.example/story';
const authors = (head: string, body = '') => {
  const m = extractMetadata(page(head, body, URL), URL, NOW);
  return { authors: m.authors, author: m.author, source: m.sources.author ?? null };
};

describe('author sources', () => {
  it.each([
    ['JSON-LD Person array', ldScript({ '@type': 'NewsArticle', author: [{ '@type': 'Person', name: 'Ellen Mitchell' }, { '@type': 'Person', name: 'Jo Ray' }] }), '', ['Ellen Mitchell', 'Jo Ray'], 'JSON-LD author'],
    ['JSON-LD string', ldScript({ '@type': 'Article', author: 'Jane Doe' }), '', ['Jane Doe'], 'JSON-LD author'],
    ['JSON-LD @id reference', ldScript({ '@graph': [{ '@type': 'Article', author: { '@id': '#p' } }, { '@type': 'Person', '@id': '#p', name: 'Ref Erenced' }] }), '', ['Ref Erenced'], 'JSON-LD author'],
    ['JSON-LD name as a list', ldScript({ '@type': 'Article', author: { '@type': 'Person', name: ['Ann Lee'] } }), '', ['Ann Lee'], 'JSON-LD author'],
    ['JSON-LD name as @value', ldScript({ '@type': 'Article', author: { '@type': 'Person', name: { '@value': 'Ann Lee', '@language': 'en' } } }), '', ['Ann Lee'], 'JSON-LD author'],
    ['JSON-LD givenName and familyName', ldScript({ '@type': 'Article', author: { '@type': 'Person', givenName: 'Ann', familyName: 'Lee' } }), '', ['Ann Lee'], 'JSON-LD author'],
    ['JSON-LD nested author list', ldScript({ '@type': 'Article', author: [[{ '@type': 'Person', name: 'Ann Lee' }, { '@type': 'Person', name: 'Bo Kim' }]] }), '', ['Ann Lee', 'Bo Kim'], 'JSON-LD author'],
    ['JSON-LD @list of authors', ldScript({ '@type': 'Article', author: { '@list': [{ '@type': 'Person', name: 'Ann Lee' }, 'Bo Kim'] } }), '', ['Ann Lee', 'Bo Kim'], 'JSON-LD author'],
    ['article:author name', '<meta property="article:author" content="Jane Doe">', '', ['Jane Doe'], 'meta article:author'],
    ['article:author URL is skipped for meta author', '<meta property="article:author" content="https://facebook.com/jd"><meta name="author" content="Jane Doe">', '', ['Jane Doe'], 'meta author'],
    ['rel=author links', '', '<article><h1>T</h1><p><a rel="author" href="/a">Ann Lee</a> and <a rel="author" href="/b">Bo Kim</a></p></article>', ['Ann Lee', 'Bo Kim'], 'rel=author link'],
    ['itemprop author with name', '', '<article><h1>T</h1><span itemprop="author"><span itemprop="name">Cy Dow</span></span></article>', ['Cy Dow'], 'itemprop author'],
    ['byline element', '', '<article><h1>T</h1><div class="article-byline">By Di Eng, Reporter</div></article>', ['Di Eng'], 'byline element'],
    ['author page link', '', '<article><h1>T</h1><span>By </span><a href="/profile/ed-fox">Ed Fox</a></article>', ['Ed Fox'], 'author page link'],
    ['cXense author meta', '<meta name="cXenseParse:author" content="KT">', '', ['KT'], 'meta cxenseparse:author'],
    ['user name element by the headline', '', '<div class="info"><h1>atg 1700</h1><div class="username"><a href="/u/EvilSpark">EvilSpark</a></div></div><p>Text.</p>', ['EvilSpark'], 'byline element'],
    ['writer element', '', '<article><h1>T</h1><div><span class="writer">松村太郎</span><span class="date">2019年04月13日</span></div></article>', ['松村太郎'], 'byline element'],
  ])('%s', (_name, head, body, want, source) => {
    expect(authors(head, body)).toEqual({ authors: want, author: want.join(', '), source });
  });

  it('does not take a person\'s page linked in the article\'s text for its author', () => {
    const body = '<article><h1>T</h1><p><a href="/people/prince/"><strong>Prince</strong></a> was married when he died and wanted all of his money to go to his wife, according to the alleged wife, who is now putting his estate on notice.</p></article>';
    expect(authors('', body).authors).toEqual([]);
  });
  it('does not take a person\'s page linked in the story\'s tags for its author', () => {
    expect(authors('', '<article><h1>T</h1><p>Text.</p><ul class="tag-cloud"><li><a class="tag-cloud__item" href="/people/prince/">Prince</a></li></ul></article>').authors).toEqual([]);
  });
  it('skips comment authors', () => {
    expect(authors('', '<article><h1>T</h1></article><div class="comments"><span class="author">Troll Person</span></div>').authors).toEqual([]);
  });
  it('prefers a person to the publisher credited in meta author', () => {
    const head = '<meta property="og:site_name" content="Daily Planet"><meta name="author" content="Daily Planet">';
    expect(authors(head, '<article><h1>T</h1><a rel="author" href="/a">Lois Lane</a></article>').authors).toEqual(['Lois Lane']);
  });
  it('drops the places after a publisher credit', () => {
    const head = '<meta property="og:site_name" content="Daily Planet"><meta name="author" content="Daily Planet, Metropolis, USA">';
    expect(authors(head).authors).toEqual(['Daily Planet']);
  });
  it('takes a name whose initials are the site short name for the publisher', () => {
    const url = 'https://www.dw.com/fr/story';
    const m = extractMetadata(page('<meta name="author" content="Deutsche Welle (www.dw.com)">', '<article><h1>T</h1><p>Auteur : Kossi Tia</p></article>', url), url, NOW);
    expect(m.authors).toEqual(['Kossi Tia']);
  });
  it('keeps the person before a publisher credit', () => {
    expect(authors('<meta property="og:site_name" content="Daily Planet"><meta name="author" content="Lois Lane, Daily Planet">').authors).toEqual(['Lois Lane']);
  });
  it('falls back to the publisher when no person is named', () => {
    expect(authors('<meta property="og:site_name" content="Daily Planet"><meta name="author" content="Daily Planet">').authors).toEqual(['Daily Planet']);
  });
  it('is null with no source', () => {
    expect(authors('')).toEqual({ authors: [], author: null, source: null });
  });
});

describe('bylines in markup forms', () => {
  it('reads "By" in its own span before the names (no "Byby" glue)', () => {
    expect(authors('', '<article><h1>T</h1><div class="byline"><span>By</span><span>by Ann Lee and Bo Kim</span></div></article>').authors).toEqual(['Ann Lee', 'Bo Kim']);
  });
  it('keeps a block after the name out of the name', () => {
    expect(authors('', '<article><h1>T</h1><div class="byline"><div>By <span>Joe Day</span></div><div>Washington Post</div></div></article>').authors).toEqual(['Joe Day']);
  });
  it('drops the month of a date written after the name', () => {
    expect(authors('', '<article><h1>T</h1><div class="byline">By Joe Day December 16, 2016</div></article>').authors).toEqual(['Joe Day']);
  });
  it('takes rel=author links in an aside inside the article', () => {
    expect(authors('', '<article><h1>T</h1><aside><a rel="author" href="/p/ann">Ann Lee</a></aside><p>Text.</p></article>')).toMatchObject({ authors: ['Ann Lee'], source: 'rel=author link' });
  });
  it('takes itemprop author in the article\'s own footer', () => {
    expect(authors('', '<article><h1>T</h1><footer class="meta"><div itemprop="author"><meta itemprop="name" content="Kate Dale"></div></footer><p>Text.</p></article>')).toMatchObject({ authors: ['Kate Dale'], source: 'itemprop author' });
  });
  it('still skips itemprop author in the page footer', () => {
    expect(authors('', '<article><h1>T</h1><p>Text.</p></article><footer><div itemprop="author"><meta itemprop="name" content="Site Owner"></div></footer>').authors).toEqual([]);
  });
  it('still skips a byline element in an aside', () => {
    expect(authors('', '<article><h1>T</h1><aside><span class="author">Other Writer</span></aside></article>').authors).toEqual([]);
  });
  it('reads a written "Von" byline paragraph', () => {
    expect(authors('', '<article><h1>T</h1><p>Text.</p><p>Von Claudia Lind</p></article>')).toEqual({ authors: ['Claudia Lind'], author: 'Claudia Lind', source: 'written byline' });
  });
  it('reads the name after a "By" alone in a span', () => {
    expect(authors('', '<article><h1>T</h1><div><span>By</span><span><a href="/team/jr">J.R. Stone</a></span></div></article>').authors).toEqual(['J.R. Stone']);
  });
  it('reads "Par" followed by a link', () => {
    expect(authors('', '<article><h1>T</h1><span>Par&nbsp;<a href="/node/mh">Matthieu Hy</a></span></article>').authors).toEqual(['Matthieu Hy']);
  });
  it('reads "Auteur :" bylines', () => {
    expect(authors('', '<article><h1>T</h1><p>Auteur : Kossi Tia</p></article>').authors).toEqual(['Kossi Tia']);
  });
  it('ignores a sentence that starts with "Von"', () => {
    expect(authors('', '<article><h1>T</h1><p>Von Berlin nach München</p></article>').authors).toEqual([]);
  });
  it('prefers a written byline to the publisher credited in meta author', () => {
    const head = '<meta property="og:site_name" content="Daily Planet"><meta name="author" content="Daily Planet">';
    expect(authors(head, '<article><h1>T</h1><p>By Lois Lane</p></article>').authors).toEqual(['Lois Lane']);
  });
  it('reads the name after a label alone ("<span>Autor:</span> Name<br>Quelle: ...")', () => {
    const body = '<article><h1>T</h1><div class="info"><span class="label">Datum:</span> 19.11.2021<br><span class="label">Autor:</span> Fritz Imhof<br><span class="label">Quelle:</span> Livenet</div></article>';
    expect(authors('', body).authors).toEqual(['Fritz Imhof']);
  });
  it('reads the value in the block after a label alone (label and value in separate blocks)', () => {
    const body = '<article><h1>T</h1><div class="info"><div class="label">Sponsor:</div><div>Acme Labs</div><div class="label">Author:</div><div>Jane Doe</div><div class="label">Updated:</div><div>May 2019</div></div><p>Text.</p></article>';
    expect(authors('', body).authors).toEqual(['Jane Doe']);
  });
  it('credits the source named after "Information provided by"', () => {
    const body = '<article><h1>T</h1><p>Text.</p><div><div class="title">Information provided by (Responsible Party):</div><div class="text">Wake Forest University Health Sciences</div></div></article>';
    expect(authors('', body)).toMatchObject({ authors: ['Wake Forest University Health Sciences'], source: 'written byline' });
  });
  it('reads a byline whose label starts with a separator ("| By ")', () => {
    expect(authors('', '<article><h1>T</h1><div><span class="sr">| By </span> <span>Cara Stiles</span> | <time>April 13, 2020</time></div></article>').authors).toEqual(['Cara Stiles']);
  });
  it.each([
    ['Ein Artikel von <strong>Pamela Sladky</strong> | 27.01.2022', 'Pamela Sladky'],
    ['Geschrieben von <a href="/u?id=6">Cooper</a>', 'Cooper'],
    ['Author: <a href="/autoren/gm">Gàbor Muniér</a>, Datum: 03.Mär.19', 'Gàbor Muniér'],
    ['<em>Written by: <a href="/x">Julie Mollins</a></em>', 'Julie Mollins'],
  ])('reads the written byline %j', (line, name) => {
    expect(authors('', `<article><h1>T</h1><p class="x">${line}</p><p>Text.</p></article>`).authors).toEqual([name]);
  });
  it('ignores a sentence that starts with "By" and names something later', () => {
    expect(authors('', '<article><h1>T</h1><p>By entering this store you agree to the Privacy Statement and End User Licence Agreement</p></article>').authors).toEqual([]);
  });
});

describe('user names and desk credits', () => {
  it('credits a social post to its poster\'s "@" user name', () => {
    const body = '<div role="main"><div class="tweet"><a href="/janedoe"><strong class="fullname">Jane Doe</strong><span class="username"><s>@</s><b>janedoe</b></span></a><p>Post text.</p></div></div>';
    expect(authors('', body)).toMatchObject({ authors: ['@janedoe'], source: 'byline element' });
  });
  it('takes the byline just above the headline of a page without an article container before one far below', () => {
    const post = (user: string) => `<div><span>Posted by</span><div><a href="/user/${user}/">u/${user}</a></div><span>4 years ago</span></div>`;
    const body = `${post('jane')}<div><h1>A forum post's title</h1></div><p>Text.</p>${'<p>x</p>'.repeat(30)}<div class="more">${post('other')}</div>`;
    expect(authors('', body)).toMatchObject({ authors: ['u/jane'], source: 'written byline' });
  });
  it('takes a user name from rel=author', () => {
    expect(authors('', '<article><h1>T</h1><span class="byline"><a rel="author" href="/author/c1ph4/">c1ph4</a></span></article>')).toMatchObject({ authors: ['c1ph4'], source: 'rel=author link' });
  });
  it('prefers the Dublin Core creator to meta author', () => {
    expect(authors('<meta name="author" content="Site Uploader"><meta name="DC.creator" content="Jane Doe">')).toMatchObject({ authors: ['Jane Doe'], source: 'meta dc.creator' });
  });
  it('reads Dublin Core written as RDFa (dc:creator)', () => {
    expect(authors('<meta property="dc:creator" content="karstenruppert">')).toMatchObject({ authors: ['karstenruppert'], source: 'meta dc.creator' });
  });
  it('prefers a person\'s name found later to a user name', () => {
    const body = '<article><h1>T</h1><p>Author: <a href="/team?gm">Gàbor Muniér</a></p></article>';
    expect(authors('<meta property="article:author" content="gabor_munier">', body)).toMatchObject({ authors: ['Gàbor Muniér'], source: 'written byline' });
  });
  it('keeps the user name when no person is named', () => {
    expect(authors('<meta property="article:author" content="gabor_munier">').authors).toEqual(['gabor_munier']);
  });
  it('takes a desk credit ("Redaktion") from author markup', () => {
    expect(authors('', '<article><h1>T</h1><div class="author-box"><span class="author">Redaktion</span></div></article>').authors).toEqual(['Redaktion']);
  });
  it('prefers a person in author markup to a desk credit in meta author', () => {
    expect(authors('<meta name="author" content="Us Weekly Staff">', '<article><h1>T</h1><a rel="author" href="/a/mf">Megan French</a></article>').authors).toEqual(['Megan French']);
  });
  it('keeps a desk credit abbreviated "red" with its sources whole', () => {
    expect(authors('', '<article><h1>T</h1><p>Text.</p><div class="byline"><p>red, wien.ORF.at/<a href="/impressum">Agenturen</a></p></div></article>').authors).toEqual(['red, wien.ORF.at/Agenturen']);
  });
  it('keeps a desk credit over a name guessed from the page text', () => {
    expect(authors('<meta name="author" content="AOL Staff">', '<article><h1>T</h1><p>Text.</p></article><div><p>By PubExchange</p></div>').authors).toEqual(['AOL Staff']);
  });
});

describe('the byline shown against the uploader in structured data', () => {
  it('takes the article\'s byline when the JSON-LD author shows nowhere in the article', () => {
    const head = ldScript({ '@type': 'NewsArticle', author: { '@type': 'Person', name: 'Kathleen Ditton' } });
    const body = '<article><h1>T</h1><div class="article-header__byline">By <a rel="author" href="/author/jh/">Jessica Holly</a>, <a rel="author" href="/author/gl/">Gail Levy</a></div><p>Text.</p></article>';
    expect(authors(head, body)).toMatchObject({ authors: ['Jessica Holly', 'Gail Levy'], source: 'rel=author link' });
  });
  it('does so after the headline on a page without an article container', () => {
    const head = ldScript({ '@type': 'NewsArticle', author: 'Kathleen Ditton' });
    const body = '<h1>Crash in Miami</h1><div>By <a rel="author" href="/author/jh/">Jessica Holly</a></div><p>Text.</p>';
    expect(authors(head, body).authors).toEqual(['Jessica Holly']);
  });
  it('keeps the JSON-LD author when the article names them too', () => {
    const head = ldScript({ '@type': 'NewsArticle', author: 'Kathleen Ditton' });
    const body = '<article><h1>T</h1><p>By <a rel="author" href="/a/jh">Jessica Holly</a></p><p>Additional reporting: Kathleen Ditton.</p></article>';
    expect(authors(head, body).authors).toEqual(['Kathleen Ditton']);
  });
  it('takes the written byline when the JSON-LD author shows only in hidden author markup', () => {
    const head = ldScript({ '@type': 'Article', author: { '@type': 'Person', name: 'Isabell Angele' } });
    const body = '<article><h1>T</h1><div><span class="vcard rich-snippet-hidden"><a rel="author" href="/author/isabell/">Isabell Angele</a></span><span>25. Dezember 2022</span></div><p><strong>Von Mat\u00adthi\u00adas Lauerer</strong></p><p>Text.</p></article>';
    expect(authors(head, body)).toMatchObject({ authors: ['Matthias Lauerer'], source: 'written byline' });
  });
  it('keeps the JSON-LD author shown both hidden and visibly', () => {
    const head = ldScript({ '@type': 'Article', author: { '@type': 'Person', name: 'Isabell Angele' } });
    const body = '<article><h1>T</h1><div><span class="vcard rich-snippet-hidden">Isabell Angele</span><span>Isabell Angele</span></div><p><strong>Von Matthias Lauerer</strong></p><p>Text.</p></article>';
    expect(authors(head, body).authors).toEqual(['Isabell Angele']);
  });
  it('keeps the JSON-LD author when the article shows no byline', () => {
    const head = ldScript({ '@type': 'NewsArticle', author: 'Winfried Hille' });
    expect(authors(head, '<article><h1>T</h1><p>Claudia Duwe zeigt, wie es geht.</p></article>').authors).toEqual(['Winfried Hille']);
  });
  it('looks past a byline crediting the publisher to one naming a person in the article', () => {
    const head = '<meta property="og:site_name" content="The Planetary Press">';
    const body = '<article><h1>T</h1><div class="td-author-by">By</div> <a href="/">The Planetary Press</a><p><em>Written by: <a href="/x">Julie Mollins</a></em></p></article>';
    expect(authors(head, body).authors).toEqual(['Julie Mollins']);
  });
  it('does not take the author of a related story further down the page for it', () => {
    const head = '<meta property="og:site_name" content="Houzz Deutschland">';
    const body = `<h1>Best of Houzz 2022</h1><div class="author-info"><a class="author-info__name">Houzz Deutschland</a></div>${'<p>x</p>'.repeat(30)}<div class="related__author"><a class="related__author__name">Thomas Helbing</a></div>`;
    expect(authors(head, body).authors).toEqual(['Houzz Deutschland']);
  });
});

describe('the name signed under the article', () => {
  const long = 'Tappara Tampere gastiert nun am 1. März im schwedischen Ängelholm bei Rögle BK, um den Sieger zu ermitteln.';
  it('takes a bold or italic name alone as the article\'s last paragraph', () => {
    expect(authors('', `<article><h1>T</h1><div><p>${long}</p><p><b><i>Stefan Wasmer</i></b></p></div></article>`)).toMatchObject({ authors: ['Stefan Wasmer'], source: 'signature line' });
  });
  it('does not take a bold closing line that is no name', () => {
    expect(authors('', `<article><h1>T</h1><div><p>${long}</p><p><strong>Mehr zum Thema</strong></p></div></article>`).authors).toEqual([]);
  });
  it('does not take a bold name that does not close its block', () => {
    expect(authors('', `<article><h1>T</h1><div><p>${long}</p><p><b>Stefan Wasmer</b></p><p>${long}</p></div></article>`).authors).toEqual([]);
  });
  it('does not take a bold name that follows no paragraph of text', () => {
    expect(authors('', '<article><h1>T</h1><div><h3>Kontakt</h3><p><b>Stefan Wasmer</b></p></div></article>').authors).toEqual([]);
  });
});

describe('a date line ending with the name', () => {
  it('takes the name after the date and time of the line above the headline', () => {
    const body = '<main><div><small>04.02.2022 | 13:10 Uhr | Uta Helkenberg</small><h1>Stellungnahme der FN</h1><p>Text.</p></div></main>';
    expect(authors('', body)).toMatchObject({ authors: ['Uta Helkenberg'], source: 'date line' });
  });
  it('takes the name after a date line below the headline', () => {
    const body = '<h1>Perfekte Schnitte</h1><p>21. Jan 2022 // Dominik Ricker</p><p>Text.</p>';
    expect(authors('', body).authors).toEqual(['Dominik Ricker']);
  });
  it('takes nothing when the part after the date is no name only', () => {
    const body = '<h1>Perfekte Schnitte</h1><p>21. Jan 2022 | Lesezeit 3 Minuten</p><p>Text.</p>';
    expect(authors('', body).authors).toEqual([]);
  });
  it('takes nothing from a line that does not start with a date', () => {
    const body = '<h1>Perfekte Schnitte</h1><p>Werkstatt | Dominik Ricker</p><p>Text.</p>';
    expect(authors('', body).authors).toEqual([]);
  });
});

describe('the issuer of a press release', () => {
  it('credits the issuer named after "Herausgeber:"', () => {
    const body = '<h1>IWES und Nordex intensivieren Zusammenarbeit</h1><h6>Herausgeber: <a href="/firmen/19">Nordex SE</a></h6><p>Text.</p>';
    expect(authors('', body)).toMatchObject({ authors: ['Nordex SE'], source: 'written byline' });
  });
  it('needs the colon: "Herausgeber der Studie" opens no byline', () => {
    const body = '<h1>Studie</h1><p>Herausgeber der Studie Jane Doe</p><p>Text.</p>';
    expect(authors('', body).authors).toEqual([]);
  });
});

describe('the post author\'s own comment', () => {
  const comment = (cls: string, name: string) => `<li class="comment ${cls}"><div class="comment-author vcard"><b class="fn">${name}</b> <span class="says">says:</span></div><p>Thanks!</p></li>`;
  it('takes the name on the comment WordPress marks "bypostauthor" when the post names no author', () => {
    const body = `<article><h1>T</h1><p>Text.</p></article><ol class="comment-list">${comment('comment-author-reader', 'Rita Reader')}${comment('bypostauthor comment-author-hans', 'HansEhrlich')}</ol>`;
    expect(authors('', body)).toMatchObject({ authors: ['HansEhrlich'], source: 'post author\'s comment' });
  });
  it('does not take it over a byline', () => {
    const body = `<article><h1>T</h1><p class="byline">By Jane Doe</p><p>Text.</p></article><ol>${comment('bypostauthor', 'Hans Ehrlich')}</ol>`;
    expect(authors('', body).authors).toEqual(['Jane Doe']);
  });
});
