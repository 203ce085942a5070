import { describe, expect, it } from 'vitest';
import { removeHeaderRepeats, repeatsTitle } from '../../../src/core/cleanup/remove-header-repeats';
import { flatText } from '../../../src/core/cleanup/text';
import type { Metadata } from '../../../src/core/types';
import { fragment } from '../dom';

describe('repeatsTitle', () => {
  it('matches the same words', () => {
    expect(repeatsTitle('Red-hot frontrunners', 'Red-hot frontrunners')).toBe(true);
  });

  it('matches a title with the site name after it', () => {
    expect(repeatsTitle('Chelsea hoping to sign Anelka before weekend', 'Chelsea hoping to sign Anelka before weekend - Belfast Telegraph')).toBe(true);
  });

  it('matches a title with the site name before it', () => {
    expect(repeatsTitle('Briton murdered in New Zealand', 'Channel 4 News: Briton murdered in New Zealand')).toBe(true);
  });

  it('ignores punctuation and case', () => {
    expect(repeatsTitle('Emery, McGrattan SORT THINGS OUT', "Emery, McGrattan 'sort things out'")).toBe(true);
  });

  it('does not match a short heading that starts the title', () => {
    expect(repeatsTitle('UA Sports', 'UA Sports roundup for the weekend')).toBe(false);
  });

  it('does not match a heading in the middle of the title', () => {
    expect(repeatsTitle('sign Anelka before', 'Chelsea hoping to sign Anelka before weekend')).toBe(false);
  });
});

describe('removeHeaderRepeats: headlines set in bold or in a cell', () => {
  const meta: Metadata = {
    title: 'Mapping dark matter - Tehran Times', published: null, modified: null, author: null, authors: [], siteName: null, siteShortName: null,
    section: null, keywords: [], lang: null, canonicalUrl: null, description: null, image: null, sources: {},
  };
  const story = '<p>Astronomers have created the most detailed map yet of the mysterious dark matter that fills the space between galaxies.</p>';
  const ctx = { metadata: meta, url: 'https://x.test/a' };

  it.each([
    ['<p><b>Mapping dark matter</b></p>'],
    ['<table><tr><td>Mapping dark matter</td></tr></table>'],
    ['<div><strong>Mapping Dark Matter</strong><br>By Jane Doe</div>'],
  ])('removes %j above the story', (headline) => {
    const root = fragment(`${headline}${story}`);
    removeHeaderRepeats(root, ctx);
    expect(flatText(root)).not.toMatch(/^Mapping/i);
    expect(flatText(root)).toContain('Astronomers have created');
  });

  it('keeps the words when they are part of a sentence, or come after the story starts', () => {
    const inSentence = fragment(`<p>Mapping dark matter <b>is hard</b>, they said.</p>${story}`);
    removeHeaderRepeats(inSentence, ctx);
    expect(flatText(inSentence)).toMatch(/^Mapping dark matter is hard/);
    const later = fragment(`${story}<p><b>Mapping dark matter</b></p><p>More text.</p>`);
    removeHeaderRepeats(later, ctx);
    expect(flatText(later)).toContain('Mapping dark matter');
  });
});

describe('removeHeaderRepeats: the author alone above the story', () => {
  const meta: Metadata = {
    title: 'Testing with Django', published: null, modified: null, author: 'Mark Lavin', authors: ['Mark Lavin'], siteName: null, siteShortName: null,
    section: null, keywords: [], lang: null, canonicalUrl: null, description: null, image: null, sources: {},
  };
  const ctx = { metadata: meta, url: 'https://x.test/a' };
  const story = '<p>I had the opportunity to give a webcast during which I encountered a presenter’s nightmare: a broken demo.</p>';

  it('removes the name and the photo of an author box', () => {
    const root = fragment(`<div><p><img alt="Mark Lavin" src="https://x.test/staff.jpg"></p><h5> Mark Lavin </h5></div>${story}`);
    removeHeaderRepeats(root, ctx);
    expect(flatText(root)).toMatch(/^I had the opportunity/);
    expect(root.querySelector('img')).toBeNull();
  });

  it('keeps the name in a sentence and after the story starts', () => {
    const root = fragment(`<p>Mark Lavin <b>wrote</b> this.</p>${story}<h5>Mark Lavin</h5>`);
    removeHeaderRepeats(root, ctx);
    expect(flatText(root)).toMatch(/^Mark Lavin wrote this/);
    expect(root.querySelector('h5')).not.toBeNull();
  });
});
