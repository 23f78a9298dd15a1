import ar from '../../public/_locales/ar/messages.json';
import en from '../../public/_locales/en/messages.json';

/** The interface's languages. */
export type UiLang = 'ar' | 'en';
export type MessageKey = keyof typeof en;
export type LanguageChoice = 'auto' | UiLang;

import { fill } from './format';

const MESSAGES: Record<UiLang, Record<MessageKey, { message: string }>> = { ar, en };

/**
 * A string of the interface, from the extension's `_locales` (the same files the browser reads
 * for the manifest), in the language chosen rather than only the browser's: the user can switch.
 * `$1`, `$2` are replaced as chrome.i18n does.
 */
export function t(lang: UiLang, key: MessageKey, ...values: (string | number)[]): string {
  return fill(MESSAGES[lang][key].message, values);
}

/** Says a message in one language: what components that run outside the popup are given. */
export type Say = (key: MessageKey, ...values: (string | number)[]) => string;

/** The language to speak: the user's choice, or the browser's when Arabic, else English. */
export function uiLanguage(choice: LanguageChoice, browserLanguage: string): UiLang {
  if (choice !== 'auto') return choice;
  return browserLanguage.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

export { fill, format, quoted } from './format';
