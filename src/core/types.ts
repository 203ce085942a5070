// Shared shapes of the pure core. Everything here is plain data so it can cross
// the content-script / popup / CLI boundaries unchanged.

/** Where a metadata value came from, shown to the user (e.g. "JSON-LD datePublished"). */
export type SourceMap = Partial<Record<keyof MetadataValues, string>>;

export interface MetadataValues {
  title: string | null;
  /** ISO 8601 with offset, e.g. 2025-02-12T18:11:59-05:00 */
  published: string | null;
  modified: string | null;
  /** Authors joined with ", " (null when none). */
  author: string | null;
  authors: string[];
  siteName: string | null;
  /** Registrable domain without its public suffix: thehill.com → thehill. */
  siteShortName: string | null;
  section: string | null;
  keywords: string[];
  /** BCP 47 tag as declared by the page, e.g. en-US. */
  lang: string | null;
  canonicalUrl: string | null;
  description: string | null;
  image: string | null;
}

export interface Metadata extends MetadataValues {
  sources: SourceMap;
}

export interface ExtractedArticle {
  /** Cleaned article HTML (absolute URLs), ready for Markdown conversion. */
  html: string;
  /** Plain text of the cleaned article, used for summary and counts. */
  text: string;
  /** False when Readability found no article (the caller may offer the whole page). */
  isArticle: boolean;
  warnings: string[];
}

export type ClipMode = 'article' | 'page' | 'selection';

export interface ClipTimings {
  extractMs: number;
  markdownMs: number;
}

export interface ClipResult {
  filename: string;
  /** The whole file: front matter + body. */
  markdown: string;
  frontMatter: Record<string, unknown>;
  /** Post body (article Markdown + source line). */
  body: string;
  /** Article Markdown alone. */
  article: string;
  metadata: Metadata;
  isArticle: boolean;
  mode: ClipMode;
  timings: ClipTimings;
  warnings: string[];
}
