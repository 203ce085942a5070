// Embedded players and frames cannot live in Markdown: they become a link to the media.
import { firstMatch } from '../../cleanup/by-tag';
import { asElement, markdownUrl, type NamedRule } from './types';

const KNOWN_HOSTS: Array<[RegExp, string]> = [
  [/youtube(?:-nocookie)?\.com|youtu\.be/, 'Video (YouTube)'],
  [/vimeo\.com/, 'Video (Vimeo)'],
  [/dailymotion\.com/, 'Video (Dailymotion)'],
  [/twitter\.com|x\.com/, 'Post on X'],
  [/instagram\.com/, 'Instagram post'],
  [/facebook\.com/, 'Facebook post'],
  [/tiktok\.com/, 'TikTok video'],
  [/spotify\.com/, 'Audio (Spotify)'],
  [/soundcloud\.com/, 'Audio (SoundCloud)'],
];

/** The page a person would open: YouTube's /embed/ID → /watch?v=ID. */
export function mediaPageUrl(src: string): string {
  const yt = /youtube(?:-nocookie)?\.com\/embed\/([\w-]+)/.exec(src);
  if (yt) return `https://www.youtube.com/watch?v=${yt[1]}`;
  const vimeo = /player\.vimeo\.com\/video\/(\d+)/.exec(src);
  if (vimeo) return `https://vimeo.com/${vimeo[1]}`;
  return src;
}

export function embedLabel(src: string, tag: string): string {
  for (const [re, label] of KNOWN_HOSTS) if (re.test(src)) return label;
  if (tag === 'VIDEO') return 'Video';
  if (tag === 'AUDIO') return 'Audio';
  return 'Embedded content';
}

export const embed: NamedRule = {
  name: 'embed',
  filter: ['iframe', 'video', 'audio'],
  replacement: (_content, node) => {
    const el = asElement(node);
    const src = el.getAttribute('src') ?? firstMatch(el, (s) => s.localName === 'source' && s.hasAttribute('src'))?.getAttribute('src') ?? '';
    if (!/^https?:/i.test(src)) return '';
    const title = (el.getAttribute('title') ?? '').replace(/\s+/g, ' ').trim();
    const label = embedLabel(src, el.nodeName) + (title ? `: ${title.replace(/[[\]]/g, '')}` : '');
    return `\n\n[${label}](${markdownUrl(mediaPageUrl(src))})\n\n`;
  },
};
