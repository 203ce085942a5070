#!/usr/bin/env node
// Browser benchmark: the built extension (dist/chrome) in headless Chromium clips the
// spec page and 20 corpus pages served on 127.0.0.1; next to it, a plain
// Readability+Turndown script run on the same pages' main thread in the same session.
// Prints one table of medians; never fails on a slow result (exit 1 only when it cannot run).
// Usage: node scripts/bench-browser.mjs [--runs N] [--pages N]
import { chromium } from 'playwright-core';
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

async function clipWithExtension(ctx, url) {
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
    await popup.waitForFunction(() => globalThis.__benchProbe?.formReady !== null || !document.getElementById('problem')?.hidden, undefined, { timeout: 30_000, polling: 20 });
    const p = await popup.evaluate(() => ({ ...globalThis.__benchProbe, problem: document.getElementById('problem')?.hidden ? '' : document.getElementById('problem-text')?.textContent, navStart: performance.timeOrigin }));
    if (p.formReady === null) throw new Error(`popup shows a problem: ${p.problem}`);
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

async function main() {
  if (!existsSync(join(chromeDist, 'manifest.json'))) die('dist/chrome is missing: run `node scripts/build.mjs` first');
  if (!existsSync(EXECUTABLE)) die(`Chromium not found at ${EXECUTABLE} (set CHROMIUM)`);
  ensureTmp();
  const all = listCorpus();
  const step = Math.max(1, Math.floor(all.length / Math.max(1, N_PAGES)));
  const corpus = all.filter((_, i) => i % step === 0).slice(0, N_PAGES).map(loadPage);
  const pages = [loadSpec(), ...corpus].map((p, i) => ({ ...p, path: `/p${i}.html` }));
  const server = await serve(new Map(pages.map((p) => [p.path, p.html])));
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
    await context.addInitScript({ content: readFileSync(join(root, 'scripts/bench/popup-probe.js'), 'utf8') });
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
        pageLong: med(ours, (x) => x.pageLongMs), heapB: med(ours, (x) => x.heapBefore / MB), heapA: med(ours, (x) => x.heapAfter / MB),
      };
      const b = { total: med(rt, (x) => x.totalMs), dom: med(rt, (x) => x.domMs), ext: med(rt, (x) => x.extractMs), md: med(rt, (x) => x.markdownMs),
        pageLong: med(rt, (x) => x.pageLongMs), heapB: med(rt, (x) => x.heapBefore / MB), heapA: med(rt, (x) => x.heapAfter / MB) };
      perPage.push({ o, b });
      rows.push([pages[i].id.slice(0, 38), fmt(Buffer.byteLength(pages[i].html) / 1024, 0),
        fmt(o.form, 0), fmt(o.boot, 0), fmt(o.capture, 0), fmt(o.pageTask, 1), fmt(o.process, 0), fmt(o.popupLong, 0), fmt(o.pageLong, 0), `${fmt(o.heapB, 1)}→${fmt(o.heapA, 1)}`,
        fmt(b.total, 0), fmt(b.dom, 0), fmt(b.ext, 0), fmt(b.md, 0), fmt(b.pageLong, 0), `${fmt(b.heapB, 1)}→${fmt(b.heapA, 1)}`]);
    }
    const colMed = (f) => median(perPage.map(f));
    rows.push(['MEDIAN over pages', '', fmt(colMed((x) => x.o.form), 0), fmt(colMed((x) => x.o.boot), 0), fmt(colMed((x) => x.o.capture), 0), fmt(colMed((x) => x.o.pageTask), 1),
      fmt(colMed((x) => x.o.process), 0), fmt(colMed((x) => x.o.popupLong), 0), fmt(colMed((x) => x.o.pageLong), 0), `Δ${fmt(colMed((x) => x.o.heapA - x.o.heapB), 2)}`,
      fmt(colMed((x) => x.b.total), 0), fmt(colMed((x) => x.b.dom), 0), fmt(colMed((x) => x.b.ext), 0), fmt(colMed((x) => x.b.md), 0), fmt(colMed((x) => x.b.pageLong), 0), `Δ${fmt(colMed((x) => x.b.heapA - x.b.heapB), 2)}`]);
    console.log(`\nMedians over ${RUNS} runs per page (ms; heap MB = page JSHeapUsedSize after GC, before→after the clip).`);
    console.log('OURS (extension): form = popup navigation start → form filled (#save enabled); boot = navigation start → content script injected;');
    console.log('  capture = executeScript call → snapshot back in the popup (content script + transfer); page task = page main-thread busy time during the clip (CDP TaskDuration delta);');
    console.log('  process = snapshot received → form filled (DOMParser + clipDocument + rendering, in the popup); popup/page long = longest task (longtask observer; 0 = none ≥ 50 ms).');
    console.log('R+T (Readability+Turndown run on the page main thread): total = outerHTML+DOMParser (dom) + Readability.parse (extract) + Turndown (md); page long = longest task.\n');
    printTable(['page', 'KB', 'ours form', 'boot', 'capture', 'page task', 'process', 'popup long', 'page long', 'page heap MB',
      'R+T total', 'dom', 'extract', 'md', 'page long', 'page heap MB'], rows);
    const clickToForm = median(perPage.map((x) => x.o.click));
    console.log(`\nToolbar click (CDP triggerAction) → form filled, median over pages: ${fmt(clickToForm, 0)} ms (includes the harness opening the popup as a tab: CDP round trips, tab lookup).`);
    const errors = results.flatMap((r, i) => r.errors.map((e) => `${pages[i].id} ${e}`));
    if (errors.length > 0) {
      console.log(`\n${errors.length} failed clips (excluded):`);
      for (const e of errors.slice(0, 10)) console.log(`  ${e}`);
    }
  } finally {
    await cleanup();
  }
}

main().then(() => process.exit(0), (error) => die(String(error?.message ?? error).split('\n')[0]));
