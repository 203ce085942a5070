// The engine needs a DOM, so it runs on a page's thread (workers have none): the popup's,
// or for a large page the tab's (see src/content/clip-in-page.ts). On a large page its
// steps take seconds in all: run back to back they would freeze that thread (a 10 MB
// page held the popup for 17 s, with no redraw and no click). So the steps run in
// slices: once a slice has worked this long, the thread goes back to the browser
// (redraw, handle input) before the next step. Small pages finish in one slice.
export const SLICE_MS = 50;

/** A macrotask boundary: the browser may paint and dispatch input before we go on. */
const toBrowser = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export async function runInSlices<S, T>(
  steps: Generator<S, T, void>,
  onPause: (next: S) => void,
  now: () => number = () => performance.now(),
): Promise<T> {
  let sliceStart = now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (now() - sliceStart >= SLICE_MS) {
      onPause(next.value);
      await toBrowser();
      sliceStart = now();
    }
  }
}
