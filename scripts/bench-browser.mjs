#!/usr/bin/env node
// Browser benchmark: the built extension (dist/chrome) in headless Chromium clips the
// spec page and 20 corpus pages served on 127.0.0.1; next to it, a plain
// Readability+Turndown script run on the same pages' main thread in the same session.
// Prints one table of medians; never fails on a slow result (exit 1 only when it cannot run).
// Then the 10 MB stress page (scripts/make-stress-pages.mjs): click-to-form, ms per MB against
// the typical pages', the page's longest main-thread task, and whether the popup stayed
// responsive (its longest task and event-loop lag while it clipped).
// --profile-big FILE: also run the engine (unminified, names kept) on the 10 MB page in a tab,
// under the CDP sampling profiler, write FILE (.cpuprofile, opens in DevTools) and print the
// functions with the most time, each with its source file.
// Usage: node scripts/bench-browser.mjs [--runs N] [--pages N] [--big-runs N | --no-big] [--profile-big FILE]
import { chromium } from 'playwright-core';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, tmp, ensureTmp, listCorpus, loadPage, loadSpec, median, fmt, printTable, die } from './bench/common.mjs';

const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined ? Number(argv[i + 1]) : dflt;
};
const RUNS = Math.max(1, Math.min(20, opt('--runs', 5)));
const N_PAGES = Math.max(0, Math.min(200, opt('--pages', 20)));
const BIG_RUNS = argv.includes('--no-big') ? 0 : Math.max(0, Math.min(10, opt('--big-runs', 2)));
const bigPagePath = join(root, 'test/fixtures/stress/big-10mb.html');
const profileIdx = argv.indexOf('--profile-big');
const PROFILE_OUT = profileIdx >= 0 && argv[profileIdx + 1] ? argv[profileIdx + 1] : null;
// The popup's event-loop lag: the longest gap between ticks of a 10 ms timer from the popup's
// first script until the tick after the form is filled (how long a click would have waited).
// The popup calls executeScript twice: the capture (files: content.js), then a small func
// that releases the snapshot in the page. popup-probe.js times every call; these two scripts,
// one before it and one after, send the func call past it, so capture times the capture only.
const BEFORE_PROBE = `(() => {
  const s = globalThis.chrome && chrome.scripting;
  if (s && s.executeScript) Object.defineProperty(globalThis, '__benchUntimedExecuteScript', { value: s.executeScript.bind(s) });
})();`;
const AFTER_PROBE = `(() => {
  const s = globalThis.chrome && chrome.scripting;
  if (!s || !s.executeScript || !globalThis.__benchUntimedExecuteScript) return;
  const timed = s.executeScript;
  s.executeScript = (...args) => (args[0] && args[0].func ? globalThis.__benchUntimedExecuteScript(...args) : timed(...args));
})();`;
const LAG_PROBE = `(() => {
  if (location.protocol !== 'chrome-extension:' || !location.pathname.endsWith('/popup.html')) return;
  const lag = { maxMs: 0, done: false };
  Object.defineProperty(globalThis, '__benchLag', { value: lag });
  let last = performance.now();
  const id = setInterval(() => {
    const now = performance.now();
    lag.maxMs = Math.max(lag.maxMs, now - last);
    last = now;
    if (globalThis.__benchProbe && globalThis.__benchProbe.formReady !== null) { clearInterval(id); lag.done = true; }
  }, 10);
})();`;
const chromeDist = join(root, 'dist', 'chrome');
const EXECUTABLE = process.env.CHROMIUM ?? '/usr/bin/chromium';

async function bundleBaseline() {
  const { build } = await import('esbuild');
  const r = await build({
    entryPoints: [join(root, 'scripts/bench/rt-page-entry.mjs')], bundle: true, format: 'iife', platform: 'browser',
    target: ['chrome120'], minify: true, write: false, logLevel: 'error', absWorkingDir: root,
  });
  return r.outputFiles[0].text;
}

function serve(pages) {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const page = pages.get(path);
    if (!page) return res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => { server.closeAllConnections(); return new Promise((r) => server.close(() => r())); },
  })));
}

async function heapUsed(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
}
async function taskSeconds(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (n) => metrics.find((m) => m.name === n)?.value ?? NaN;
  return { task: get('TaskDuration'), script: get('ScriptDuration') };
}
const longestAfter = (tasks, t) => Math.max(0, ...tasks.filter((x) => x.start + x.duration >= t).map((x) => x.duration));

