import prebuilt from 'virtual:siyaq-matcher';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { articleBody, articleHeadline } from '../lib/article/read';
import { detectPage } from '../lib/detect/detect';
import { matchPatterns } from '../lib/detect/url';
import { Engine } from '../lib/engine/engine';
import { loadMatcher } from '../lib/engine/prebuilt';
import { HIGHLIGHT_CSS, paint } from '../lib/highlight/paint';
import { mapText, OWN_UI_ATTRIBUTE } from '../lib/highlight/text-map';

export default defineContentScript({
  matches: matchPatterns(),
  runAt: 'document_idle',
  main() {
    const verdict = detectPage(document, location.href);
    document.documentElement.dataset.siyaqPage = verdict.kind;
    if (verdict.kind !== 'article') return;
    const matcher = loadMatcher(prebuilt);
    const engine = new Engine(matcher);
    const roots = [articleHeadline(document), articleBody(document)].filter((e): e is Element => e !== null);
    const map = mapText(roots);
    const mentions = engine.find(map.text);
    const style = document.createElement('style');
    style.setAttribute(OWN_UI_ATTRIBUTE, '');
    style.textContent = HIGHLIGHT_CSS;
    document.head.append(style);
    const ranges = paint(document, map, mentions, new Map(matcher.entities.map((e) => [e.id, e])));
    document.documentElement.dataset.siyaqMentions = String(ranges.length);
  },
});
