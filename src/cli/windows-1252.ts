// windows-1252 decoding by the WHATWG table. Node 20's TextDecoder('windows-1252')
// decodes bytes 0x80-0x9F as Latin-1 C1 controls (a Node bug: "’" comes out as
// U+0092), and windows-1252 is the fallback for every undeclared legacy page.

// 0x80-0x9F; the five holes (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1 control, as WHATWG says.
const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  // Chunks keep String.fromCharCode's argument list short on multi-megabyte pages.
  for (let start = 0; start < bytes.length; start += 8192) {
    const codes = Array.from(bytes.subarray(start, start + 8192), (b) => (b >= 0x80 && b <= 0x9f ? HIGH.charCodeAt(b - 0x80) : b));
    out += String.fromCharCode(...codes);
  }
  return out;
}