async function openPage(context, url) {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.waitForTimeout(200); // let the page settle after load
  return { page, cdp };
}

async function clipWithExtension(ctx, url, timeout = 30_000) {
  const { context, extensionId, worker } = ctx;
  const { page, cdp } = await openPage(context, url);
  try {
    const heapBefore = await heapUsed(cdp);
    const tasksBefore = await taskSeconds(cdp);
    const clickAt = await page.evaluate(() => performance.now());
    // The toolbar click: CDP Extensions.triggerAction on the tab target (grants activeTab).
    const bcdp = await context.browser().newBrowserCDPSession();
    const { targetInfos } = await bcdp.send('Target.getTargets', { filter: [{}] });
    const target = targetInfos.find((t) => t.type === 'tab' && t.url === page.url());
    if (!target) throw new Error(`no tab target for ${url}`);
    const clickWall = Date.now();
    await bcdp.send('Extensions.triggerAction', { id: extensionId, targetId: target.targetId });
    await bcdp.detach();
    const ids = await worker.evaluate(async (u) => (await chrome.tabs.query({})).filter((t) => t.url === u).map((t) => t.id), page.url());
    if (ids.length !== 1) throw new Error(`expected one tab for ${url}, found ${ids.length}`);
    // The popup, opened as a page aimed at the tab (what the toolbar popup shows).
    const popup = await context.newPage();
    const openWall = Date.now();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${ids[0]}`, { timeout: 15_000 });
    await popup.waitForFunction(() => globalThis.__benchProbe?.formReady !== null || !document.getElementById('problem')?.hidden, undefined, { timeout, polling: 20 });
    const p = await popup.evaluate(() => ({ ...globalThis.__benchProbe, problem: document.getElementById('problem')?.hidden ? '' : document.getElementById('problem-text')?.textContent, navStart: performance.timeOrigin }));
    if (p.formReady === null) throw new Error(`popup shows a problem: ${p.problem}`);
    await popup.waitForFunction(() => globalThis.__benchLag?.done, undefined, { timeout: 5_000, polling: 20 });
    const popupLagMs = await popup.evaluate(() => globalThis.__benchLag.maxMs);
    const tasksAfter = await taskSeconds(cdp);
    const pageLongtasks = await page.evaluate(() => globalThis.__benchProbe?.longtasks ?? []);
    await popup.close();
    const heapAfter = await heapUsed(cdp);
    return {
      formMs: p.formReady, // popup navigation start → form filled, #save enabled
      clickToFormMs: p.navStart + p.formReady - clickWall, // includes the harness's CDP round trips
      bootMs: p.captureCall,
      captureMs: p.captureDone - p.captureCall,
      pageTaskMs: (tasksAfter.task - tasksBefore.task) * 1000,
      processMs: p.formReady - p.captureDone,
      popupLongMs: longestAfter(p.longtasks, 0),
      popupLagMs,
      pageLongMs: longestAfter(pageLongtasks, clickAt),
      heapBefore, heapAfter, openDelayMs: openWall - clickWall,
    };
  } finally {
    await page.close().catch(() => undefined);
  }
}

async function clipWithBaseline(ctx, url) {
  const { context, baselineJs } = ctx;
  const { page, cdp } = await openPage(context, url);
  try {
    const heapBefore = await heapUsed(cdp);
    await page.addScriptTag({ content: baselineJs });
    const startAt = await page.evaluate(() => performance.now());
    const r = await page.evaluate(() => globalThis.__benchReadabilityTurndown());
    await page.waitForTimeout(50); // let the longtask entry be delivered
    const pageLongtasks = await page.evaluate(() => globalThis.__benchProbe?.longtasks ?? []);
    const heapAfter = await heapUsed(cdp);
    return { ...r, pageLongMs: longestAfter(pageLongtasks, startAt), heapBefore, heapAfter };
  } finally {
    await page.close().catch(() => undefined);
  }
}

/**
 * The 10 MB stress page, BIG_RUNS times (and Readability+Turndown on its main thread once):
 * click-to-form and ms per MB next to the typical pages' (per page, and all their time over
 * all their MB), the page's longest task, and the popup's longest task and event-loop lag.
 */
async function benchBigPage(ctx, url, mb, perPage) {
  const runs = [];
  for (let run = 0; run < BIG_RUNS; run++) {
    const t0 = Date.now();
    try {
      runs.push(await clipWithExtension(ctx, url, 300_000));
    } catch (error) {
      console.log(`\n10 MB page, run ${run + 1}: failed: ${String(error?.message ?? error).split('\n')[0]}`);
    }
    process.stderr.write(`  10 MB page run ${run + 1}/${BIG_RUNS}: ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
  }
  let rt = null;
  try {
    rt = await clipWithBaseline(ctx, url);
  } catch (error) {
    console.log(`\n10 MB page, Readability+Turndown: failed: ${String(error?.message ?? error).split('\n')[0]}`);
  }
  if (runs.length === 0) return;
  const m = (f) => median(runs.map(f));
  const click = m((x) => x.clickToFormMs);
  const form = m((x) => x.formMs);
  const process_ = m((x) => x.processMs);
  const typical = perPage.filter((x) => x.mb > 0);
  const perMbEach = median(typical.map((x) => x.o.click / x.mb));
  const perMbAll = typical.reduce((n, x) => n + x.o.click, 0) / typical.reduce((n, x) => n + x.mb, 0);
  const processPerMbEach = median(typical.map((x) => x.o.process / x.mb));
  const bigPerMb = click / mb;
  const lag = m((x) => x.popupLagMs);
  const popupLong = m((x) => x.popupLongMs);
  console.log(`\n10 MB stress page (test/fixtures/stress/big-10mb.html, ${fmt(mb, 2)} MB), median of ${runs.length} run(s):`);
  console.log(`  click → form filled:           ${fmt(click, 0)} ms  (popup navigation → form ${fmt(form, 0)} ms: boot ${fmt(m((x) => x.bootMs), 0)}, capture ${fmt(m((x) => x.captureMs), 0)}, process ${fmt(process_, 0)})`);
  console.log(`  per MB:                        ${fmt(bigPerMb, 0)} ms/MB click → form;  process only ${fmt(process_ / mb, 0)} ms/MB`);
  console.log(`  typical pages (${typical.length}), per MB:     median of pages ${fmt(perMbEach, 0)} ms/MB (process only ${fmt(processPerMbEach, 0)});  all their time / all their MB ${fmt(perMbAll, 0)} ms/MB`);
  console.log(`  ratio 10 MB / typical, per MB: ${fmt(bigPerMb / perMbEach, 2)}× the median page, ${fmt(bigPerMb / perMbAll, 2)}× the pooled pages; process only ${fmt(process_ / mb / processPerMbEach, 2)}× (issue 5 target: under 5×)`);
  console.log(`  page main thread:              longest task during the clip ${fmt(m((x) => x.pageLongMs), 0)} ms, busy ${fmt(m((x) => x.pageTaskMs), 0)} ms; heap ${fmt(m((x) => x.heapBefore / 1048576), 1)} → ${fmt(m((x) => x.heapAfter / 1048576), 1)} MB`);
  console.log(`  popup:                         longest task ${fmt(popupLong, 0)} ms, longest event-loop gap ${fmt(lag, 0)} ms → ${lag < 200 ? 'responsive (no gap ≥ 200 ms)' : `NOT responsive: a click would wait up to ${fmt(lag / 1000, 1)} s (the engine yields between its steps, but one step, such as Readability's parse, runs unbroken)`}`);
  if (rt) console.log(`  Readability+Turndown on the page's main thread, same page: total ${fmt(rt.totalMs, 0)} ms (dom ${fmt(rt.domMs, 0)}, extract ${fmt(rt.extractMs, 0)}, md ${fmt(rt.markdownMs, 0)}); page's longest task ${fmt(rt.pageLongMs, 0)} ms`);
}

/**
 * The engine as the popup runs it (DOMParser on the page's HTML, then clipDocument), but
 * bundled without minifying and injected into the 10 MB page's tab, under the CDP profiler.
 * Prints self and total time per function with its source file (from esbuild's module
 * comments in the bundle) and writes the .cpuprofile.
 */
async function profileBigPage(context, url, out) {
  const { build } = await import('esbuild');
  const entry = join(tmp, 'profile-core-entry.mjs');
  writeFileSync(entry, `import { clipDocument } from ${JSON.stringify(join(root, 'src/core/clip.ts'))};
import { DEFAULT_SETTINGS } from ${JSON.stringify(join(root, 'src/settings/schema.ts'))};
globalThis.__benchProfileClip = () => {
  const t0 = performance.now();
  const doc = new DOMParser().parseFromString(document.documentElement.outerHTML, 'text/html');
  const base = doc.createElement('base');
  base.setAttribute('href', location.href);
  doc.head.prepend(base);
  const t1 = performance.now();
  const r = clipDocument({ document: doc, url: location.href, now: new Date(), settings: DEFAULT_SETTINGS, ownsDocument: true });
  return { parseMs: t1 - t0, ...r.timings, totalMs: performance.now() - t0 };
};
`);
  const js = (await build({ entryPoints: [entry], bundle: true, format: 'iife', platform: 'browser', target: ['chrome120'], minify: false, keepNames: true, write: false, logLevel: 'error', absWorkingDir: root })).outputFiles[0].text;
  // Line → source file, from the "// src/core/…" comment esbuild puts before each module.
  const lines = js.split('\n');
  const fileAt = [];
  let current = '?';
  for (const line of lines) {
    const m = /^ {2}\/\/ ((?:src|node_modules)\/\S+)$/.exec(line);
    if (m) current = m[1].replace(/^node_modules\//, '');
    fileAt.push(current);
  }
  const { page, cdp } = await openPage(context, url);
  try {
    await page.addScriptTag({ content: js });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
    await cdp.send('Profiler.start');
    const timings = await page.evaluate(() => globalThis.__benchProfileClip());
    const { profile } = await cdp.send('Profiler.stop');
    writeFileSync(out, JSON.stringify(profile));
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    // Only frames of our bundle have a source file (the harness's evaluate has no URL either).
    const bundleScript = profile.nodes.find((n) => n.callFrame.functionName.endsWith('__benchProfileClip'))?.callFrame.scriptId;
    const name = (n) => {
      const f = n.callFrame;
      const where = f.scriptId === bundleScript && f.lineNumber >= 0 && fileAt[f.lineNumber] ? ` (${fileAt[f.lineNumber]})` : '';
      return `${f.functionName || '(anonymous)'}${where}`;
    };
    const self = new Map();
    const total = new Map();
    let all = 0;
    for (let i = 0; i < profile.samples.length; i++) {
      const dt = (profile.timeDeltas[i] ?? 0) / 1000;
      all += dt;
      let n = byId.get(profile.samples[i]);
      self.set(name(n), (self.get(name(n)) ?? 0) + dt);
      const seen = new Set();
      for (; n; n = byId.get(parent.get(n.id))) {
        const k = name(n);
        if (!seen.has(k)) total.set(k, (total.get(k) ?? 0) + dt);
        seen.add(k);
      }
    }
    const top = (m, k) => [...m].filter(([key]) => !/^\((root|program|idle)\)/.test(key)).sort((a, b) => b[1] - a[1]).slice(0, k);
    console.log(`\nProfile of the engine on the 10 MB page in a tab (unminified bundle; ${fmt(all, 0)} ms sampled): DOMParser ${fmt(timings.parseMs, 0)} ms, extract ${fmt(timings.extractMs, 0)} ms, Markdown ${fmt(timings.markdownMs, 0)} ms → ${out}`);
    printTable(['self ms', 'share', 'function (source)'], top(self, 15).map(([k, v]) => [fmt(v, 0), `${fmt((100 * v) / all, 0)}%`, k]));
    console.log('');
    printTable(['total ms', 'share', 'function (source), including what it calls'], top(total, 25).map(([k, v]) => [fmt(v, 0), `${fmt((100 * v) / all, 0)}%`, k]));
  } finally {
    await page.close().catch(() => undefined);
  }
}

async function main() {
  if (!existsSync(join(chromeDist, 'manifest.json'))) die('dist/chrome is missing: run `node scripts/build.mjs` first');
  if (!existsSync(EXECUTABLE)) die(`Chromium not found at ${EXECUTABLE} (set CHROMIUM)`);
  ensureTmp();
  const all = listCorpus();
  const step = Math.max(1, Math.floor(all.length / Math.max(1, N_PAGES)));
  const corpus = all.filter((_, i) => i % step === 0).slice(0, N_PAGES).map(loadPage);
  const pages = [loadSpec(), ...corpus].map((p, i) => ({ ...p, path: `/p${i}.html` }));
  const served = new Map(pages.map((p) => [p.path, p.html]));
  let bigHtml = null;
  if (BIG_RUNS > 0 || PROFILE_OUT) {
    // The generator is a no-op when the stress pages exist and are current.
    const made = spawnSync(process.execPath, [join(root, 'scripts/make-stress-pages.mjs')], { encoding: 'utf8', timeout: 120_000 });
    if (made.status !== 0 || !existsSync(bigPagePath)) die(`could not make the stress pages: ${made.stderr || made.error}`);
    bigHtml = readFileSync(bigPagePath, 'utf8');
    served.set('/big-10mb.html', bigHtml);
  }
  const server = await serve(served);
  const baselineJs = await bundleBaseline();
  const profile = mkdtempSync(join(tmp, 'chromium-profile-'));
  let context;
  const cleanup = async () => {
    await context?.close().catch(() => undefined);
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    mkdirSync(join(profile, 'Default'), { recursive: true });
    writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ download: { prompt_for_download: false } }));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: EXECUTABLE, headless: true, timeout: 30_000,
      args: [`--disable-extensions-except=${chromeDist}`, `--load-extension=${chromeDist}`, '--enable-unsafe-extension-debugging',
        '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--enable-precise-memory-info'],
    });
    // Corpus pages reference the web: answer only 127.0.0.1, abort the rest at once.
    await context.route((u) => !u.href.startsWith(server.origin) && !u.protocol.startsWith('chrome'), (route) => route.abort());
    await context.addInitScript({ content: BEFORE_PROBE });
    await context.addInitScript({ content: readFileSync(join(root, 'scripts/bench/popup-probe.js'), 'utf8') });
    await context.addInitScript({ content: AFTER_PROBE });
    await context.addInitScript({ content: LAG_PROBE });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const ctx = { context, worker, extensionId: new URL(worker.url()).host, baselineJs };
    const version = context.browser()?.version() ?? '?';
    console.log(`bench:browser  Chromium ${version}  pages ${pages.length} (spec + ${corpus.length} corpus pages, every ${step}th)  runs ${RUNS} (+1 warm-up on the spec page)`);
    await clipWithExtension(ctx, server.origin + pages[0].path);
    await clipWithBaseline(ctx, server.origin + pages[0].path);

    const results = pages.map(() => ({ ours: [], rt: [], errors: [] }));
    for (let run = 0; run < RUNS; run++) {
      const t0 = Date.now();
      for (let i = 0; i < pages.length; i++) {
        const url = server.origin + pages[i].path;
        // alternate which one goes first
        const order = (run + i) % 2 === 0 ? ['ours', 'rt'] : ['rt', 'ours'];
        for (const who of order) {
          try {
            results[i][who].push(who === 'ours' ? await clipWithExtension(ctx, url) : await clipWithBaseline(ctx, url));
          } catch (error) {
            results[i].errors.push(`${who}: ${String(error?.message ?? error).split('\n')[0]}`);
          }
        }
      }
      process.stderr.write(`  run ${run + 1}/${RUNS}: ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
    }

    const MB = 1048576;
    const rows = [];
    const med = (arr, f) => median(arr.map(f));
    const perPage = [];
    for (let i = 0; i < pages.length; i++) {
      const { ours, rt } = results[i];
      if (ours.length === 0 || rt.length === 0) continue;
      const o = {
        form: med(ours, (x) => x.formMs), click: med(ours, (x) => x.clickToFormMs), boot: med(ours, (x) => x.bootMs), capture: med(ours, (x) => x.captureMs),
        pageTask: med(ours, (x) => x.pageTaskMs), process: med(ours, (x) => x.processMs), popupLong: med(ours, (x) => x.popupLongMs),
        popupLag: med(ours, (x) => x.popupLagMs), pageLong: med(ours, (x) => x.pageLongMs), heapB: med(ours, (x) => x.heapBefore / MB), heapA: med(ours, (x) => x.heapAfter / MB),
      };
      const b = { total: med(rt, (x) => x.totalMs), dom: med(rt, (x) => x.domMs), ext: med(rt, (x) => x.extractMs), md: med(rt, (x) => x.markdownMs),
        pageLong: med(rt, (x) => x.pageLongMs), heapB: med(rt, (x) => x.heapBefore / MB), heapA: med(rt, (x) => x.heapAfter / MB) };
      perPage.push({ o, b, mb: Buffer.byteLength(pages[i].html) / MB });
      rows.push([pages[i].id.slice(0, 38), fmt(Buffer.byteLength(pages[i].html) / 1024, 0),
        fmt(o.form, 0), fmt(o.boot, 0), fmt(o.capture, 0), fmt(o.pageTask, 1), fmt(o.process, 0), fmt(o.popupLong, 0), fmt(o.popupLag, 0), fmt(o.pageLong, 0), `${fmt(o.heapB, 1)}→${fmt(o.heapA, 1)}`,
        fmt(b.total, 0), fmt(b.dom, 0), fmt(b.ext, 0), fmt(b.md, 0), fmt(b.pageLong, 0), `${fmt(b.heapB, 1)}→${fmt(b.heapA, 1)}`]);
    }
    const colMed = (f) => median(perPage.map(f));
    rows.push(['MEDIAN over pages', '', fmt(colMed((x) => x.o.form), 0), fmt(colMed((x) => x.o.boot), 0), fmt(colMed((x) => x.o.capture), 0), fmt(colMed((x) => x.o.pageTask), 1),
      fmt(colMed((x) => x.o.process), 0), fmt(colMed((x) => x.o.popupLong), 0), fmt(colMed((x) => x.o.popupLag), 0), fmt(colMed((x) => x.o.pageLong), 0), `Δ${fmt(colMed((x) => x.o.heapA - x.o.heapB), 2)}`,
      fmt(colMed((x) => x.b.total), 0), fmt(colMed((x) => x.b.dom), 0), fmt(colMed((x) => x.b.ext), 0), fmt(colMed((x) => x.b.md), 0), fmt(colMed((x) => x.b.pageLong), 0), `Δ${fmt(colMed((x) => x.b.heapA - x.b.heapB), 2)}`]);
    console.log(`\nMedians over ${RUNS} runs per page (ms; heap MB = page JSHeapUsedSize after GC, before→after the clip).`);
    console.log('OURS (extension): form = popup navigation start → form filled (#save enabled); boot = navigation start → content script injected;');
    console.log('  capture = executeScript call → snapshot back in the popup (content script + transfer); page task = page main-thread busy time during the clip (CDP TaskDuration delta);');
    console.log('  process = snapshot received → form filled (DOMParser + clipDocument + rendering, in the popup); popup/page long = longest task (longtask observer; 0 = none ≥ 50 ms);');
    console.log('  popup lag = longest gap between ticks of a 10 ms timer in the popup until the form is filled (how long a click in the popup would wait).');
    console.log('R+T (Readability+Turndown run on the page main thread): total = outerHTML+DOMParser (dom) + Readability.parse (extract) + Turndown (md); page long = longest task.\n');
    printTable(['page', 'KB', 'ours form', 'boot', 'capture', 'page task', 'process', 'popup long', 'popup lag', 'page long', 'page heap MB',
      'R+T total', 'dom', 'extract', 'md', 'page long', 'page heap MB'], rows);
    const clickToForm = median(perPage.map((x) => x.o.click));
    console.log(`\nToolbar click (CDP triggerAction) → form filled, median over pages: ${fmt(clickToForm, 0)} ms (includes the harness opening the popup as a tab: CDP round trips, tab lookup).`);
    const errors = results.flatMap((r, i) => r.errors.map((e) => `${pages[i].id} ${e}`));
    if (errors.length > 0) {
      console.log(`\n${errors.length} failed clips (excluded):`);
      for (const e of errors.slice(0, 10)) console.log(`  ${e}`);
    }
    if (bigHtml !== null && BIG_RUNS > 0) await benchBigPage(ctx, server.origin + '/big-10mb.html', Buffer.byteLength(bigHtml) / MB, perPage);
    if (PROFILE_OUT) await profileBigPage(context, server.origin + '/big-10mb.html', PROFILE_OUT);
  } finally {
    await cleanup();
  }
}

main().then(() => process.exit(0), (error) => die(String(error?.message ?? error).split('\n')[0]));
