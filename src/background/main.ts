// Background (Chrome service worker / Firefox event page): downloads are started
// here, not in the popup, because the popup may close (e.g. when a Save As dialog
// opens in Firefox) before the download is finished.
import { downloadText } from '../platform/downloads';
import { onDownloadRequest } from '../platform/messages';

onDownloadRequest(downloadText);
