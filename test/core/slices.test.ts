// The popup runs the engine's steps in slices: it pauses only once a slice has worked
// SLICE_MS, so small pages never wait and large ones let the browser redraw.
import { describe, expect, it } from 'vitest';
import { runInSlices, SLICE_MS } from '../../src/core/slices';

/** Steps that each advance a fake clock by `cost` ms, then give 'done'. */
function* work(costs: number[], clock: { t: number }): Generator<string, string, void> {
  for (const [i, cost] of costs.entries()) {
    yield `step ${i}`;
    clock.t += cost;
  }
  return 'done';
}

describe('runInSlices', () => {
  it('never pauses when all the work fits in one slice', async () => {
    const clock = { t: 0 };
    const pauses: string[] = [];
    const result = await runInSlices(work([5, 5, 5, 5], clock), (s) => pauses.push(s), () => clock.t);
    expect(result).toBe('done');
    expect(pauses).toEqual([]);
  });

  it('pauses before the next step once a slice has worked SLICE_MS', async () => {
    const clock = { t: 0 };
    const pauses: string[] = [];
    const result = await runInSlices(work([SLICE_MS, 10, SLICE_MS * 3, 10, 10], clock), (s) => pauses.push(s), () => clock.t);
    expect(result).toBe('done');
    expect(pauses).toEqual(['step 1', 'step 3']);
  });

  it('hands the thread back between slices (a timer set meanwhile runs before the next step)', async () => {
    const clock = { t: 0 };
    const seen: string[] = [];
    function* steps(): Generator<string, void, void> {
      setTimeout(() => seen.push('timer'), 0);
      clock.t += SLICE_MS;
      yield 'a';
      seen.push('after pause');
    }
    await runInSlices(steps(), () => undefined, () => clock.t);
    expect(seen).toEqual(['timer', 'after pause']);
  });
});
