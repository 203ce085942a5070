// Watches the popup while it works, from its first script on: every progress text it
// shows (and when), the longest task (longtask observer), the longest gap between ticks
// of a 10 ms timer (event-loop lag: how long a click would have waited), and when the
// form or a problem appeared. Installed as an init script, so it sees the popup's first paint.
import type { Page } from 'playwright-core';
import type { Launched } from './launch';

export interface PopupWatch {
  /**
   * Progress texts in the order shown: when set and when a frame showing it was produced
   * (the next animation frame; null when none came before the text changed or the work ended),
   * in ms since the popup's navigation start.
   */
  progress: Array<{ at: number; text: string; paintedAt: number | null }>;
  /** ms since navigation start when the form or a problem became visible; null while working. */
  doneAt: number | null;
  /** Longest main-thread task seen by the longtask observer (0: none ≥ 50 ms). */
  longestTaskMs: number;
  /** Longest gap between two ticks of a 10 ms timer while working, in ms. */
  maxTimerGapMs: number;
}

function watcher(): void {
  const w = { progress: [] as Array<{ at: number; text: string; paintedAt: number | null }>, doneAt: null as number | null, longestTaskMs: 0, maxTimerGapMs: 0 };
  Object.defineProperty(globalThis, '__popupWatch', { value: w });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longestTaskMs = Math.max(w.longestTaskMs, e.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No longtask support: the timer gap still tells.
  }
  let last = performance.now();
  const tick = setInterval(() => {
    const now = performance.now();
    w.maxTimerGapMs = Math.max(w.maxTimerGapMs, now - last);
    last = now;
  }, 10);
  const check = () => {
    const progress = document.getElementById('progress');
    const text = document.getElementById('progress-text')?.textContent ?? '';
    if (progress && !progress.hidden && text && w.progress[w.progress.length - 1]?.text !== text) {
      const step = { at: performance.now(), text, paintedAt: null as number | null };
      w.progress.push(step);
      requestAnimationFrame(() => {
        // Still this text on screen when the frame was made (not replaced by the form yet).
        if (w.doneAt === null && document.getElementById('progress-text')?.textContent === text) step.paintedAt = performance.now();
      });
    }
    const form = document.getElementById('clip-form');
    const problem = document.getElementById('problem');
    if (w.doneAt === null && ((form && !form.hidden) || (problem && !problem.hidden))) {
      w.doneAt = performance.now();
      // The task that filled the form is still running: its length shows at the next tick.
      setTimeout(() => {
        w.maxTimerGapMs = Math.max(w.maxTimerGapMs, performance.now() - last);
        clearInterval(tick);
      }, 0);
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['hidden'] });
  document.addEventListener('DOMContentLoaded', check);
}

/** popup.html?tabId=N opened as a page, with the watcher installed before its scripts run. */
export async function openWatchedPopup(browser: Launched, tabId: number): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.addInitScript(watcher);
  await popup.setViewportSize({ width: 560, height: 900 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`, { timeout: 10_000 });
  return popup;
}

export function readWatch(popup: Page): Promise<PopupWatch> {
  return popup.evaluate(() => (globalThis as unknown as { __popupWatch: PopupWatch }).__popupWatch);
}
