// The speed changes give what the plain code gave: Turndown without its copy, phrase
// lookup by first character, Readability's noscript step, the summary's early stop.
import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { speedUpReader } from '../../src/core/prepare/readability-speedups';
import { toMarkdown } from '../../src/core/markdown/to-markdown';
import { markdownService } from '../../src/core/markdown/service';
import { neutraliseShortcodes } from '../../src/core/markdown/hugo-safety';
import { tidyMarkdown } from '../../src/core/markdown/tidy';
import { unwrapInlineAroundBlocks } from '../../src/core/markdown/inline-around-blocks';
import { boilerplatePhrase, CONTAINS_PHRASES, START_PHRASES } from '../../src/core/cleanup/boilerplate-phrases';
import { summarize } from '../../src/core/summary';
import { collapse } from '../../src/core/cleanup/text';
import { savePage } from '../../src/core/prepare/noscript-content';
import { fragment, makeDocument } from './dom';

const SENTENCE = 'The council voted on Tuesday to approve the new budget, which funds schools, roads and parks. ';

describe('toMarkdown without Turndown’s copy', () => {
  it.each([
    `<h2>Title</h2><p>Some <b>bold</b>  and\n <i>italic</i> text.</p><pre><code>a  b\n  c</code></pre>`,
    `<ul><li>one</li><li> two <a href="https://x.org/">link</a></li></ul><span><p>inside span</p></span><p>{{< x >}}</p>`,
  ])('gives what Turndown gives on its own copy: %s', (html) => {
    const copy = fragment(html);
    unwrapInlineAroundBlocks(copy);
    const expected = tidyMarkdown(neutraliseShortcodes(markdownService().turndown(copy)));
    expect(toMarkdown(fragment(html))).toBe(expected);
  });
});

describe('boilerplatePhrase by first character', () => {
  it('finds every start phrase, or one listed before it that it begins with', () => {
    for (const [i, phrase] of START_PHRASES.entries()) {
      const found = boilerplatePhrase(phrase);
      if (found === phrase) continue;
      // Another phrase may win: listed earlier, or a contains-phrase.
      if (found && START_PHRASES.indexOf(found) >= 0) expect(START_PHRASES.indexOf(found), phrase).toBeLessThan(i);
    }
  });
});

describe('boilerplatePhrase: contains-phrases behind one regular expression', () => {
  it('still finds every contains-phrase inside a short line, special characters and all', () => {
    for (const phrase of CONTAINS_PHRASES) expect(boilerplatePhrase(`zz ${phrase} zz`), phrase).not.toBeNull();
  });
});

describe('Readability’s noscript step, parsing only noscripts after an image', () => {
  const article = `<p>${SENTENCE.repeat(6)}</p>`;
  it.each([
    `<img data-x="1"><img alt="a.JPG"><img src="b.png"><img data-srcset="c 1x"><a href="/"><img src="p.gif"></a><noscript><img src="p2.gif"></noscript>`,
    `<div><img src="low.jpg" srcset="low.jpg 1x"></div><noscript><img src="high.jpg" srcset="low.jpg 1x"></noscript>`,
    `<img src="same.jpg" data-src="lazy.png" class=""><noscript><img src="same.jpg" data-src="other.png"></noscript>`,
    `<span><img src="x.webp"></span><noscript>text <img src="y.webp"></noscript><p>x</p><noscript><b><img src="z.png"></b></noscript>`,
  ])('gives the same article as Readability alone: %s', (images) => {
    const html = `<html><body><article><h1>Budget</h1>${article}<figure>${images}</figure>${article}</article></body></html>`;
    const parse = (fast: boolean) => {
      const reader = new Readability<string>(makeDocument(html), { keepClasses: true });
      return (fast ? speedUpReader(reader) : reader).parse();
    };
    expect(parse(true)).toEqual(parse(false));
  });
});

describe('summarize reading only the words it needs', () => {
  const reference = (text: string, words: number) => {
    const all = text.split(/\s+/).filter(Boolean);
    return all.length <= words ? all.join(' ') : `${all.slice(0, words).join(' ')}...`;
  };
  const texts = ['', '   ', 'one', ' one two\tthree\n\nfour\u00a0five six ', SENTENCE.repeat(20)];
  it.each(texts)('matches splitting the whole text: %j', (text) => {
    for (const words of [0, 1, 2, 2.5, 5, 6, 50, -1, -3, Number.NaN]) expect(summarize(text, words), String(words)).toBe(reference(text, words));
  });
});

describe('collapse: single spaces are no match to replace', () => {
  it('gives what replace(/\\s+/g, " ").trim() gives, on every mix of whitespace', () => {
    const parts = ['a', 'bc', ' ', '  ', '\n', '\t', '\u00a0', '\u2003', '\r\n', ' \n ', '\u3000', 'é'];
    // Every string of up to 4 parts, and some longer pseudo-random ones.
    const strings: string[] = [''];
    for (let len = 0; len < 4; len++) for (const s of strings.filter((x) => x.length <= len * 3)) for (const p of parts) strings.push(s + p);
    let seed = 7;
    for (let i = 0; i < 500; i++) {
      let s = '';
      for (let j = 0; j < 30; j++) s += parts[(seed = (seed * 1103515245 + 12345) % 2 ** 31) % parts.length];
      strings.push(s);
    }
    for (const s of strings) expect(collapse(s), JSON.stringify(s)).toBe(s.replace(/\s+/g, ' ').trim());
  });
});

describe('the noscript retry’s saved page instead of a copy of the document', () => {
  it('is parsed back into the page a copy gives, at the same address', () => {
    const url = 'https://news.example.com/2025/02/12/story/';
    const doc = makeDocument(`<!doctype html><html lang="de" dir="ltr"><head><title>T</title><noscript><style>p{}</style></noscript></head>
      <body><div class="post"><script>render()</script><noscript><p>${SENTENCE}</p><p>${SENTENCE}<br>x</p></noscript></div>
      <table><tr><td>a<td>b</table><template><p>t</p></template></body></html>`, url);
    const copy = doc.cloneNode(true) as Document;
    const saved = savePage(doc, doc);
    expect(saved).not.toBeNull();
    const restored = saved!.restore();
    expect(restored.documentElement.outerHTML).toBe(copy.documentElement.outerHTML);
    expect(restored.documentURI).toBe(url);
    expect(restored.defaultView).toBeNull();
    expect(restored.getElementsByTagName('noscript')[1].getElementsByTagName('p')).toHaveLength(2);
  });

  it('is not kept when the parser reads noscripts as text (a jsdom document without a window)', () => {
    const doc = makeDocument('<html><body><noscript><p>x</p></noscript></body></html>');
    expect(savePage(doc, doc.cloneNode(true) as Document)).toBeNull();
  });
});
