// Profile templates: {{variable}} placeholders filled from the page's metadata and article.
import type { ProfileField } from '../settings/schema';
import type { Metadata } from './types';
import { summarize } from './summary';
import { siteShortName } from './site-short-name';

export type TemplateValue = string | string[];
export type Variables = Record<string, TemplateValue>;

const pad = (n: number) => String(n).padStart(2, '0');

/** "YYYY-MM-DD HH:mm:ss" in UTC, the Mainroad date style. */
export function formatUtc(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
}

export interface VariableInput {
  metadata: Metadata;
  url: string;
  now: Date;
  articleMarkdown: string;
  articleText: string;
  summaryWords: number;
}

/** Every variable a profile may use. Names are stable: profiles saved by users refer to them. */
export function buildVariables(input: VariableInput): Variables {
  const { metadata: m, url, now } = input;
  const published = m.published ? new Date(m.published) : null;
  const validPublished = published && !Number.isNaN(published.getTime()) ? published : null;
  const short = m.siteShortName ?? siteShortName(url) ?? '';
  return {
    title: m.title ?? '',
    date: formatUtc(validPublished ?? now),
    published: m.published ?? '',
    modified: m.modified ?? '',
    now: formatUtc(now),
    summary: summarize(input.articleText, input.summaryWords),
    author: m.author ?? '',
    authors: m.authors,
    siteName: m.siteName ?? '',
    siteShortName: short,
    section: m.section ?? '',
    keywords: m.keywords,
    lang: m.lang ?? '',
    language: (m.lang ?? '').split(/[-_]/)[0].toLowerCase(),
    canonicalUrl: m.canonicalUrl ?? url,
    url,
    description: m.description ?? '',
    image: m.image ?? '',
    article: input.articleMarkdown,
  };
}

const PLACEHOLDER = /\{\{\s*([A-Za-z]+)\s*\}\}/g;

/** Fills {{name}} placeholders; a list variable is joined with ", "; unknown names become "". */
export function renderTemplate(template: string, vars: Variables): string {
  return template.replace(PLACEHOLDER, (_, name: string) => {
    const value = vars[name];
    if (value === undefined) return '';
    return Array.isArray(value) ? value.join(', ') : value;
  });
}

/** The value of one profile field: a string, a boolean or a list of non-empty strings. */
export function renderField(field: ProfileField, vars: Variables): string | boolean | string[] {
  if (field.type === 'boolean') return field.value === true || field.value === 'true';
  if (field.type === 'list') {
    const items = Array.isArray(field.value) ? field.value : [String(field.value)];
    return items.flatMap((item) => {
      const whole = /^\{\{\s*([A-Za-z]+)\s*\}\}$/.exec(item);
      const value = whole ? vars[whole[1]] : undefined;
      if (Array.isArray(value)) return value;
      return [renderTemplate(item, vars)];
    }).map((s) => s.trim()).filter(Boolean);
  }
  return renderTemplate(Array.isArray(field.value) ? field.value.join(', ') : String(field.value), vars);
}
