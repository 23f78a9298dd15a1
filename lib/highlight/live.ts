import { OWN_UI_ATTRIBUTE } from './text-map';

/**
 * Watches the article for content that arrives later (infinite scroll, "load more", edits) and
 * hands over only what changed, a burst of mutations at a time: the elements added inside the
 * roots, or the blocks whose text changed. Nothing is rescanned that did not change.
 */
export function watchArticle(
  roots: readonly Element[],
  onAdded: (elements: Element[]) => void,
  delay = 150,
): () => void {
  const doc = roots[0]?.ownerDocument;
  if (!doc?.defaultView) return () => undefined;
  let pending = new Set<Element>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const inRoots = (node: Node) => roots.some((root) => root.contains(node));
  const observer = new doc.defaultView.MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'characterData') {
        const block = record.target.parentElement;
        if (block && inRoots(block)) pending.add(block);
        continue;
      }
      for (const node of record.addedNodes) {
        const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
        if (!element || element.closest(`[${OWN_UI_ATTRIBUTE}]`) || !inRoots(element)) continue;
        pending.add(element);
      }
    }
    if (pending.size > 0 && timer === undefined) {
      timer = setTimeout(() => {
        timer = undefined;
        // An element inside another pending one is scanned with it, once.
        const batch = [...pending].filter((e) => ![...pending].some((other) => other !== e && other.contains(e)));
        pending = new Set();
        onAdded(batch);
      }, delay);
    }
  });
  for (const root of roots) observer.observe(root, { childList: true, subtree: true, characterData: true });
  return () => {
    observer.disconnect();
    clearTimeout(timer);
  };
}
