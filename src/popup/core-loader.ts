// The engine is a separate chunk: started as the popup opens, so it loads while the
// content script reads the page instead of before the popup can show anything.
type Core = typeof import('../core/clip');

let loading: Promise<Core> | null = null;

export function loadCore(): Promise<Core> {
  loading ??= import('../core/clip');
  return loading;
}
