// @vitest-environment jsdom
// A body of megabytes waits in the hidden textarea behind a button (laying it out holds the
// popup for about a second); Save, Copy and the draft read the textarea's value either way.
import { beforeEach, describe, expect, it } from 'vitest';
import { LARGE_BODY_CHARS, showBody, wireBodyView } from '../../src/popup/body-view';

beforeEach(() => {
  document.body.innerHTML = '<textarea id="body"></textarea><button type="button" id="show-body" hidden></button>';
});

const textarea = () => document.getElementById('body') as HTMLTextAreaElement;
const button = () => document.getElementById('show-body') as HTMLButtonElement;

describe('showBody', () => {
  it('shows a body of ordinary size at once', () => {
    showBody(LARGE_BODY_CHARS - 1);
    expect(textarea().hidden).toBe(false);
    expect(button().hidden).toBe(true);
  });

  it('keeps a large body behind a button that says its size, and shows it on a click', async () => {
    textarea().value = 'x'.repeat(LARGE_BODY_CHARS + 5);
    wireBodyView();
    showBody(textarea().value.length);
    expect(textarea().hidden).toBe(true);
    expect(button().hidden).toBe(false);
    expect(button().textContent).toBe('Show the body to edit it (1.0 MB: the popup pauses a moment)');
    // The value is there for Save and Copy while hidden.
    expect(textarea().value.length).toBe(LARGE_BODY_CHARS + 5);
    button().click();
    expect(button().textContent).toBe('Opening the body…');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(textarea().hidden).toBe(false);
    expect(button().hidden).toBe(true);
  });
});
