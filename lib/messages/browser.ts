import { browser } from 'wxt/browser';
import { messenger, pageMessenger } from '.';

/** Sends a message to Siyaq's background, from any of its scripts (content script, popup, options). */
export const toBackground = messenger((message) => browser.runtime.sendMessage(message));

/** Sends a message to Siyaq's content script in a tab. */
export const toPage = (tabId: number) => pageMessenger((request) => browser.tabs.sendMessage(tabId, request));
