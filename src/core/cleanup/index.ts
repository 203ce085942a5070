// The cleanup passes, in the order they run, and the safety net around them.
import type { CleanupContext, CleanupPass } from './context';
import { removeJunkElementsPass } from './remove-junk-elements';
import { removeOutsideCorePass } from './remove-outside-core';
import { removeHeaderRepeatsPass } from './remove-header-repeats';
import { removeBoilerplateBlocksPass } from './remove-boilerplate-blocks';
import { removeLinkListsPass } from './remove-link-lists';
import { removeMetaLinesPass } from './remove-meta-lines';
import { removeTrailingSectionsPass } from './remove-trailing-sections';
import { removeTeaserCardsPass } from './remove-teaser-cards';
import { removeTrailingFragmentsPass } from './remove-trailing-fragments';
import { removeEmptyElementsPass } from './remove-empty-elements';
import { flatText } from './text';
import { runSteps, type Steps } from '../steps';

export const CLEANUP_PASSES: CleanupPass[] = [
  removeTrailingSectionsPass,
  removeTeaserCardsPass,
  removeOutsideCorePass,
  removeJunkElementsPass,
  removeHeaderRepeatsPass,
  removeBoilerplateBlocksPass,
  removeMetaLinesPass,
  removeLinkListsPass,
  removeEmptyElementsPass,
  removeTrailingFragmentsPass,
];

export interface CleanupOutcome {
  root: Element;
  removed: Record<string, number>;
  warnings: string[];
}

/**
 * Runs every pass on `article` itself (it is changed). When they would remove more than
 * half of its text, the article is kept as Readability gave it (less empty elements) and
 * a warning says so: a half article is worse than a little junk.
 */
export function cleanArticle(article: Element, ctx: CleanupContext, passes = CLEANUP_PASSES): CleanupOutcome {
  return runSteps(cleanArticleSteps(article, ctx, passes));
}

/** cleanArticle, pausing before each pass (see ../steps.ts). */
export function* cleanArticleSteps(article: Element, ctx: CleanupContext, passes = CLEANUP_PASSES): Steps<CleanupOutcome> {
  // Paused before the first pass, as before each: the copy below goes with that pass.
  yield 'cleanup';
  // The passes change the article in place; its HTML is kept for the rare article the safety
  // net stops. (A deep copy to work on cost several times more on jsdom: the copy itself,
  // then a new wrapper for each of its nodes the passes touch.)
  const saved = article.outerHTML;
  const original = () => parsedElement(article, saved);
  const root = article;
  const removed: Record<string, number> = {};
  // A pass that sets the baseline measures it anew: the article's own text is then unused.
  let before = passes.some((pass) => pass.setsBaseline) ? 0 : flatText(article).length;
  for (const [i, pass] of passes.entries()) {
    if (i > 0) yield 'cleanup';
    removed[pass.name] = pass.run(root, ctx);
    if (pass.setsBaseline) before = flatText(root).length;
  }
  const after = flatText(root).length;
  if (before > 0 && after < before / 2) {
    // Most often one pass alone takes too much (a class word on the article's own box):
    // the others still remove what they know, without it.
    const greedy = greediestPass(original(), ctx, passes);
    const without = greedy ? runWithout(original(), ctx, passes, greedy) : null;
    if (without) {
      return {
        ...without,
        warnings: [`Cleanup step '${greedy?.name}' would have removed too much of the article text; skipped it.`],
      };
    }
    const fallback = original();
    for (const pass of passes) if (pass.setsBaseline) pass.run(fallback, ctx);
    removeEmptyElementsPass.run(fallback, ctx);
    return {
      root: fallback,
      removed: {},
      warnings: [`Cleanup would have removed ${Math.round((1 - after / before) * 100)}% of the article text; kept Readability's article as is.`],
    };
  }
  return { root, removed, warnings: [] };
}

/**
 * The pass, not one that sets the baseline, that removes the most text when all run in
 * order (on `root`, changed). Measured again only on the rare article the safety net stops.
 */
function greediestPass(root: Element, ctx: CleanupContext, passes: CleanupPass[]): CleanupPass | null {
  let best: CleanupPass | null = null;
  let most = 0;
  let length = flatText(root).length;
  for (const pass of passes) {
    pass.run(root, ctx);
    const now = flatText(root).length;
    if (!pass.setsBaseline && length - now > most) {
      most = length - now;
      best = pass;
    }
    length = now;
  }
  return best;
}

/** All passes but `skip` (on `root`, changed), when they keep at least half of the text: else null. */
function runWithout(root: Element, ctx: CleanupContext, passes: CleanupPass[], skip: CleanupPass): { root: Element; removed: Record<string, number> } | null {
  const removed: Record<string, number> = {};
  let before = passes.some((pass) => pass.setsBaseline) ? 0 : flatText(root).length;
  for (const pass of passes) {
    if (pass === skip) continue;
    removed[pass.name] = pass.run(root, ctx);
    if (pass.setsBaseline) before = flatText(root).length;
  }
  return before > 0 && flatText(root).length >= before / 2 ? { root, removed } : null;
}

/**
 * `html` (an element's outerHTML) parsed again, in a document of its own: inert, so nothing
 * in it loads or runs (the page's own document may have a window, as the CLI's does).
 */
function parsedElement(like: Element, html: string): Element {
  const holder = like.ownerDocument.implementation.createHTMLDocument('').createElement('div');
  // eslint-disable-next-line no-unsanitized/property -- inert document made by createHTMLDocument: nothing runs or loads; the HTML is the article's own, serialized above.
  holder.innerHTML = html;
  return holder.firstElementChild ?? holder;
}
