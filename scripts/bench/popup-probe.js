// Added to every page of the benchmark's browser (context.addInitScript) before any
// of its scripts: records long tasks, and in the extension popup the time the content
// script call is made and answered and the moment the form is ready (#save enabled).
(() => {
  const probe = { longtasks: [], captureCall: null, captureDone: null, formReady: null };
  Object.defineProperty(globalThis, '__benchProbe', { value: probe });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch { /* no longtask support */ }
  if (location.protocol !== 'chrome-extension:' || !location.pathname.endsWith('/popup.html')) return;
  const scripting = globalThis.chrome && chrome.scripting;
  if (scripting && scripting.executeScript) {
    const original = scripting.executeScript.bind(scripting);
    scripting.executeScript = (...args) => {
      probe.captureCall = performance.now();
      const cb = typeof args[args.length - 1] === 'function' ? args.pop() : null;
      if (cb) return original(...args, (...res) => { probe.captureDone = performance.now(); cb(...res); });
      return original(...args).then((r) => { probe.captureDone = performance.now(); return r; });
    };
  }
  const check = () => {
    const save = document.getElementById('save');
    const form = document.getElementById('clip-form');
    if (probe.formReady === null && save && form && !save.disabled && !form.hidden) probe.formReady = performance.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled', 'hidden'] });
})();
