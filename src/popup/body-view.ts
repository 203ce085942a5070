// A body of megabytes takes the browser about a second to lay out in the textarea (9 MB:
// 1 s in Chromium), and the popup takes no click meanwhile. Such a body waits in the hidden
// textarea, where Save, Copy and the draft read it as ever, until the user asks to see it.
import { byId } from './dom';
import { megabytes } from './counts';

/** From this many characters on, the body is shown only on request. */
export const LARGE_BODY_CHARS = 1_000_000;

/** Shows the body, or for a large one the button that shows it. */
export function showBody(length: number): void {
  const large = length >= LARGE_BODY_CHARS;
  const reveal = byId<HTMLButtonElement>('show-body');
  byId('body').hidden = large;
  reveal.hidden = !large;
  reveal.disabled = false;
  if (large) reveal.textContent = `Show the body to edit it (${megabytes(length)}: the popup pauses a moment)`;
}

export function wireBodyView(): void {
  const reveal = byId<HTMLButtonElement>('show-body');
  reveal.addEventListener('click', () => {
    reveal.textContent = 'Opening the body…';
    reveal.disabled = true;
    // Painted first: the layout that follows holds the popup for a moment.
    requestAnimationFrame(() => setTimeout(() => {
      const body = byId<HTMLTextAreaElement>('body');
      body.hidden = false;
      reveal.hidden = true;
      body.focus();
    }, 0));
  });
}
