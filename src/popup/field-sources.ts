// Which metadata source fed a form field, for the "from …" hint beside it. The
// profile field's template names its variables; those map onto metadata keys.
import type { MetadataValues, SourceMap } from '../core/types';
import type { ProfileField } from '../settings/schema';

// Template variable → metadata key it is computed from (see core/template.ts).
const VARIABLE_TO_METADATA: Record<string, keyof MetadataValues> = {
  title: 'title',
  date: 'published',
  published: 'published',
  modified: 'modified',
  author: 'author',
  authors: 'authors',
  siteName: 'siteName',
  siteShortName: 'siteShortName',
  section: 'section',
  keywords: 'keywords',
  language: 'lang',
  lang: 'lang',
  canonicalUrl: 'canonicalUrl',
  description: 'description',
  image: 'image',
};

function variablesOf(field: ProfileField): string[] {
  const templates = Array.isArray(field.value) ? field.value : typeof field.value === 'string' ? [field.value] : [];
  return templates.flatMap((t) => [...t.matchAll(/\{\{\s*([A-Za-z]+)\s*\}\}/g)].map((m) => m[1]));
}

/** "published: JSON-LD datePublished" lines for the field, '' when it uses no metadata. */
export function describeFieldSource(field: ProfileField, sources: SourceMap): string {
  const parts = new Set<string>();
  for (const variable of variablesOf(field)) {
    if (variable === 'summary') parts.add('the first words of the article');
    const key = VARIABLE_TO_METADATA[variable];
    if (key === undefined) continue;
    const source = sources[key];
    parts.add(source ? `${key}: ${source}` : `${key}: not found on the page`);
  }
  return [...parts].join('; ');
}
