// A document with a browsing context (the CLI's jsdom window, unlike a parsed capture or
// a clone) loads a frame each time an <iframe> is put into it and unloads it, re-listing
// every frame of the page, each time one is taken out. Readability renames elements by
// moving their children into a new one, and on a page with little text it parses the page
// again for each of its retries: each frame loads a new window again and again, most of
// the time of a small page with an embed. Such a page's tree moves into a document without
// a browsing context first, where nothing loads.
import { byTags } from '../cleanup/by-tag';

/**
 * Moving costs about as much per this many elements as a frame's window (measured on
 * jsdom 29): a page this small moves whatever its frames.
 */
const MAX_ELEMENTS = 300;
/**
 * A larger page moves when it has at least one frame per this many elements. Its frames
 * load again each time Readability renames one of their ancestors or moves them into the
 * article: on the 452 dev pages with frames, moving paid off from about this density on
 * (median clip 0.83× of staying) and cost more below it (1.12×).
 */
const ELEMENTS_PER_FRAME = 150;

/**
 * `doc` itself when it has no browsing context, no frame or many elements per frame; else a document
 * with the same address holding its tree (`doc` is left empty). The <style> elements go
 * first: taking one out of a document with a browsing context parses its CSS again (jsdom),
 * and Readability removes them unread anyway.
 */
export function framelessDocument(doc: Document): Document {
  // A window's length is its number of frames, kept up to date as they come and go: no
  // search of the page for them.
  const frames = doc.defaultView?.length ?? 0;
  if (frames === 0) return doc;
  const elements = doc.getElementsByTagName('*').length;
  if (elements > MAX_ELEMENTS && elements > frames * ELEMENTS_PER_FRAME) return doc;
  for (const style of byTags(doc, ['style'])) style.remove();
  // A shallow copy keeps the address and the content type, without the browsing context.
  const copy = doc.cloneNode(false) as Document;
  for (let child = doc.firstChild; child; child = doc.firstChild) copy.appendChild(child);
  return copy;
}
