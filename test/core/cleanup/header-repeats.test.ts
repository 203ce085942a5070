import { describe, expect, it } from 'vitest';
import { repeatsTitle } from '../../../src/core/cleanup/remove-header-repeats';

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
