// A synthetic ~N MB news article page: a real-looking article (many paragraphs,
// headings, figures, links) wrapped in lots of junk (navigation, related-link
// lists, ads, comments, inline scripts and styles). Deterministic (no Math.random).
const WORDS = 'the of government minister said on tuesday that talks would continue despite growing pressure from allies and critics across europe while officials declined to comment further about plans for the region economy security energy prices markets reported'.split(' ');

function words(seed, n) {
  let out = [];
  let x = seed * 2654435761 >>> 0;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out.push(WORDS[x % WORDS.length]);
  }
  return out.join(' ');
}

export function makeBigPage(targetMb = 10) {
  const target = targetMb * 1048576;
  const head = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Big synthetic article - Example News</title>
<meta property="og:title" content="Big synthetic article"><meta name="author" content="Jane Doe"><meta property="article:published_time" content="2026-01-02T10:00:00Z">
<style>${'.x{color:red}'.repeat(2000)}</style></head><body>`;
  const nav = `<header><nav><ul>${Array.from({ length: 80 }, (_, i) => `<li><a href="/section/${i}">Section ${i}</a></li>`).join('')}</ul></nav></header>`;
  const parts = [head, nav, '<main><article><h1>Big synthetic article</h1><p class="byline">By Jane Doe</p>'];
  let size = parts.join('').length;
  let paragraphs = 0;
  let i = 0;
  const junkEvery = 25;
  const tail = '</article></main><footer>' + '<a href="/about">About</a> '.repeat(200) + '</footer></body></html>';
  while (size < target - tail.length) {
    let chunk = `<p>${words(i, 60)} <a href="/story/${i}">${words(i + 7, 3)}</a> ${words(i + 3, 40)}.</p>`;
    paragraphs++;
    if (i % 40 === 0) chunk += `<h2>${words(i + 1, 5)}</h2>`;
    if (i % 60 === 0) chunk += `<figure><img src="/img/${i}.jpg" alt="${words(i + 2, 4)}"><figcaption>${words(i + 5, 10)}</figcaption></figure>`;
    if (i % junkEvery === 0) {
      chunk += `<aside class="related"><h3>Related</h3><ul>${Array.from({ length: 8 }, (_, k) => `<li><a href="/r/${i}/${k}">${words(i + k, 6)}</a></li>`).join('')}</ul></aside>`;
      chunk += `<div class="ad-slot advertisement" id="ad-${i}"><script>window.ads=(window.ads||[]).concat(${i});</script><iframe src="/ad/${i}"></iframe></div>`;
      chunk += `<div class="share social"><button>Share</button><button>Tweet</button></div>`;
    }
    parts.push(chunk);
    size += chunk.length;
    i++;
  }
  parts.push('<section class="comments">' + Array.from({ length: 30 }, (_, k) => `<div class="comment"><p>${words(k + 999, 25)}</p></div>`).join('') + '</section>');
  parts.push(tail);
  return { html: parts.join(''), url: 'https://news.example.com/2026/01/02/big-synthetic-article', paragraphs };
}
