import { parse } from 'tldts';
import { siteKey } from '../log/policy';

/**
 * A site the user typed, checked before it becomes a permission or a never-log entry: a wildcard
 * or a bare public suffix ("com", "co.uk", "gov.sy", "github.io") would stand for every site under
 * it. The Public Suffix List comes with tldts (its private part too: github.io hosts many sites).
 * Only the options page imports this; the list is too large for a content script.
 */
export type SiteEntry =
  | { ok: true; host: string }
  | { ok: false; reason: 'wildcard' | 'not-a-site'; typed: string }
  | { ok: false; reason: 'public-suffix'; typed: string; suffix: string };

export function siteEntry(input: string): SiteEntry {
  const typed = input.trim();
  if (typed.includes('*')) return { ok: false, reason: 'wildcard', typed };
  const host = siteKey(typed)?.replace(/\.$/, '');
  if (!host) return { ok: false, reason: 'not-a-site', typed };
  const { domain, isIcann, isPrivate } = parse(host, { allowPrivateDomains: true });
  // No registrable domain, and the name is on the list: the host is a suffix itself. A name the
  // list does not know ("localhost", an address) names one machine, not many sites.
  if (domain === null && (isIcann || isPrivate)) return { ok: false, reason: 'public-suffix', typed, suffix: host };
  return { ok: true, host };
}
