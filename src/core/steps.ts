// The engine's long jobs are generators that yield between their steps, so a caller with
// a user interface (the popup) can let the browser paint and handle input in between,
// while everyone else runs them straight through. The core stays synchronous and pure.

/** What the engine is about to do: shown in the popup's progress line. */
export type ClipStep = 'metadata' | 'prepare' | 'readability' | 'cleanup' | 'markdown' | 'post';

export type Steps<T> = Generator<ClipStep, T, void>;

/** Runs steps to the end, without pausing. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Passes steps through, adding up the time spent working between the pauses. */
export function* timed<T>(steps: Steps<T>, timer: () => number, add: (ms: number) => void): Steps<T> {
  for (;;) {
    const start = timer();
    const next = steps.next();
    add(timer() - start);
    if (next.done) return next.value;
    yield next.value;
  }
}
