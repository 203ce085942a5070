// The engine (engine.js, built from src/engine/main.ts) is a separate classic script:
// started as the popup opens, so it loads while the content script reads the page
// instead of before the popup can show anything. It is the same file the popup injects
// into a tab for a large page, so the extension carries one copy of it.
import { ENGINE_FILE, ENGINE_GLOBAL, type Engine } from '../engine/bundle-name';

let loading: Promise<Engine> | null = null;
let loaded: Engine | null = null;

function engineGlobal(): Engine | undefined {
  return (globalThis as Record<string, unknown>)[ENGINE_GLOBAL] as Engine | undefined;
}

export function loadCore(): Promise<Engine> {
  loading ??= new Promise<Engine>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = ENGINE_FILE;
    script.addEventListener('load', () => {
      const engine = engineGlobal();
      if (engine) resolve((loaded = engine));
      else reject(new Error('the engine did not start.'));
    });
    script.addEventListener('error', () => reject(new Error('the engine could not be loaded.')));
    document.head.append(script);
  });
  return loading;
}

/** The engine, once loadCore() has finished: the editor opens only after that. */
export function core(): Engine {
  loaded ??= engineGlobal() ?? null;
  if (!loaded) throw new Error('the engine is not loaded yet.');
  return loaded;
}
