// Reads a .cpuprofile and prints the top self-time functions, mapped through the
// bundle's inline source map back to src/ file:line where possible.
// Usage: node scripts/bench/cpuprofile-top.mjs FILE.cpuprofile [N] [--src-only]
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { root } from './common.mjs';

const args = process.argv.slice(2);
const chargeIdx = args.indexOf('--charge-to');
const CHARGE = chargeIdx >= 0 ? new RegExp(args.splice(chargeIdx, 2)[1]) : /^src\//;
const [file, nArg] = args;
const N = Number(nArg ?? 25);
const prof = JSON.parse(readFileSync(file, 'utf8'));
const maps = new Map();
function mapFor(url) {
  if (maps.has(url)) return maps.get(url);
  let map = null;
  try {
    const path = url.startsWith('file:') ? fileURLToPath(url.split('?')[0]) : url;
    const text = readFileSync(path, 'utf8');
    const m = /\/\/# sourceMappingURL=data:application\/json;base64,([A-Za-z0-9+/=]+)\s*$/.exec(text);
    if (m) map = new SourceMap(JSON.parse(Buffer.from(m[1], 'base64').toString('utf8')));
  } catch { /* not a file */ }
  maps.set(url, map);
  return map;
}
function where(cf) {
  const map = cf.url ? mapFor(cf.url) : null;
  if (map && cf.lineNumber >= 0) {
    const e = map.findEntry(cf.lineNumber, cf.columnNumber);
    if (e && e.originalSource) {
      let src = e.originalSource;
      try { src = relative(root, src.startsWith('file:') ? fileURLToPath(src) : src); } catch { /* keep */ }
      return `${src.replace(/^(\.\.\/)+/, '')}:${e.originalLine + 1}`;
    }
  }
  if (!cf.url) return '(native)';
  const u = cf.url.replace(/^file:\/\//, '');
  return `${u.includes('node_modules') ? u.slice(u.lastIndexOf('node_modules/') + 13) : u}:${cf.lineNumber + 1}`;
}
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const self = new Map();
const dts = prof.timeDeltas;
let total = 0;
for (let i = 0; i < prof.samples.length; i++) {
  const node = byId.get(prof.samples[i]);
  const dt = (dts[i] ?? 0) / 1000;
  total += dt;
  const cf = node.callFrame;
  const key = `${cf.functionName || '(anonymous)'}  ${where(cf)}`;
  self.set(key, (self.get(key) ?? 0) + dt);
}
// total time per src/core file (self time of functions defined there)
const perFile = new Map();
for (const [k, v] of self) {
  const m = /\s(src\/[^:]+):\d+$/.exec(k);
  const f = m ? m[1] : /node_modules|jsdom|nwsapi|parse5|cssom|cssstyle/.test(k) ? 'node_modules (jsdom etc.)' : k.includes('(native)') || k.includes('(garbage') || k.includes('(program') || k.includes('(idle') ? 'V8/native/GC' : 'other';
  perFile.set(f, (perFile.get(f) ?? 0) + v);
}
// Inclusive attribution: each sample is charged to the nearest src/ frame on its stack
// (the line of our code that is running, or that called into jsdom / a library).
const parent = new Map();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const srcWhere = new Map();
function srcFrame(id) {
  if (srcWhere.has(id)) return srcWhere.get(id);
  const n = byId.get(id);
  const w = where(n.callFrame);
  let r;
  if (CHARGE.test(w)) r = `${n.callFrame.functionName || '(anonymous)'}  ${w}`;
  else r = parent.has(id) ? srcFrame(parent.get(id)) : null;
  srcWhere.set(id, r);
  return r;
}
const nearest = new Map();
for (let i = 0; i < prof.samples.length; i++) {
  const k = srcFrame(prof.samples[i]) ?? '(outside src/: DOM building, module loading, idle, GC)';
  nearest.set(k, (nearest.get(k) ?? 0) + (dts[i] ?? 0) / 1000);
}
console.log(`profile ${file}: ${total.toFixed(0)} ms sampled`);
console.log(`\ntop ${N} functions by self time:`);
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, N)) console.log(`${v.toFixed(0).padStart(7)} ms ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
console.log('\nself time by file:');
for (const [k, v] of [...perFile].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`${v.toFixed(0).padStart(7)} ms ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
console.log(`\ntop ${N} ${CHARGE} lines by time charged to them (self + library code they call):`);
for (const [k, v] of [...nearest].sort((a, b) => b[1] - a[1]).slice(0, N)) console.log(`${v.toFixed(0).padStart(7)} ms ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
