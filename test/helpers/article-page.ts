// A small but real-looking news page around a given title and paragraph text, long
// enough that Readability takes it for an article. Text is HTML-escaped, so what the
// DOM holds is exactly the given strings (after the HTML parser's own rules).

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const FILLER = [
  'The council met on Tuesday evening to discuss the proposal in detail, hearing from residents, business owners and the city engineer for more than three hours.',
  'Officials said the plan would be revised over the coming weeks and presented again before the end of the month, after a public consultation.',
  'Several speakers raised concerns about traffic, noise and the cost of the project, which has grown since it was first announced last spring.',
];

export interface ArticlePageOptions {
  title: string;
  text: string;
  published?: string;
}

export function buildArticlePage({ title, text, published = '2025-03-04T05:06:07Z' }: ArticlePageOptions): string {
  const t = escapeHtml(title);
  const paragraphs = [FILLER[0], text, ...FILLER.slice(1)].map((p) => `      <p>${escapeHtml(p)}</p>`).join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${t}</title>
  <meta property="og:title" content="${t}">
  <meta property="article:published_time" content="${published}">
</head>
<body>
  <main>
    <article>
      <h1>${t}</h1>
${paragraphs}
    </article>
  </main>
</body>
</html>
`;
}
