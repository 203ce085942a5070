// (document, url, clock, settings) → the post: the one entry point of the core,
// shared by the popup, the CLI and the tests.
import { activeProfile, type Settings } from '../settings/schema';
import type { ClipMode, ClipResult, Metadata } from './types';
import { extractMetadata } from './metadata';
import { extractArticle } from './extract';
import { toMarkdown } from './markdown/to-markdown';
import { buildVariables, renderTemplate } from './template';
import { renderPost } from './front-matter';
import { buildFrontMatter } from './build-front-matter';
import { makeFilename, urlWords } from './filename';
import { fallbackTitle } from './title-fallback';

export interface ClipInput {
  /** The page's document. It is not mutated unless ownsDocument is set. */
  document: Document;
  url: string;
  now: Date;
  settings: Settings;
  /** 'article' (default), 'page' (the whole page's main text) or 'selection'. */
  mode?: ClipMode;
  /** HTML of the user's selection, for mode 'selection'. */
  selectionHtml?: string;
  /**
   * True when the caller owns `document` and will not use it again: extraction then
   * works on it directly instead of on a clone (it is changed).
   */
  ownsDocument?: boolean;
  /** Monotonic milliseconds for the timings; performance.now by default. */
  timer?: () => number;
}

function withFallbackTitle(metadata: Metadata, root: Element, text: string, url: string): Metadata {
  const { title, source } = fallbackTitle(root, text, metadata, url);
  return { ...metadata, title, sources: { ...metadata.sources, title: source } };
}

export function clipDocument(input: ClipInput): ClipResult {
  const timer = input.timer ?? (() => performance.now());
  const mode = input.mode ?? 'article';
  const t0 = timer();
  const pageMetadata = extractMetadata(input.document, input.url, input.now);
  const extraction = extractArticle(input.document, input.url, pageMetadata, mode, input.selectionHtml, input.ownsDocument ?? false);
  const metadata = pageMetadata.title?.trim() ? pageMetadata : withFallbackTitle(pageMetadata, extraction.root, extraction.text, input.url);
  const t1 = timer();
  const article = toMarkdown(extraction.root);
  const t2 = timer();

  const profile = activeProfile(input.settings);
  const vars = buildVariables({
    metadata,
    url: input.url,
    now: input.now,
    articleMarkdown: article,
    articleText: extraction.text,
    summaryWords: input.settings.summaryWords,
  });
  const frontMatter = buildFrontMatter(profile, vars);
  const body = renderTemplate(profile.body, vars).trim();
  const title = typeof frontMatter.title === 'string' ? frontMatter.title : metadata.title ?? '';
  return {
    filename: makeFilename(renderTemplate(profile.filename, { ...vars, title }), input.settings.filenameMaxLength, urlWords(input.url, String(vars.date))),
    markdown: renderPost(frontMatter, body),
    frontMatter,
    body,
    article,
    metadata,
    isArticle: extraction.isArticle,
    mode,
    timings: { extractMs: t1 - t0, markdownMs: t2 - t1 },
    warnings: extraction.warnings,
  };
}
