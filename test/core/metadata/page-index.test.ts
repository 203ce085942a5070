// The one walk over the page: every element once, in document order, with the head
// elements the other sources read.
import { describe, expect, it } from 'vitest';
import { indexPage } from '../../../src/core/metadata/page-index';
import { page } from './dom';

describe('indexPage', () => {
  it('visits every element once in document order, climbing back out of deep branches', () => {
    const doc = page('', '<div><p><time id="a">2020-01-01</time></p></div><section><div><div><time id="b">x</time></div></div></section><time id="c">y</time>');
    expect(indexPage(doc).times.map((t) => t.id)).toEqual(['a', 'b', 'c']);
  });
  it('numbers positions in document order', () => {
    const doc = page('', '<h1>Title of the page</h1><p><span class="byline">By Jo</span></p><div class="date">1</div>');
    const index = indexPage(doc);
    const [byline] = index.bylines;
    const date = index.dateLines.find((el) => el.localName === 'div') as Element;
    expect(index.position.get(byline)).toBeLessThan(index.position.get(date) as number);
  });
  it('collects meta, JSON-LD scripts, rel links, the title and the base in the same walk', () => {
    const head = '<title>T</title><base href="/x/"><meta name="a" content="1"><link rel="canonical" href="/c"><link href="/nothing">'
      + '<script type="application/ld+json">{}</script><script>var x;</script>';
    const index = indexPage(page(head, '<meta itemprop="datePublished" content="2020-01-01">'));
    expect(index.metas).toHaveLength(2);
    expect(index.ldScripts).toHaveLength(1);
    expect(index.links.map((l) => l.getAttribute('rel'))).toEqual(['canonical']);
    expect(index.title?.textContent).toBe('T');
    expect(index.base?.getAttribute('href')).toBe('/x/');
  });
  it('gives the title hint the metas found, to recognise the headline', () => {
    const doc = page('<meta property="og:title" content="The real headline here">', '<h1>Site logo</h1><article><h2>The real headline here</h2></article>');
    const index = indexPage(doc, (found) => found.metas[0].getAttribute('content'));
    expect(index.headline?.localName).toBe('h2');
  });
  it('survives an element nested thousands deep', () => {
    const deep = '<div>'.repeat(5000) + '<time>2020</time>' + '</div>'.repeat(5000);
    expect(indexPage(page('', deep)).times).toHaveLength(1);
  });
});
