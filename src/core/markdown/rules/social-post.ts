// Embedded tweets/Instagram/TikTok posts arrive as a blockquote plus a script:
// keep their words as a quote and end with a link to the post.
import { byTags } from '../../cleanup/by-tag';
import { asElement, markdownUrl, oneLine, type NamedRule } from './types';

const EMBED_CLASSES = /(?:^|\s)(twitter-tweet|twitter-video|instagram-media|tiktok-embed)(?:\s|$)/;

export const socialPost: NamedRule = {
  name: 'socialPost',
  filter: (node) => node.nodeName === 'BLOCKQUOTE' && EMBED_CLASSES.test(node.getAttribute('class') ?? ''),
  replacement: (_content, node) => {
    const el = asElement(node);
    const links = byTags(el, ['a']).filter((a) => a.hasAttribute('href')).map((a) => a.getAttribute('href') ?? '');
    const postUrl = links.reverse().find((h) => /\/status\/|instagram\.com\/(p|reel)\/|tiktok\.com\/@/.test(h)) ?? links[0] ?? el.getAttribute('cite') ?? '';
    const paragraphs = byTags(el, ['p']).map((p) => oneLine(p.textContent ?? '')).filter(Boolean);
    const lines = paragraphs.length ? paragraphs : [oneLine(el.textContent ?? '')].filter(Boolean);
    const quote = lines.map((l) => `> ${l.replace(/([*_`[\]\\])/g, '\\$1')}`).join('\n>\n');
    const link = postUrl && /^https?:/.test(postUrl) ? `[View the post](${markdownUrl(postUrl)})` : '';
    return `\n\n${[quote, link ? `> ${link}` : ''].filter(Boolean).join('\n>\n')}\n\n`;
  },
};
