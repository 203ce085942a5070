// Form state → the file to save: the same renderPost the core uses, so an unedited
// form gives exactly the core's Markdown. Both come from the engine bundle, which is
// loaded before any form opens (src/popup/main.ts).
import { core } from './core-loader';
import type { SourceMap } from '../core/types';
import type { ProfileField } from '../settings/schema';
import { frontMatterFromForm, type FormState } from './field-values';

/** Everything the editor needs about one clip, independent of how it was obtained (fresh or draft). */
export interface ClipModel {
  tabId: number;
  url: string;
  fields: ProfileField[];
  frontMatter: Record<string, unknown>;
  sources: SourceMap;
  saveAs: boolean;
  filenameMaxLength: number;
}

export function postText(model: ClipModel, state: FormState): string {
  return core().renderPost(frontMatterFromForm(model.frontMatter, model.fields, state), state.body);
}

/** The file name a title gives (the core's rule), for when the user edits the title. */
export function filenameForTitle(title: string, maxLength: number): string {
  return withMdExtension(core().makeFilename(title, maxLength));
}

function withMdExtension(name: string): string {
  return /\.md$/i.test(name) ? name : `${name}.md`;
}

/** What the user typed → a bare file name: no folders, always ".md". */
export function cleanFilename(typed: string): string {
  const bare = typed.trim().replace(/[/\\]+/g, '-').replace(/^\.+/, '');
  return withMdExtension(bare === '' || bare === '.md' ? 'post' : bare);
}
