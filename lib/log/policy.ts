import type { LogSettings } from './types';

/** Why a reading is not logged, or null when it is. */
export type NotLogged = 'paused' | 'incognito' | 'never-logged-site' | null;

/** Does the user's choice let this reading into the log? */
export function whyNotLogged(settings: LogSettings, pageUrl: string, incognito: boolean, now = Date.now()): NotLogged {
  if (settings.pausedUntil !== null && now < settings.pausedUntil) return 'paused';
  if (incognito && !settings.logIncognito) return 'incognito';
  let host: string;
  try {
    host = new URL(pageUrl).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
  if (settings.neverLog.some((site) => host === site || host.endsWith(`.${site}`))) return 'never-logged-site';
  return null;
}

/** The latest time there is: a pause "until I resume" (finite, so it survives JSON messaging). */
export const UNTIL_RESUMED = 8.64e15;

/** When a pause ends: in an hour, at the next midnight (local time), or never until turned off. */
export function pauseEnd(kind: 'hour' | 'tomorrow' | 'indefinitely', now = Date.now()): number {
  if (kind === 'hour') return now + 3_600_000;
  if (kind === 'tomorrow') {
    const midnight = new Date(now);
    midnight.setHours(24, 0, 0, 0);
    return midnight.getTime();
  }
  return UNTIL_RESUMED;
}

/** A site as the never-log list keeps it: its host name without "www.", from a URL or a bare host. */
export function siteKey(input: string): string | null {
  const text = input.trim().toLowerCase();
  try {
    return new URL(text.includes('://') ? text : `https://${text}`).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}
