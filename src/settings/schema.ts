// The one settings schema: the defaults below define the Settings type.
// Any change to the shape bumps SETTINGS_VERSION and adds a step in migrations.ts.

export type FieldType = 'text' | 'datetime' | 'list' | 'boolean';

/**
 * A front-matter field of a profile. `value` is a template: strings may hold
 * {{variable}} placeholders (see core/template.ts for the variable names); in a
 * list, an item that is exactly one list variable ({{keywords}}, {{authors}})
 * expands to all its items. Profiles are data, never code.
 */
export interface ProfileField {
  key: string;
  type: FieldType;
  value: string | boolean | string[];
}

export interface Profile {
  id: string;
  name: string;
  format: 'yaml';
  fields: ProfileField[];
  /** Template of the post body below the front matter. */
  body: string;
  /** Template of the file name (slugified, then ".md" added). */
  filename: string;
}

export const HUGO_MAINROAD: Profile = {
  id: 'hugo-mainroad',
  name: 'Hugo (Mainroad)',
  format: 'yaml',
  fields: [
    { key: 'title', type: 'text', value: '{{title}}' },
    { key: 'date', type: 'datetime', value: '{{date}}' },
    { key: 'summary', type: 'text', value: '{{summary}}' },
    { key: 'categories', type: 'list', value: ['{{siteShortName}}'] },
    { key: 'lang', type: 'list', value: ['{{language}}'] },
    { key: 'translations', type: 'list', value: ['{{language}}'] },
    { key: 'tags', type: 'list', value: ['{{siteShortName}}'] },
    { key: 'menu', type: 'text', value: '' },
    { key: 'thumbnail', type: 'text', value: '' },
    { key: 'lead', type: 'text', value: '' },
    { key: 'comments', type: 'boolean', value: false },
    { key: 'authorbox', type: 'boolean', value: false },
    { key: 'pager', type: 'boolean', value: true },
    { key: 'toc', type: 'boolean', value: false },
    { key: 'mathjax', type: 'boolean', value: false },
    { key: 'sidebar', type: 'text', value: 'right' },
    { key: 'widgets', type: 'list', value: ['search', 'recent', 'taglist'] },
  ],
  body: '{{article}}\n\n[{{siteShortName}}]({{canonicalUrl}})',
  filename: '{{title}}',
};

export const SETTINGS_VERSION = 1;

export const DEFAULT_SETTINGS = {
  version: SETTINGS_VERSION,
  activeProfile: HUGO_MAINROAD.id,
  profiles: [HUGO_MAINROAD] as Profile[],
  /** Longest file name stem, in characters, before ".md". */
  filenameMaxLength: 80,
  /** Ask where to save (browser Save As dialog) instead of saving to Downloads. */
  saveAs: false,
  /**
   * What opening the clipper (toolbar button or shortcut) does: show the form to
   * edit, or save the post as soon as it is ready (one keystroke per article).
   */
  shortcutAction: 'open-popup' as 'open-popup' | 'save-directly',
  /** Words of article text in {{summary}}. */
  summaryWords: 50,
};

export type Settings = typeof DEFAULT_SETTINGS;

export function activeProfile(settings: Settings): Profile {
  const found = settings.profiles.find((p) => p.id === settings.activeProfile);
  return found ?? settings.profiles[0] ?? HUGO_MAINROAD;
}
