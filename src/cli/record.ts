// ClipResult → the JSON objects the CLI prints (--json, --batch, metadata). Key order
// is fixed here so outputs diff cleanly and the eval harness finds its fields.
import type { ClipResult, Metadata } from '../core/types';

/** The same fields as the core's Metadata; toMetadataRecord fixes their order. */
export type MetadataRecord = Metadata;

export interface ClipRecord {
  filename: string;
  markdown: string;
  frontMatter: Record<string, unknown>;
  body: string;
  article: string;
  metadata: MetadataRecord;
  timings: { extractMs: number; markdownMs: number };
  warnings: string[];
}

export function toMetadataRecord(m: Metadata): MetadataRecord {
  return {
    title: m.title,
    published: m.published,
    modified: m.modified,
    author: m.author,
    authors: m.authors,
    siteName: m.siteName,
    siteShortName: m.siteShortName,
    section: m.section,
    keywords: m.keywords,
    lang: m.lang,
    canonicalUrl: m.canonicalUrl,
    image: m.image,
    description: m.description,
    sources: m.sources,
  };
}

// Timings are wall-clock figures; two decimals are all the precision they carry.
const round = (ms: number): number => Math.round(ms * 100) / 100;

export function toClipRecord(result: ClipResult): ClipRecord {
  return {
    filename: result.filename,
    markdown: result.markdown,
    frontMatter: result.frontMatter,
    body: result.body,
    article: result.article,
    metadata: toMetadataRecord(result.metadata),
    timings: { extractMs: round(result.timings.extractMs), markdownMs: round(result.timings.markdownMs) },
    warnings: result.warnings,
  };
}
