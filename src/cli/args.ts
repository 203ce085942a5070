// argv (without "node script") → a validated Command. Pure: no file system, no clock;
// every problem is a CliError with a message that names the bad argument.
import { CliError, EXIT_USAGE, usageError } from './errors';

export interface PageOptions {
  /** Path of the saved page. */
  page: string;
  url: string;
  /** null: use the real clock. */
  now: Date | null;
}

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | ({ kind: 'clip'; out: string | null; json: boolean } & PageOptions)
  | { kind: 'batch'; list: string; out: string | null; now: Date | null }
  | ({ kind: 'metadata' } & PageOptions);

/** Options that take a value; every other option is a flag. */
const VALUE_OPTIONS = new Set(['--url', '--out', '--now', '--batch']);
const FLAG_OPTIONS = new Set(['--json', '--jsonl', '--help', '-h', '--version']);
const COMMANDS = new Set(['clip', 'metadata', 'help']);

interface RawArgs {
  positionals: string[];
  options: Map<string, string>;
  flags: Set<string>;
}

function splitArgs(argv: readonly string[]): RawArgs {
  const raw: RawArgs = { positionals: [], options: new Map(), flags: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      raw.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      raw.positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (FLAG_OPTIONS.has(name)) {
      if (eq > 0) throw usageError(`${name} takes no value`);
      raw.flags.add(name);
      continue;
    }
    if (!VALUE_OPTIONS.has(name)) throw usageError(`unknown option ${name}`);
    if (raw.options.has(name)) throw usageError(`${name} given twice`);
    let value: string | undefined;
    if (eq > 0) value = arg.slice(eq + 1);
    else {
      value = argv[i + 1];
      // "--url --json" is a missing value, not a URL named "--json".
      if (value === undefined || (value.startsWith('--') && value.length > 2)) throw usageError(`${name} needs a value`);
      i++;
    }
    if (value === '') throw usageError(`${name} needs a value`);
    raw.options.set(name, value);
  }
  return raw;
}

/** Absolute http(s) URL, as the core resolves links and names the site from it. */
export function parseUrl(value: string): string {
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw usageError(`--url is not a valid URL: ${JSON.stringify(value)}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw usageError(`--url must be an http or https URL, got ${JSON.stringify(value)}`);
  }
  return parsed.href;
}

// ISO 8601 date, optionally with time and offset. Date.parse alone would also
// take "March 7" or "1", and read a zone-less time in the machine's zone.
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** --now value → Date; a time without offset is read as UTC so results do not depend on TZ. */
export function parseNow(value: string): Date {
  const bad = usageError(`--now must be an ISO 8601 date such as 2026-01-01T00:00:00Z, got ${JSON.stringify(value)}`);
  const match = ISO_DATE.exec(value);
  if (!match) throw bad;
  const [, year, month, day, hour, minute, second, zone] = match;
  // Date rolls 2026-02-31 over to March; the calendar day itself must exist.
  const calendar = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (calendar.getUTCMonth() !== Number(month) - 1 || calendar.getUTCDate() !== Number(day)) throw bad;
  if (Number(hour ?? 0) > 23 || Number(minute ?? 0) > 59 || Number(second ?? 0) > 59) throw bad;
  const iso = hour === undefined ? `${year}-${month}-${day}T00:00:00Z` : `${value.replace(' ', 'T')}${zone ? '' : 'Z'}`;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw bad;
  return date;
}

function rejectOptions(raw: RawArgs, names: string[], why: string): void {
  for (const name of names) {
    if (raw.options.has(name) || raw.flags.has(name)) throw usageError(`${name} ${why}`);
  }
}

function onePage(raw: RawArgs, command: string): PageOptions {
  const [page, extra] = raw.positionals;
  if (page === undefined) throw usageError(`${command} needs a PAGE.html argument`);
  if (extra !== undefined) throw usageError(`${command} takes one PAGE, got also ${JSON.stringify(extra)}`);
  const url = raw.options.get('--url');
  if (url === undefined) throw usageError(`${command} needs --url URL (the page's address)`);
  const now = raw.options.get('--now');
  return { page, url: parseUrl(url), now: now === undefined ? null : parseNow(now) };
}

export function parseArgs(argv: readonly string[]): Command {
  const [first, ...rest] = argv;
  if (first === undefined) throw new CliError('missing command (see news-clipper --help)', EXIT_USAGE);
  const isCommand = COMMANDS.has(first);
  const raw = splitArgs(isCommand ? rest : argv);
  if (raw.flags.has('--help') || raw.flags.has('-h') || first === 'help') return { kind: 'help' };
  if (raw.flags.has('--version')) return { kind: 'version' };
  if (!isCommand) throw usageError(`unknown command ${JSON.stringify(first)}, expected clip or metadata`);

  if (first === 'metadata') {
    rejectOptions(raw, ['--out', '--json', '--jsonl', '--batch'], 'is not an option of metadata');
    return { kind: 'metadata', ...onePage(raw, 'metadata') };
  }
  const out = raw.options.get('--out') ?? null;
  const list = raw.options.get('--batch');
  if (list !== undefined) {
    rejectOptions(raw, ['--url'], 'is per page in batch mode: put "url" on each line of the list');
    rejectOptions(raw, ['--json'], 'is for one page: batch mode prints JSON Lines (--jsonl)');
    if (raw.positionals.length > 0) throw usageError(`clip --batch takes no PAGE, got ${JSON.stringify(raw.positionals[0])}`);
    const now = raw.options.get('--now');
    return { kind: 'batch', list, out, now: now === undefined ? null : parseNow(now) };
  }
  rejectOptions(raw, ['--jsonl'], 'is for --batch; use --json for one page');
  return { kind: 'clip', ...onePage(raw, 'clip'), out, json: raw.flags.has('--json') };
}
