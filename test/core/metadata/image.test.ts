import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../../src/core/metadata/index';
import { ldScript, NOW, page } from './dom';

const URL = 'https://x.example/news/story';
const image = (head: string) => {
  const m = extractMetadata(page(head, '', URL), URL, NOW);
  return { image: m.image, source: m.sources.image ?? null };
};

describe('lead image', () => {
  it.each([
    ['JSON-LD string', ldScript({ '@type': 'Article', image: 'https://x.example/a.jpg' }), 'https://x.example/a.jpg', 'JSON-LD image'],
    ['JSON-LD ImageObject', ldScript({ '@type': 'Article', image: { '@type': 'ImageObject', url: '/b.jpg' } }), 'https://x.example/b.jpg', 'JSON-LD image'],
    ['JSON-LD contentUrl', ldScript({ '@type': 'Article', image: { contentUrl: 'https://x.example/c.jpg' } }), 'https://x.example/c.jpg', 'JSON-LD image'],
    ['JSON-LD array: the widest', ldScript({ '@type': 'Article', image: [{ url: 'https://x.example/s.jpg', width: 300 }, { url: 'https://x.example/l.jpg', width: '1200' }] }), 'https://x.example/l.jpg', 'JSON-LD image'],
    ['og:image, relative', '<meta property="og:image" content="/og.jpg">', 'https://x.example/og.jpg', 'meta og:image'],
    ['og:image with widths: the widest', '<meta property="og:image" content="/1.jpg"><meta property="og:image:width" content="200"><meta property="og:image" content="/2.jpg"><meta property="og:image:width" content="800">', 'https://x.example/2.jpg', 'meta og:image'],
    ['og:image:secure_url', '<meta property="og:image:secure_url" content="https://x.example/s.jpg">', 'https://x.example/s.jpg', 'meta og:image:secure_url'],
    ['twitter:image', '<meta name="twitter:image" content="https://x.example/t.jpg">', 'https://x.example/t.jpg', 'meta twitter:image'],
    ['link rel=image_src', '<link rel="image_src" href="/i.jpg">', 'https://x.example/i.jpg', 'link rel=image_src'],
    ['a javascript: URL is skipped', '<meta property="og:image" content="javascript:alert(1)"><meta name="twitter:image" content="/t.jpg">', 'https://x.example/t.jpg', 'meta twitter:image'],
  ])('%s', (_name, head, want, source) => {
    expect(image(head)).toEqual({ image: want, source });
  });
  it('is null without any image', () => {
    expect(image('').image).toBeNull();
  });
});
