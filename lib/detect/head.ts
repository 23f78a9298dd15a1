/** Reading what a page says about itself: meta tags, JSON-LD and links. Shared by the detector and the article reader. */

/**
 * The content of `<meta property=…>` or `<meta name=…>` in the page's head, trimmed; null when
 * absent or empty. Only the head is searched: a meta the page lacks would otherwise cost a walk
 * over every element of the body (milliseconds each on a page of 100,000).
 */
export function metaContent(doc: Document, property: string): string | null {
  const content = (doc.head ?? doc)
    .querySelector(`meta[property="${property}"], meta[name="${property}"]`)
    ?.getAttribute('content');
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

// Where a site sets its own name or logo: the page's banner, its navigation, a logo's box.
const MASTHEAD =
  'nav, [role="banner"], #masthead, [class*="masthead" i], [class*="site-header" i], [class*="logo" i], [id*="logo" i], [class*="site-title" i], [class*="site-name" i]';
// A link to the site's home page, or to an edition's ('/', '/ar/', '/en').
const HOME_PATH = /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/?)?$/i;

/**
 * Is this <h1> the site's masthead rather than a story's headline? Many sites set their logo as
 * an <h1> on every page (<h1><a href="/"><img alt="…"></a></h1>): it has no text of its own, sits
 * in the banner or a logo's box, or links home.
 */
export function isMasthead(heading: Element): boolean {
  if (!(heading.textContent ?? '').trim()) return true;
  // Up to the body, not including it: WordPress marks every page's body "wp-custom-logo".
  for (let box: Element | null = heading; box && box !== heading.ownerDocument.body; box = box.parentElement)
    if (box.matches(MASTHEAD)) return true;
  return [...heading.querySelectorAll('a[href]')].some((a) => {
    if (/(?:^|\s)home(?:\s|$)/i.test(a.getAttribute('rel') ?? '')) return true;
    // Only the path matters: a relative link is read against any page that is not a home page.
    const link = absoluteUrl(a.getAttribute('href'), 'https://page.invalid/story/');
    return link !== null && HOME_PATH.test(new URL(link).pathname);
  });
}
