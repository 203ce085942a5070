// Page → cleaned article element: Readability on a prepared clone, then our cleanup.
import { Readability } from '@mozilla/readability';
import type { ClipMode, Metadata } from './types';
import { resolveLazyImages } from './prepare/lazy-images';
import { flattenDeepNesting } from './prepare/flatten-deep-nesting';
import { framelessDocument } from './prepare/frameless-document';
import { documentBase, makeUrlsAbsolute } from './prepare/absolute-urls';
import { speedUpReader } from './prepare/readability-speedups';
import { keepRunningProse } from './prepare/keep-running-prose';
import { keepSectionHeadings } from './prepare/keep-section-headings';
import { clearRootAttributes } from './prepare/root-attributes';
import { findLeads, restoreLeads } from './restore-lead';
import { hasNoscriptText, savePage, unwrapNoscripts, type SavedPage } from './prepare/noscript-content';
import { cleanArticleSteps } from './cleanup';
import { runSteps, type Steps } from './steps';
import { removeJunkElements } from './cleanup/remove-junk-elements';
import { blockText, wordCount } from './cleanup/text';
import { byTags } from './cleanup/by-tag';
import { joinSplitArticle, markStoryRuns } from './join-split-article';
import { removeSignupForms } from './prepare/signup-forms';

/** Fewer words than this and Readability's pick is not an article (a nav page, a login wall). */
export const MIN_ARTICLE_WORDS = 30;

export interface Extraction {
  root: Element;
  text: string;
  isArticle: boolean;
  warnings: string[];
}

/**
 * A copy of the page. cloneNode throws on a doctype whose name the parser accepted but the
 * DOM cannot create (old pages: '<!doctype htm="…" language="JavaScript">'); then the page
 * is parsed again from its HTML, without the doctype.
 */
function cloneDocument(doc: Document): Document {
  try {
    return doc.cloneNode(true) as Document;
  } catch {
    const copy = doc.implementation.createHTMLDocument('');
    // eslint-disable-next-line no-unsanitized/property -- inert document made by createHTMLDocument: nothing runs or loads.
    copy.documentElement.innerHTML = doc.documentElement.innerHTML;
    return copy;
  }
}

/**
 * The page with lazy images resolved. A copy, unless the caller owns the document (the
 * popup's parsed capture, the CLI's jsdom page): cloning a big page costs as much as a
 * third of the extraction.
 */
export function preparedClone(doc: Document, owned = false): Document {
  // Flattened first: cloning a too-deep tree is what overflows the stack.
  if (owned) flattenDeepNesting(doc);
  const clone = owned ? framelessDocument(doc) : cloneDocument(doc);
  if (!owned) flattenDeepNesting(clone);
  resolveLazyImages(clone);
  return clone;
}

/** A copy made now, for a parser that cannot read the page's HTML as the page's did. */
const keep = (copy: Document): SavedPage => ({ restore: () => copy });

/**
 * Readability's article of the prepared page. It pauses ('readability') just before
 * Readability's parse, the longest step that cannot be split: on a large page the popup
 * paints and takes input between the work before it and the parse itself.
 */
function* readabilityArticleSteps(clone: Document, description: string | null): Steps<Element | null> {
  clearRootAttributes(clone);
  removeSignupForms(clone);
  // Copied first: indexing jsdom's live collection while reading the page is quadratic.
  const all = clone.body ? byTags(clone.body, ['*']) : [];
  const leads = findLeads(clone, all, description);
  const runs = markStoryRuns(clone, all);
  yield 'readability';
  // The serializer hands back the element itself: no HTML round trip.
  const reader = keepSectionHeadings(keepRunningProse(speedUpReader(new Readability<Node>(clone, { keepClasses: true, serializer: (node) => node }))), all);
  const result = reader.parse();
  const content = result?.content;
  if (!content || content.nodeType !== 1) return null;
  // Boxes put back get Readability's own final cleaning (forms, share bars, empty blocks),
  // as the rest of the article did; without that helper (a renamed internal) they go as they are.
  const prep = (reader as unknown as { _prepArticle?: (el: Element) => void })._prepArticle;
  joinSplitArticle(content as Element, clone, runs, prep ? (el) => prep.call(reader, el) : undefined);
  restoreLeads(content as Element, leads);
  return content as Element;
}

/** The whole page's main text, for pages that have no article. */
function wholePage(clone: Document): Element {
  const body = (clone.body ?? clone.documentElement).cloneNode(true) as Element;
  for (const el of byTags(body, ['header', 'footer', 'nav', 'aside'])) el.remove();
  removeJunkElements(body, 0.5);
  return body;
}

/** The user's selection as an element of the clone (the clone is inert: no script runs). */
function selection(clone: Document, selectionHtml: string): Element {
  const holder = clone.implementation.createHTMLDocument('').createElement('div');
  // eslint-disable-next-line no-unsanitized/property -- inert document made by createHTMLDocument: nothing runs or loads, and the result is only converted to Markdown.
  holder.innerHTML = selectionHtml;
  return holder;
}

export function extractArticle(doc: Document, url: string, metadata: Metadata, mode: ClipMode = 'article', selectionHtml = '', owned = false): Extraction {
  return runSteps(extractArticleSteps(doc, url, metadata, mode, selectionHtml, owned));
}

/** extractArticle, pausing between its steps (see ./steps.ts). */
export function* extractArticleSteps(doc: Document, url: string, metadata: Metadata, mode: ClipMode = 'article', selectionHtml = '', owned = false): Steps<Extraction> {
  yield 'prepare';
  const clone = preparedClone(doc, owned);
  const base = documentBase(clone, url);
  if (mode === 'selection') {
    const root = selection(clone, selectionHtml);
    resolveLazyImages(root);
    makeUrlsAbsolute(root, base);
    const text = blockText(root);
    return { root, text, isArticle: wordCount(text) > 0, warnings: [] };
  }
  if (mode === 'page') {
    const root = wholePage(clone);
    makeUrlsAbsolute(root, base);
    return { root, text: blockText(root), isArticle: true, warnings: [] };
  }
  // Readability changes the page it reads: the second run, if any, needs the page from before.
  const saved = hasNoscriptText(clone) ? savePage(clone, doc) ?? keep(cloneDocument(clone)) : null;
  let article = yield* readabilityArticleSteps(clone, metadata.description);
  const words = (el: Element | null) => (el ? wordCount(blockText(el)) : 0);
  const found = saved ? words(article) : 0;
  if (saved && found < MIN_ARTICLE_WORDS) {
    const spare = saved.restore();
    unwrapNoscripts(spare);
    const second = yield* readabilityArticleSteps(spare, metadata.description);
    if (words(second) > found) article = second;
  }
  if (!article) return { root: clone.createElement('div'), text: '', isArticle: false, warnings: ['No article found on this page.'] };
  makeUrlsAbsolute(article, base);
  const cleaned = yield* cleanArticleSteps(article, { metadata, url });
  const text = blockText(cleaned.root);
  const isArticle = wordCount(text) >= MIN_ARTICLE_WORDS;
  return { root: cleaned.root, text, isArticle, warnings: isArticle ? cleaned.warnings : [...cleaned.warnings, 'No article found on this page.'] };
}
