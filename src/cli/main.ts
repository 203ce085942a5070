// news-clipper entry point: wires argv → command → output. Every expected failure is
// a CliError, printed as one "news-clipper: ..." line on stderr with a non-zero exit.
import { version } from '../../package.json';
import { parseArgs, type Command } from './args';
import { runBatch } from './batch';
import { clipPage } from './clip-page';
import { CliError } from './errors';
import { toClipRecord, toMetadataRecord } from './record';
import { USAGE } from './usage';
import { writePost } from './write-post';

const print = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

async function run(command: Command): Promise<number> {
  switch (command.kind) {
    case 'help':
      process.stdout.write(USAGE);
      return 0;
    case 'version':
      print(version);
      return 0;
    case 'metadata': {
      const result = clipPage({ file: command.page, url: command.url, now: command.now ?? new Date() });
      print(JSON.stringify(toMetadataRecord(result.metadata)));
      return 0;
    }
    case 'clip': {
      const result = clipPage({ file: command.page, url: command.url, now: command.now ?? new Date() });
      // With --json the JSON is the output; a file is written only when asked for with --out.
      const dir = command.json ? command.out : (command.out ?? '.');
      const path = dir === null ? null : writePost(dir, result.filename, result.markdown);
      print(command.json ? JSON.stringify(toClipRecord(result)) : (path ?? ''));
      return 0;
    }
    case 'batch': {
      // One clock for the whole run, so every page of a batch sees the same "now".
      const summary = await runBatch({ list: command.list, now: command.now ?? new Date(), out: command.out, emit: print });
      process.stderr.write(`news-clipper: batch done: ${summary.pages} pages, ${summary.failed} failed\n`);
      return 0;
    }
  }
}

function describe(error: unknown): string {
  if (error instanceof CliError) return error.message;
  // A bug, not bad input: still one line, but say so; NEWS_CLIPPER_DEBUG=1 shows the stack.
  const message = error instanceof Error ? error.message : String(error);
  return `internal error: ${message.split('\n')[0]}`;
}

async function main(argv: string[]): Promise<void> {
  // `news-clipper ... | head` closes the pipe early; that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  try {
    process.exitCode = await run(parseArgs(argv));
  } catch (error) {
    process.stderr.write(`news-clipper: ${describe(error)}\n`);
    if (process.env.NEWS_CLIPPER_DEBUG === '1' && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.exitCode = error instanceof CliError ? error.exitCode : 70;
  }
}

await main(process.argv.slice(2));
