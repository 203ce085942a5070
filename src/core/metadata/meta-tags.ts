// <meta> tags indexed once by name, property, itemprop and http-equiv (case-insensitive),
// so every other source can look keys up without scanning the document again.
import type { Candidate } from './candidate';

export class MetaTags {
  private readonly byKey = new Map<string, Candidate[]>();

  /** `metas`: the page's <meta> elements (or the document, to find them). */
  constructor(metas: Document | readonly Element[]) {
    for (const el of 'querySelectorAll' in metas ? Array.from(metas.querySelectorAll('meta')) : metas) {
      // Some CMSs write value= instead of content=.
      const content = el.getAttribute('content') ?? el.getAttribute('value');
      if (content === null || content.trim() === '') continue;
      for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
        const keys = el.getAttribute(attr);
        if (!keys) continue;
        // property="og:title twitter:title" declares two keys at once.
        for (const key of keys.trim().split(/\s+/)) {
          // RDFa writes Dublin Core as "dc:creator", HTML meta as "DC.creator".
          const k = (attr === 'http-equiv' ? 'http-equiv:' : '') + key.toLowerCase().replace(/^(dc|dcterms):/, '$1.');
          const label = attr === 'itemprop' ? `meta itemprop=${key}` : `meta ${key}`;
          const list = this.byKey.get(k) ?? [];
          list.push({ value: content, source: label });
          this.byKey.set(k, list);
        }
      }
    }
  }

  /** All values for the keys, in the order of the keys asked for, then document order. */
  all(...keys: string[]): Candidate[] {
    return keys.flatMap((k) => this.byKey.get(k.toLowerCase()) ?? []);
  }

  /** First value for the first key that has one. */
  first(...keys: string[]): Candidate | null {
    return this.all(...keys)[0] ?? null;
  }
}
