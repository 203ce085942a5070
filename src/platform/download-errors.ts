// Browser download interrupt reasons (shared by Chrome and Firefox) → plain words.
const MESSAGES: Record<string, string> = {
  USER_CANCELED: 'The download was cancelled.',
  USER_SHUTDOWN: 'The browser was closed during the download.',
  FILE_ACCESS_DENIED: 'The browser was not allowed to write to the download folder.',
  FILE_NO_SPACE: 'The disk is full.',
  FILE_NAME_TOO_LONG: 'The file name is too long for this system.',
  FILE_TOO_LARGE: 'The file is too large for this system.',
  FILE_BLOCKED: 'The browser blocked the file.',
  FILE_FAILED: 'The file could not be written.',
  FILE_TRANSIENT_ERROR: 'A temporary error stopped the download; try again.',
  FILE_SECURITY_CHECK_FAILED: 'A security check blocked the file.',
  CRASH: 'The browser crashed during the download.',
};

export function explainDownloadError(reason: string | undefined): string {
  if (!reason) return 'The download stopped for an unknown reason.';
  return MESSAGES[reason] ?? `The download failed (${reason}).`;
}
