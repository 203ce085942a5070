#!/usr/bin/env node
// Generates the stress pages into test/fixtures/stress/ (git-ignored: some are large).
// Deterministic: the same files every run. Usage: node scripts/make-stress-pages.mjs [--force]
// test/stress/stress.test.ts runs it when the files are missing or from an older version.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const VERSION = 1;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'test/fixtures/stress');
const manifestPath = join(out, 'manifest.json');

if (!process.argv.includes('--force') && existsSync(manifestPath)) {
  try {
    if (JSON.parse(readFileSync(manifestPath, 'utf8')).version === VERSION) {
      console.log(`stress pages up to date in ${out}`);
      process.exit(0);
    }
  } catch {
    // Regenerate a damaged manifest.
  }
}

// A small deterministic generator (mulberry32), so the pages are the same everywhere.
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const WORDS = ('the council met on tuesday evening to discuss proposal in detail hearing from residents business owners and city engineer ' +
  'for more than three hours officials said plan would be revised over coming weeks presented again before end of month after public ' +
  'consultation several speakers raised concerns about traffic noise cost project which has grown since it was first announced last spring').split(' ');
const random = rng(20261127);
function sentence(n = 18) {
  const words = Array.from({ length: n }, () => WORDS[Math.floor(random() * WORDS.length)]);
  const s = words.join(' ');
  return `${s[0].toUpperCase()}${s.slice(1)}.`;
}
function paragraph(sentences = 4) {
  return Array.from({ length: sentences }, () => sentence()).join(' ');
}

const HEAD = (title, extra = '') => `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${title}</title>
<meta property="og:title" content="${title}">
<meta property="article:published_time" content="2025-02-12T23:11:59Z">
<meta name="author" content="Stress Tester">
${extra}</head>
`;
const INTRO = Array.from({ length: 6 }, () => `<p>${paragraph()}</p>`).join('\n');

/** name → { file, contentType, description, expect: 'post' | 'post-or-not-article' } */
const pages = {};
function page(name, file, html, { contentType = 'text/html', description, expect = 'post', encoding = 'utf8' }) {
  const bytes = Buffer.from(html, encoding);
  writeFileSync(join(out, file), bytes);
  pages[name] = { file, contentType, description, expect, bytes: bytes.length };
}

mkdirSync(out, { recursive: true });

// 1. A 10 MB article: one article of many paragraphs, headings, lists and links.
{
  const parts = [];
  let size = 0;
  let i = 0;
  while (size < 10 * 1024 * 1024) {
    const block =
      i % 25 === 0
        ? `<h2>Part ${i / 25 + 1}</h2>\n`
        : i % 17 === 0
          ? `<ul><li>${sentence(8)}</li><li>${sentence(8)}</li><li><a href="/related/${i}">${sentence(5)}</a></li></ul>\n`
          : `<p>${paragraph(6)} <a href="/story/${i}">More</a>.</p>\n`;
    parts.push(block);
    size += block.length;
    i++;
  }
  page('big-10mb', 'big-10mb.html', `${HEAD('A ten megabyte article')}<body><main><article><h1>A ten megabyte article</h1>\n${parts.join('')}</article></main></body></html>\n`, {
    description: 'a 10 MB article page',
  });
}

// 2. 100,000 elements: an article followed by a huge grid of small boxes (a listing page).
{
  const cells = [];
  for (let i = 0; i < 24_000; i++) cells.push(`<div class="card"><span>${i}</span><a href="/c/${i}">x</a><i></i></div>`);
  page(
    'elements-100k',
    'elements-100k.html',
    `${HEAD('One hundred thousand elements')}<body><article><h1>One hundred thousand elements</h1>\n${INTRO}\n</article>\n<section class="grid">${cells.join('')}</section></body></html>\n`,
    { description: '100,000 elements (an article plus a 96,000-element grid)' },
  );
}

// 3. Nesting 5,000 deep: the article sits at the bottom of 5,000 nested divs.
{
  const depth = 5000;
  page(
    'deep-5000',
    'deep-5000.html',
    `${HEAD('Five thousand levels deep')}<body>${'<div>'.repeat(depth)}<article><h1>Five thousand levels deep</h1>\n${INTRO}\n</article>${'</div>'.repeat(depth)}</body></html>\n`,
    { description: 'nesting 5,000 elements deep', expect: 'post-or-not-article' },
  );
}

