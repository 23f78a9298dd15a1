/**
 * What the tests, the benchmarks and the demo ask of a page, as source text that either browser's
 * driver runs in it. Text, not functions: tsx (the demo, the benchmarks) would wrap functions in
 * helpers that the page does not have.
 */
import type { PageEntities } from '../../lib/messages';

/** The messaging API in Siyaq's contexts: browser.* in Firefox, chrome.* in Chromium. */
const API = `(globalThis.browser ?? globalThis.chrome)`;

/**
 * In one of Siyaq's contexts: what Siyaq's content script in the tab at `url` says of its page
 * (the popup's page-entities question, answered from the content script's own state: nothing of
 * it is written into the page); the newest such tab's, or null where no content script answers.
 */
export const pageState = (url: string) => `(async () => {
  const api = ${API};
  const href = new URL(${JSON.stringify(url)}).href;
  const tabs = (await api.tabs.query({})).sort((a, b) => b.id - a.id);
  for (const tab of tabs) {
    const answer = await api.tabs.sendMessage(tab.id, { type: 'page-entities' }).catch(() => null);
    if (answer && answer.url === href) return answer;
  }
  return null;
})()`;

/** Siyaq has looked at the page, and on an article it has painted its first scan. */
export const isDone = (state: PageEntities | null): boolean =>
  state !== null && state.kind !== null && (state.kind !== 'article' || state.scanned);

/** Asks `read` every 100 ms until Siyaq is done with the page; what it says then. */
export async function untilDone(read: () => Promise<PageEntities | null>, timeout = 15_000): Promise<PageEntities> {
  const end = Date.now() + timeout;
  for (;;) {
    const state = await read().catch(() => null);
    if (state && isDone(state)) return state;
    if (Date.now() > end)
      throw new Error(`Siyaq was not done with the page after ${timeout} ms: ${JSON.stringify(state)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * The context card open in a page, read from inside its closed shadow root (given as the
 * function's argument, by the driver's own protocol): null when none is open.
 */
export const CARD_IN_SHADOW = `(root) => {
  const card = root.querySelector('.card');
  if (!card) return null;
  const box = card.getBoundingClientRect();
  const close = card.querySelector('.close')?.getBoundingClientRect();
  return JSON.stringify({
    text: card.textContent,
    label: card.getAttribute('aria-label'),
    visible: box.width > 0 && box.height > 0 && getComputedStyle(root.host).display !== 'none',
    focused: root.activeElement === card,
    close: close && close.width > 0 ? { x: close.x + close.width / 2, y: close.y + close.height / 2 } : null,
  });
}`;

/** What a person sees of the context card open in a page. */
export interface OpenCard {
  text: string;
  label: string | null;
  visible: boolean;
  focused: boolean;
  /** Where its close button is, when it shows one (a pinned card). */
  close: { x: number; y: number } | null;
}

/** In one of Siyaq's pages: the reading log, newest first, as the background gives it. */
export const READ_LOG = `${API}.runtime.sendMessage({ type: 'log-query', query: { limit: 500 } })`;

/**
 * In one of Siyaq's pages: the id of the tab just before it, the page it stands for as the popup
 * stands over its tab (without the tabs permission no page of Siyaq's can read a tab's URL).
 */
export const TAB_BEFORE = `(async () => {
  const api = ${API};
  const { index } = await api.tabs.getCurrent();
  return (await api.tabs.query({ currentWindow: true })).find((t) => t.index === index - 1).id;
})()`;

/** The text of each range of one of Siyaq's highlights, and how many highlights are registered. */
export const highlighted = (name: string) => `(() => {
  const texts = [...(CSS.highlights.get(${JSON.stringify(name)}) ?? [])].map((s) => {
    const r = document.createRange();
    r.setStart(s.startContainer, s.startOffset);
    r.setEnd(s.endContainer, s.endOffset);
    return r.toString();
  });
  return { texts, size: CSS.highlights.size };
})()`;

/**
 * Scrolls the first range of a highlight whose text matches `pattern` to the middle of the
 * screen; its centre, or null when none matches.
 */
export const pointAt = (name: string, pattern: string) => `(() => {
  for (const s of CSS.highlights.get(${JSON.stringify(name)}) ?? []) {
    const r = document.createRange();
    r.setStart(s.startContainer, s.startOffset);
    r.setEnd(s.endContainer, s.endOffset);
    if (!new RegExp(${JSON.stringify(pattern)}).test(r.toString())) continue;
    s.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const box = r.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }
  return null;
})()`;

/** Whether the page's text and markup are still as the server sent them, and Siyaq's own elements in it. */
export const UNCHANGED = `(async () => {
  const original = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
  return {
    sameText: document.body.textContent === original.body.textContent,
    sameBody: document.body.innerHTML === original.body.innerHTML,
    ownElements: document.querySelectorAll('[data-siyaq]').length,
  };
})()`;

/**
 * In the popup's Stats view: chart labels drawn outside their chart (the columns' values in SVG,
 * the ranking's names and values in HTML), and text of the hidden tables (for screen readers)
 * that is in fact on screen. Both none when the charts are right.
 */
export const CHART_FAULTS = `(() => {
  // Where a label's text is drawn: an HTML element's box may be narrower than its text, which
  // shows only where the element does not clip it.
  const drawn = (el) => {
    if (!(el instanceof HTMLElement)) return el.getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents(el);
    const text = range.getBoundingClientRect();
    if (getComputedStyle(el).overflowX === 'visible') return text;
    const box = el.getBoundingClientRect();
    return { left: Math.max(text.left, box.left), right: Math.min(text.right, box.right) };
  };
  const outside = [...document.querySelectorAll('.chart svg, .chart .ranking')].flatMap((drawing) => {
    const box = drawing.getBoundingClientRect();
    return [...drawing.querySelectorAll('text, .name, .value')].filter((t) => {
      const r = drawn(t);
      return r.left < box.left - 1 || r.right > box.right + 1;
    }).map((t) => t.textContent);
  });
  const shown = [...document.querySelectorAll('.chart caption, .chart th')].filter((el) => {
    const r = el.getBoundingClientRect();
    return r.width > 1 && document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === el;
  }).map((el) => el.textContent);
  return { outside, shown };
})()`;
