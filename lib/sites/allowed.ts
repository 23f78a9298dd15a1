import { matchPatterns } from '../detect/url';

/** The id of the content script registered at run time for the sites the user allowed. */
export const ALLOWED_SITES_SCRIPT = 'siyaq-allowed-sites';
/** The built content script: declared for the curated sites, registered or injected for the others. */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';
/** Its highlight styles, which go into a page with it (before the page is built, where declared). */
export const CONTENT_STYLE_FILE = '/content-scripts/content.css';

/** The match pattern that allows one site, from any page URL on it; null for pages no extension may script. */
export function sitePattern(pageUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  return `*://${url.hostname}/*`;
}

/**
 * The patterns the manifest declares the content script for (the curated sites), and the same as
 * whole origins: Firefox counts a content script's matches as host permissions and reports them
 * among the granted origins with their paths cut (`*://bbc.com/arabic*` → `*://bbc.com/*`).
 */
const DECLARED = new Set(matchPatterns().flatMap((p) => [p, p.replace(/^([^:]+:\/\/[^/]+)\/.*$/, '$1/*')]));

/** Of the origins the browser says Siyaq holds, those the user granted: site patterns not curated. */
export function userGrantedSites(origins: readonly string[]): string[] {
  return [...new Set(origins)].filter((p) => !DECLARED.has(p) && /^(?:\*|https?):\/\/[^/]+\/\*$/.test(p)).sort();
}

/**
 * The content script registration for the origins the user granted (optional host permissions):
 * the granted patterns that are not already curated. Null when there are none.
 */
export function allowedSitesScript(granted: readonly string[]): {
  id: string;
  matches: string[];
  js: string[];
  css: string[];
  runAt: 'document_idle';
} | null {
  const matches = userGrantedSites(granted);
  return matches.length === 0
    ? null
    : {
        id: ALLOWED_SITES_SCRIPT,
        matches,
        js: [CONTENT_SCRIPT_FILE],
        css: [CONTENT_STYLE_FILE],
        runAt: 'document_idle',
      };
}
