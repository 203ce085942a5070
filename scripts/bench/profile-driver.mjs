// Small driver for `node --cpu-prof`: runs only our engine, on the sampled pages
// (`pages`) or on the generated big page (`big`), so the profile shows src/core.
// Usage: node --cpu-prof --cpu-prof-dir .tmp/bench/prof scripts/bench/profile-driver.mjs pages|big|page [step|MB|id] [rounds]
import { samplePages, loadPage, loadSpec, loadCore } from './common.mjs';
import { makeOurs } from './contenders.mjs';
import { makeBigPage } from './big-page.mjs';

const [what = 'pages', arg, roundsArg] = process.argv.slice(2);
const core = await loadCore();
const ours = makeOurs(core);
const rounds = Math.max(1, Math.min(20, Number(roundsArg ?? 2)));
if (what === 'big') {
  const big = makeBigPage(Number(arg ?? 2));
  for (let i = 0; i < rounds; i++) ours(big.html, big.url);
} else if (what === 'page') {
  // one corpus page by id (dataset/name), e.g. l3s/cbs4denver.com-36fefe4c
  const p = samplePages(1).find((x) => x.id === arg);
  if (!p) throw new Error(`no corpus page ${arg}`);
  const page = loadPage(p);
  for (let i = 0; i < rounds; i++) ours(page.html, page.url);
} else {
  const pages = [loadSpec(), ...samplePages(Number(arg ?? 10)).map(loadPage)];
  for (let i = 0; i < rounds; i++) for (const p of pages) ours(p.html, p.url);
}
