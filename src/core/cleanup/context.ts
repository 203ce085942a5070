// What every cleanup pass gets: the article root and what we know of the page.
import type { Metadata } from '../types';

export interface CleanupContext {
  metadata: Metadata;
  url: string;
}

export interface CleanupPass {
  /** Stable name, reported in debug output and tests. */
  name: string;
  /** Removes what it recognises under `root`, in place; returns how many elements went. */
  run(root: Element, ctx: CleanupContext): number;
  /**
   * What this pass removes is outside the article by its own checks (it keeps enough
   * text before its cut): the safety net measures the other passes' losses from the
   * text it leaves, and the fallback applies it too.
   */
  setsBaseline?: boolean;
}
