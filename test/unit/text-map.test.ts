// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { defaultEngine } from '../../lib/engine';
import { boundsFor, liveRange, mapText } from '../../lib/highlight/text-map';

function page(html: string): Document {
  return new DOMParser().parseFromString(`<html><body>${html}</body></html>`, 'text/html');
}

function highlightTexts(doc: Document): string[] {
  const map = mapText([doc.body]);
  return defaultEngine()
    .find(map.text)
    .map((m) => {
      const bounds = boundsFor(map, m.start, m.end);
      return bounds ? liveRange(bounds, doc).toString() : '(no range)';
    });
}

describe('the page text the engine reads, and the ranges back into the page', () => {
  it('gives ranges over exactly the mentioned words, across element boundaries', () => {
    const doc = page('<p>أكدت <a href="#">روسيا</a> الاتحادية و<b>الصين</b> دعمهما</p>');
    expect(highlightTexts(doc)).toEqual(['روسيا الاتحادية', 'والصين']);
  });

  it('never reads form fields, scripts, styles, code, editable text or Siyaq’s own UI', () => {
    const doc = page(`
      <p>سورية</p>
      <input value="روسيا"><textarea>روسيا</textarea><select><option>روسيا</option></select>
      <script>var x = "روسيا"</script><style>.روسيا{}</style><noscript>روسيا</noscript>
      <code>روسيا</code><pre>روسيا</pre><div contenteditable="true">روسيا</div>
      <div data-siyaq>روسيا</div><svg><text>روسيا</text></svg>`);
    expect(highlightTexts(doc)).toEqual(['سورية']);
  });

  it('keeps paragraphs apart: no name runs from one block into the next', () => {
    const doc = page('<p>الأمم</p><p>المتحدة</p><div>جنوب<br>السودان</div>');
    expect(highlightTexts(doc)).toEqual(['السودان']);
  });

  it('maps offsets through many text nodes and entities written with markup inside words', () => {
    const doc = page(`<p>${'نص عادي '.repeat(200)}<span>سو</span><span>رية</span> و<em>إيران</em></p>`);
    expect(highlightTexts(doc)).toEqual(['سورية', 'وإيران']);
  });
});
