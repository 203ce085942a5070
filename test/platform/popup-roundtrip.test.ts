// The popup's promise: an unedited form saves exactly the core's Markdown. Checked
// with the real core on the spec page (jsdom stands in for the popup's DOMParser).
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { clipDocument } from '../../src/core/clip';
import { frontMatterFromForm, initialFormState } from '../../src/popup/field-values';
import { postText, type ClipModel } from '../../src/popup/post';
import { activeProfile, DEFAULT_SETTINGS } from '../../src/settings/schema';
import { ENGINE_GLOBAL } from '../../src/engine/bundle-name';

// The popup takes renderPost from the engine bundle's global (src/popup/core-loader.ts):
// the same module graph engine.js is built from.
(globalThis as Record<string, unknown>)[ENGINE_GLOBAL] = await import('../../src/engine/main');

const URL_ = 'https://thehill.com/policy/defense/5140389-hegseth-nato-membership-ukraine-russia/';
const html = readFileSync(new URL('../../../shared/spec/article-page.html', import.meta.url), 'utf8');

describe('form round trip on the spec page', () => {
  it('renders the core markdown byte for byte from an unedited form', () => {
    const settings = structuredClone(DEFAULT_SETTINGS);
    const { document } = new JSDOM(html, { url: URL_ }).window;
    const result = clipDocument({ document, url: URL_, now: new Date('2025-03-01T00:00:00Z'), settings });
    const fields = activeProfile(settings).fields;
    const state = initialFormState(result.frontMatter, fields, result.filename, result.body);
    expect(frontMatterFromForm(result.frontMatter, fields, state)).toEqual(result.frontMatter);
    const model: ClipModel = {
      tabId: 1,
      url: URL_,
      fields,
      frontMatter: result.frontMatter,
      sources: result.metadata.sources,
      saveAs: false,
      filenameMaxLength: settings.filenameMaxLength,
    };
    expect(postText(model, state)).toBe(result.markdown);
  });
});
