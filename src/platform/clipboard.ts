// Copies text from an extension page. The async Clipboard API needs a focused
// document; where it is missing or refused, fall back to a hidden textarea and
// execCommand('copy'), which the clipboardWrite permission allows in extension pages.

export async function copyText(text: string, doc: Document = document): Promise<void> {
  if (navigator.clipboard && typeof navigator.clipboard.writeText === 'function') {
    try {
      await navigator.clipboard.writeText(text);
      return;
    } catch {
      // fall through to the legacy path
    }
  }
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  doc.body.append(area);
  area.select();
  const ok = doc.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('The browser did not allow copying to the clipboard.');
}
