/** Reading what a page says about itself: meta tags, JSON-LD and links. Shared by the detector and the article reader. */

/** The content of `<meta property=…>` or `<meta name=…>`, trimmed; null when absent or empty. */
export function metaContent(doc: Document, property: string): string | null {
  const content = doc.querySelector(`meta[property="${property}"], meta[name="${property}"]`)?.getAttribute('content');
  return content?.trim() || null;
}

/** Every object in the page's JSON-LD, however nested (@graph, arrays); broken JSON is skipped. */
export function jsonLdObjects(doc: Document): Record<string, unknown>[] {
  const objects: Record<string, unknown>[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
    } else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      objects.push(record);
      if (record['@graph']) visit(record['@graph']);
    }
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A page's broken JSON-LD is its own business; its other signals still count.
    }
  }
  return objects;
}

/** A link made absolute against the page's URL; null when it is missing or does not parse. */
export function absoluteUrl(link: string | null | undefined, base: string): string | null {
  if (!link) return null;
  try {
    return new URL(link, base).href;
  } catch {
    return null;
  }
}
