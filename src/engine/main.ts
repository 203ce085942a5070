// The engine bundle (engine.js): one file for both places the engine runs. The popup
// loads it with a script tag (src/popup/core-loader.ts); for a large page the popup
// injects the same file into the tab (src/platform/inject.ts clipInTab). One copy keeps
// the store zip small. The build exposes these exports as a global (scripts/build.mjs).
export { clipSteps } from '../core/clip';
export { renderPost } from '../core/front-matter';
export { makeFilename } from '../core/filename';
export { clipInPage } from '../content/clip-in-page';
export { snapshotDocument } from '../core/snapshot-document';
export { runInSlices } from '../core/slices';
