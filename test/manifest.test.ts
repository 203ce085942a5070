// Least privilege and one manifest for both browsers, enforced.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const manifest = JSON.parse(readFileSync(new URL('../manifest.json', import.meta.url), 'utf8'));
/** The documented permission list (README, "Permissions"). Asking for more fails this test. */
const ALLOWED = ['activeTab', 'scripting', 'downloads', 'storage', 'clipboardWrite'];

function pngSize(path: string): [number, number] {
  const buf = readFileSync(new URL(`../${path}`, import.meta.url));
  expect(buf.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [buf.readUInt32BE(16), buf.readUInt32BE(20)];
}

describe('manifest.json', () => {
  it('is MV3 and asks for no more than the documented permissions', () => {
    expect(manifest.manifest_version).toBe(3);
    for (const p of manifest.permissions) expect(ALLOWED).toContain(p);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
    expect(manifest.content_scripts ?? []).toEqual([]);
    expect(JSON.stringify(manifest)).not.toMatch(/<all_urls>|\*:\/\/\*/);
  });

  it('allows only its own scripts', () => {
    const csp: string = manifest.content_security_policy.extension_pages;
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
  });

  it('serves Chrome and Firefox from one file', () => {
    expect(manifest.background.service_worker).toBe('background.js');
    expect(manifest.background.scripts).toEqual(['background.js']);
    expect(manifest.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(manifest.commands._execute_action.suggested_key.default).toBe('Alt+Shift+K');
  });

  it.each(Object.entries(manifest.icons as Record<string, string>))('icon %s px is a PNG of that size', (size, path) => {
    expect(pngSize(path)).toEqual([Number(size), Number(size)]);
  });
});
