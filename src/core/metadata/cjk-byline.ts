// Chinese and Japanese pages credit their writer after a label, often in a line of other
// text and not at the start of an element: "作者：张三", "记者：李四", "文／山田太郎",
// "【纠错】 责任编辑： 焦鹏". The editor in charge is credited only when no writer is.
const LABEL = /(?:^|[\s【】[\]（）()|｜])(作者|记者|記者|撰文|文|责任编辑|責任編輯|编辑|編輯|編集)\s*[:：／/●]\s*([\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}·・]{2,8})(?![\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}])/u;
const EDITOR = /编辑|編輯|編集/;
const MAX_NODES = 20000;
const SKIP = /^(?:script|style|noscript|template)$/;

/** The name after a CJK byline label in the page's text (the first writer, else the first editor). */
export function namesAfterCjkLabel(doc: Document): string[] {
  if (!doc.body) return [];
  // 4: NodeFilter.SHOW_TEXT (the pure core has no DOM globals).
  const walker = doc.createTreeWalker(doc.body, 4);
  let editor: string | null = null;
  let seen = 0;
  for (let node = walker.nextNode(); node && seen < MAX_NODES; node = walker.nextNode(), seen++) {
    const text = node.nodeValue ?? '';
    if (text.length < 3 || text.length > 200 || SKIP.test(node.parentElement?.localName ?? '')) continue;
    const m = LABEL.exec(text);
    if (!m) continue;
    if (!EDITOR.test(m[1])) return [m[2]];
    editor ??= m[2];
  }
  return editor ? [editor] : [];
}
