// (document, url, clock, settings) → the post: the one entry point of the core,
// shared by the popup, the CLI and the tests.
import { activeProfile, type Settings } from '../settings/schema';
import type { ClipMode, ClipResult, Metadata } from './types';
import { extractMetadata } from './metadata';
import { extractArticleSteps } from './extract';
import { runSteps, timed, type Steps } from './steps';
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
  return runSteps(clipSteps(input));
}

/**
 * clipDocument, pausing between its steps (see ./steps.ts). The timings count only the
 * work: the caller resumes the generator after its pauses.
 */
export function* clipSteps(input: ClipInput): Steps<ClipResult> {
  const timer = input.timer ?? (() => performance.now());
  const mode = input.mode ?? 'article';
  let extractMs = 0;
  yield 'metadata';
  const t0 = timer();
  const pageMetadata = extractMetadata(input.document, input.url, input.now);
  extractMs += timer() - t0;
  const extraction = yield* timed(
    extractArticleSteps(input.document, input.url, pageMetadata, mode, input.selectionHtml, input.ownsDocument ?? false),
    timer,
    (ms) => (extractMs += ms),
  );
  const t1 = timer();
  const metadata = pageMetadata.title?.trim() ? pageMetadata : withFallbackTitle(pageMetadata, extraction.root, extraction.text, input.url);
  extractMs += timer() - t1;
  yield 'markdown';
  const t2 = timer();
  const article = toMarkdown(extraction.root);
  const markdownMs = timer() - t2;
  yield 'post';

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
    timings: { extractMs, markdownMs },
    warnings: extraction.warnings,
  };
}
