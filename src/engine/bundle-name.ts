// Where the engine bundle lives and the global it defines (scripts/build.mjs uses the
// same two names when it builds src/engine/main.ts).
export const ENGINE_FILE = 'engine.js';
export const ENGINE_GLOBAL = '__markdownNewsClipperEngine';

export type Engine = typeof import('./main');
