// Which tab the popup clips: ?tabId=N when given (tests, or a popup opened as a
// page), otherwise the active tab of the current window.
import { activeTabId } from '../platform/tabs';

/** Pure: reads a positive integer tabId from a query string, undefined when absent or invalid. */
export function tabIdFromQuery(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d+$/.test(raw)) return undefined;
  const id = Number(raw);
  return Number.isSafeInteger(id) && id >= 0 ? id : undefined;
}

export async function targetTabId(search: string = location.search): Promise<number> {
  return tabIdFromQuery(search) ?? (await activeTabId());
}