// 4. 10,000 images (a photo gallery with captions around an article).
{
  const figures = [];
  for (let i = 0; i < 10_000; i++) figures.push(`<figure><img src="/img/${i}.jpg" alt="Photo ${i}" width="40" height="30"><figcaption>Photo ${i}</figcaption></figure>`);
  page(
    'images-10k',
    'images-10k.html',
    `${HEAD('Ten thousand images')}<body><article><h1>Ten thousand images</h1>\n${INTRO}\n<div class="gallery">${figures.join('\n')}</div></article></body></html>\n`,
    { description: '10,000 images', expect: 'post-or-not-article' },
  );
}

// 5. A frameset: the text lives in other documents; nothing to clip here.
page(
  'frameset',
  'frameset.html',
  `<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Frameset//EN" "http://www.w3.org/TR/html4/frameset.dtd">
<html><head><title>A frameset page</title></head>
<frameset cols="25%,75%"><frame src="menu.html" name="menu"><frame src="story.html" name="main">
<noframes><body><p>Your browser does not support frames.</p></body></noframes></frameset></html>
`,
  { description: 'a frameset', expect: 'post-or-not-article' },
);

// 6. An SVG document (image/svg+xml): no HTML body at all.
page(
  'svg',
  'drawing.svg',
  `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100">
  <title>A chart of nothing</title>
  <desc>${sentence()}</desc>
  <rect x="10" y="10" width="80" height="80" fill="teal"/>
  <text x="100" y="50">${sentence(4)}</text>
</svg>
`,
  { contentType: 'image/svg+xml', description: 'an SVG document (image/svg+xml)', expect: 'post-or-not-article' },
);

// 7. XHTML served as application/xhtml+xml: an XML DOM (case-sensitive, namespaced).
page(
  'xhtml',
  'article.xhtml',
  `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en">
<head>
<meta charset="utf-8"/>
<title>An XHTML article</title>
<meta property="article:published_time" content="2025-02-12T23:11:59Z"/>
</head>
<body><article><h1>An XHTML article</h1>
${Array.from({ length: 6 }, () => `<p>${paragraph()}</p>`).join('\n')}
<p>Self-closing <br/> break and an image <img src="/x.jpg" alt="x"/>.</p>
</article></body></html>
`,
  { contentType: 'application/xhtml+xml', description: 'an XHTML document (application/xhtml+xml)' },
);

// 8. Hostile scripts: redefine JSON, Array.prototype.map and document.querySelector.
// jsdom runs no scripts, so there this is an ordinary page; in Chromium the content
// script runs in an isolated world and must still capture it (test/e2e/save-faults.test.ts).
page(
  'hostile-scripts',
  'hostile-scripts.html',
  `${HEAD(
    'A page that breaks the globals',
    `<script>
  window.JSON = { stringify() { throw new Error('JSON hijacked'); }, parse() { throw new Error('JSON hijacked'); } };
  Array.prototype.map = function () { throw new Error('map hijacked'); };
  document.querySelector = function () { throw new Error('querySelector hijacked'); };
  document.querySelectorAll = function () { return []; };
  Object.defineProperty(document, 'title', { get() { return 'hijacked title'; } });
  window.getSelection = function () { throw new Error('getSelection hijacked'); };
  document.documentElement.__defineGetter__('outerHTML', function () { return '<html>hijacked</html>'; });
</script>`,
  )}<body><article><h1>A page that breaks the globals</h1>
${INTRO}
</article></body></html>
`,
  { description: 'inline scripts redefine JSON, Array.prototype.map, document.querySelector (and more)' },
);

// 9. A bogus charset declaration on bytes that are not UTF-8 (Latin-1 é, à, ï): the
// decoder cannot use the label and must fall back (windows-1252), not fail.
page(
  'bogus-charset',
  'bogus-charset.html',
  `<!DOCTYPE html>
<html lang="en"><head><meta charset="x-bogus"><meta http-equiv="Content-Type" content="text/html; charset=x-bogus">
<title>A bogus charset</title></head><body><article><h1>A bogus charset</h1>
${INTRO}
<p>Caf\u00e9 d\u00e9j\u00e0 vu, na\u00efve.</p></article></body></html>
`,
  { description: 'a broken <meta charset="x-bogus"> on Latin-1 bytes', encoding: 'latin1' },
);

// 10. An empty body.
page('empty-body', 'empty-body.html', '<!DOCTYPE html>\n<html><head><title>Nothing here</title></head><body></body></html>\n', {
  description: 'an empty <body>',
  expect: 'post-or-not-article',
});

writeFileSync(manifestPath, `${JSON.stringify({ version: VERSION, pages }, null, 2)}\n`);
const total = Object.values(pages).reduce((n, p) => n + p.bytes, 0);
console.log(`wrote ${Object.keys(pages).length} stress pages (${(total / 1048576).toFixed(1)} MB) to ${out}`);
