// Popup entry: find the tab, restore its draft or clip it afresh, then hand over
// to the editor. Every failure ends as a sentence in the popup, never a stack trace.
import type { ClipMode, ClipResult } from '../core/types';
import type { PageCapture } from '../content/page-capture';
import { explainInjectionProblem, InjectionError } from '../platform/injection-error';
import { loadSettings } from '../platform/settings-store';
import { getTab } from '../platform/tabs';
import { activeProfile, type Settings } from '../settings/schema';
import { byId } from './dom';
import { loadDraft, type Draft } from './draft';
import { openEditor, wireEditor } from './editor';
import { initialFormState } from './field-values';
import { captureTab, clipCapture } from './extract';
import type { ClipModel } from './post';
import { targetTabId } from './target';
import { loadCore } from './core-loader';
import { setActionsEnabled, setStatus, showNotice, showProblem, showProgress } from './view';

interface Context {
  tabId: number;
  settings: Settings;
  capture: PageCapture | null;
}

let context: Context | null = null;

function modelFor(ctx: Context, url: string, frontMatter: Record<string, unknown>, sources: ClipModel['sources']): ClipModel {
  return {
    tabId: ctx.tabId,
    url,
    fields: activeProfile(ctx.settings).fields,
    frontMatter,
    sources,
    saveAs: ctx.settings.saveAs,
    filenameMaxLength: ctx.settings.filenameMaxLength,
  };
}

async function restore(ctx: Context, draft: Draft): Promise<void> {
  // The form renders the post with the engine's functions (./post.ts).
  await loadCore();
  const when = new Date(draft.savedAt).toLocaleTimeString();
  openEditor(modelFor(ctx, draft.url, draft.frontMatter, draft.sources), draft.state, `Restored your unsaved draft from ${when}. Use "Discard draft" to clip the page afresh.`);
}

function showResult(ctx: Context, capture: PageCapture, result: ClipResult): void {
  if (!result.isArticle && result.mode === 'article') {
    showProblem('No article found on this page.', { page: true, selection: capture.selectionHtml !== '' });
    return;
  }
  const fields = activeProfile(ctx.settings).fields;
  const state = initialFormState(result.frontMatter, fields, result.filename, result.body);
  const note = result.warnings.length > 0 ? `Note: ${result.warnings.join(' ')}` : '';
  // Only a fresh article clip saves at once; a restored draft or a fallback waits for the user.
  const saveAtOnce = ctx.settings.shortcutAction === 'save-directly' && result.mode === 'article';
  openEditor(modelFor(ctx, capture.url, result.frontMatter, result.metadata.sources), state, note, saveAtOnce);
}

async function clipWith(mode: ClipMode): Promise<void> {
  if (!context?.capture) throw new Error('The page has not been read yet.');
  showResult(context, context.capture, await clipCapture(context.tabId, context.capture, context.settings, mode));
}

async function start(): Promise<void> {
  // Load the engine in parallel with finding the tab and reading the page.
  loadCore().catch(fail);
  setActionsEnabled(false);
  showNotice('');
  const settings = await loadSettings();
  const tabId = await targetTabId();
  const ctx: Context = { tabId, settings, capture: null };
  context = ctx;
  // The URL is known here whenever activeTab is granted (a toolbar click on a web page).
  const tab = await getTab(tabId).catch((error: unknown) => {
    throw new InjectionError('tab-gone', String(error));
  });
  const known = tab.url ? await loadDraft(tabId, tab.url) : undefined;
  if (known) return restore(ctx, known);
  const capture = await captureTab(tabId, tab.url);
  ctx.capture = capture;
  const draft = tab.url ? undefined : await loadDraft(tabId, capture.url);
  if (draft) return restore(ctx, draft);
  showResult(ctx, capture, await clipCapture(tabId, capture, settings, 'article'));
}

function fail(error: unknown): void {
  if (error instanceof InjectionError) {
    showProblem(explainInjectionProblem(error));
    return;
  }
  const message = error instanceof Error ? error.message : String(error);
  showProblem(`Something went wrong while clipping this page: ${message}`);
  setStatus('');
}

byId('clip-page').addEventListener('click', () => clipWith('page').catch(fail));
byId('clip-selection').addEventListener('click', () => clipWith('selection').catch(fail));
// After "Discard draft" the stale form goes at once: until the fresh clip fills it again,
// it would still show the discarded text as if it were current.
wireEditor(() => {
  showProgress('Clipping the page afresh…');
  start().catch(fail);
});
start().catch(fail);
