// The --help text: the CLI's contract as the user reads it.
export const USAGE = `Usage:
  news-clipper clip PAGE.html --url URL [--out DIR] [--now ISO] [--json]
  news-clipper clip --batch LIST.jsonl [--jsonl] [--out DIR] [--now ISO]
  news-clipper metadata PAGE.html --url URL [--now ISO]
  news-clipper --help | --version

Clips a saved news page into a Hugo Markdown post.

Commands:
  clip       Write the post into DIR (default: the current folder) under its
             generated file name and print the file's path. With --json, print
             one JSON object (filename, markdown, frontMatter, body, article,
             metadata, timings, warnings) instead; the file is then written
             only when --out is given.
  metadata   Print the page's metadata as one JSON object.

Options:
  --url URL      the page's address (absolute http or https URL); relative
                 links resolve against it. Required for one page.
  --out DIR      folder for the post (created if missing).
  --now ISO      freeze the clock, e.g. 2026-01-01T00:00:00Z (default: now).
  --json         print JSON instead of writing the file.
  --batch LIST   clip every page of a JSON Lines file, one
                 {"id", "file", "url"} object a line (extra keys such as
                 "dataset" are ignored; a relative "file" is read from LIST's
                 folder), and print one JSON line per page: the --json object
                 plus "id", or {"id", "error"} for a page that failed.
  --jsonl        batch output format (the only one; accepted for clarity).
  -h, --help     this text.
  --version      the version.

PAGE may be gzipped. Bytes are decoded by the HTML rule: byte-order mark,
else valid UTF-8, else the <meta> charset, else windows-1252.

Exit status: 0 = done (in batch mode even when some pages failed),
1 = bad input, 2 = bad arguments.
`;
