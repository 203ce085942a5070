// Content script, injected on demand (scripting.executeScript, files: ['content.js']).
// It only takes a snapshot; the build exposes `capture` as the script's completion
// value (see scripts/build.mjs), which is what executeScript hands back to the popup.
import { capturePage } from './capture';

export const capture = capturePage(document, window.getSelection(), location.href);
