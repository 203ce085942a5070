// Expected failures of the CLI (bad arguments, unreadable input). main.ts prints
// them as one `news-clipper: ...` line and exits; anything else is a bug.

/** Exit status for a usage error (bad or missing arguments), as in most Unix tools. */
export const EXIT_USAGE = 2;
/** Exit status for bad input (missing file, not HTML, undecodable bytes). */
export const EXIT_INPUT = 1;

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_INPUT,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export function usageError(message: string): CliError {
  return new CliError(`${message} (see news-clipper --help)`, EXIT_USAGE);
}
