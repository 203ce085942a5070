// What makes a file name unsafe on Linux, macOS or Windows; null when it is safe.

// Windows refuses these names, with or without an extension.
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i;

export function unsafeFilenameReason(name: string, maxStem: number): string | null {
  if (name === '' || name === '.md') return 'empty name';
  if (/[/\\:*?"<>|]/.test(name)) return 'a character Windows or POSIX forbids';
  if (/[\u0000-\u001f\u007f-\u009f]/.test(name)) return 'a control character';
  if (name.startsWith('.')) return 'a leading dot (hidden file)';
  if (/[ .]$/.test(name)) return 'a trailing dot or space (Windows drops it)';
  if (WINDOWS_RESERVED.test(name)) return 'a reserved Windows device name';
  if (!name.endsWith('.md')) return 'no .md extension';
  if (name.length > maxStem + 3) return `longer than ${maxStem}+3 characters (${name.length})`;
  return null;
}
