// Tolerant JSON-LD parsing: real pages ship comments, trailing commas, raw newlines in
// strings, CDATA/HTML comment wrappers and several objects in one <script>.

/** One pass outside strings: drop comments and trailing commas, escape raw control
 * characters inside strings, and separate top-level values with commas. */
function repair(src: string): string {
  let out = '';
  let inString = false;
  let depth = 0;
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (inString) {
      if (c === '\\') {
        out += src.slice(i, i + 2);
        i += 2;
        continue;
      }
      if (c === '"') inString = false;
      // JSON forbids raw control characters in strings; CMSs paste multi-line text.
      out += c < ' ' ? ' ' : c;
      i++;
      continue;
    }
    if (c === '"') {
      inString = true;
    } else if (c === '/' && src[i + 1] === '/') {
      const end = src.indexOf('\n', i);
      i = end === -1 ? src.length : end;
      continue;
    } else if (c === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2);
      i = end === -1 ? src.length : end + 2;
      continue;
    } else if (c === ',') {
      // A comma followed only by whitespace and a closing bracket is dropped.
      const rest = /^\s*([\]}])/.exec(src.slice(i + 1, i + 200));
      if (rest) {
        i++;
        continue;
      }
    } else if (c === '{' || c === '[') {
      // A second top-level value right after the first: make them array items.
      if (depth === 0 && /[}\]]\s*$/.test(out)) out += ',';
      depth++;
    } else if (c === '}' || c === ']') {
      depth = Math.max(0, depth - 1);
    }
    out += c;
    i++;
  }
  return out;
}

function unwrap(text: string): string {
  return text
    .replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
    .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/, '')
    .trim();
}

/** Parsed values of one JSON-LD script (several when it held several objects); [] on failure. */
export function parseJsonLd(text: string): unknown[] {
  const body = unwrap(text);
  if (!body) return [];
  try {
    return [JSON.parse(body)];
  } catch {
    // fall through to the repaired text
  }
  try {
    const parsed: unknown = JSON.parse(`[${repair(body)}]`);
    return Array.isArray(parsed) ? parsed : [];
  } catch {
    return [];
  }
}
