import { describe, expect, it } from 'vitest';
import { siteEntry } from '../../lib/sites/site-entry';

describe('a site typed in the options page', () => {
  it.each(['*', '*.com', '*://*/*', 'https://*.sana.sy/'])('refuses the wildcard %s', (typed) => {
    expect(siteEntry(typed)).toEqual({ ok: false, reason: 'wildcard', typed });
  });

  it.each([
    ['com', 'com'],
    ['COM.', 'com'],
    ['www.com', 'com'],
    ['co.uk', 'co.uk'],
    ['gov.sy', 'gov.sy'],
    ['com.sy', 'com.sy'],
    ['https://github.io/', 'github.io'],
    ['blogspot.com', 'blogspot.com'],
    ['سوريا', 'xn--mgbtf8fl'],
  ])('refuses %s, a suffix many sites share', (typed, suffix) => {
    expect(siteEntry(typed)).toEqual({ ok: false, reason: 'public-suffix', typed, suffix });
  });

  it.each([
    ['sana.sy', 'sana.sy'],
    [' https://www.BBC.co.uk/arabic ', 'bbc.co.uk'],
    ['someone.github.io', 'someone.github.io'],
    ['news.un.org', 'news.un.org'],
    ['موقع.سوريا', 'xn--4gbrim.xn--mgbtf8fl'],
    ['localhost', 'localhost'],
    ['192.168.1.20', '192.168.1.20'],
  ])('takes %s as the one site %s', (typed, host) => {
    expect(siteEntry(typed)).toEqual({ ok: true, host });
  });

  it('says when the text is no site at all', () => {
    expect(siteEntry('not a site')).toEqual({ ok: false, reason: 'not-a-site', typed: 'not a site' });
  });
});
