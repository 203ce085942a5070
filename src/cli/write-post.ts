// Writes a post file into the output folder. The file name comes from the page (via
// the core), so it is checked here once more: it must stay inside the folder.
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { CliError } from './errors';

function ensureFolder(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`cannot create output folder ${dir}: ${code === 'EEXIST' || code === 'ENOTDIR' ? 'a file is in the way' : String(code)}`);
  }
  if (!statSync(dir).isDirectory()) throw new CliError(`--out ${dir}: is a file, not a folder`);
}

/** Writes markdown to DIR/filename (an existing file is replaced) and returns its absolute path. */
export function writePost(dir: string, filename: string, markdown: string): string {
  if (filename === '' || basename(filename) !== filename || filename === '.' || filename === '..') {
    throw new CliError(`refusing to write an unsafe file name: ${JSON.stringify(filename)}`);
  }
  ensureFolder(dir);
  const path = resolve(join(dir, filename));
  try {
    writeFileSync(path, markdown, 'utf8');
  } catch (error) {
    throw new CliError(`cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  return path;
}
