// Save: hand the post to the background (which owns the download, see
// background/main.ts) and tell the user where it went or why it did not.
import { isSafeFilename } from '../platform/download-request';
import { requestDownload } from '../platform/messages';
import { discardDraft } from './draft';
import type { FormState } from './field-values';
import { cleanFilename, postText, type ClipModel } from './post';
import { setStatus, showNotice } from './view';

export async function saveClip(model: ClipModel, state: FormState): Promise<void> {
  const filename = cleanFilename(state.filename);
  if (!isSafeFilename(filename)) {
    setStatus(`"${filename}" cannot be used as a file name; remove special characters.`, 'error');
    return;
  }
  setStatus(model.saveAs ? 'Choose where to save…' : 'Saving…');
  const reply = await requestDownload({ type: 'download', text: postText(model, state), filename, saveAs: model.saveAs });
  if (!reply.ok) {
    // Keep the form and the draft: nothing is lost when a save fails.
    setStatus(`Not saved: ${reply.error} Your edits are kept.`, 'error');
    return;
  }
  await discardDraft(model.tabId, model.url);
  showNotice('');
  setStatus(reply.path ? `Saved to ${reply.path}` : `Saved as ${filename}`);
}
