import { describe, expect, it } from 'vitest';
import { t, uiLanguage } from '../../lib/i18n';
import ar from '../../public/_locales/ar/messages.json';
import en from '../../public/_locales/en/messages.json';

describe('the interface’s strings', () => {
  it('has every message in both languages, none empty, with the same placeholders', () => {
    expect(Object.keys(ar).sort()).toEqual(Object.keys(en).sort());
    for (const [key, { message }] of Object.entries(en)) {
      const arabic = (ar as Record<string, { message: string }>)[key]?.message ?? '';
      expect(message.trim(), key).not.toBe('');
      expect(arabic.trim(), key).not.toBe('');
      expect(arabic.match(/\$\d/g)?.sort() ?? [], key).toEqual(message.match(/\$\d/g)?.sort() ?? []);
    }
    // The Arabic strings are Arabic.
    expect(Object.values(ar).filter(({ message }) => /[\u0600-\u06ff]/.test(message)).length).toBeGreaterThan(
      Object.keys(ar).length * 0.9,
    );
  });

  it('fills placeholders and follows the browser unless the user chose', () => {
    expect(t('en', 'inYourLog', 3, 'Oct 12, 2025')).toBe('In your log: 3 articles, last on Oct 12, 2025');
    expect(t('ar', 'alwaysScan', 'example.com')).toBe('افحص صفحات example.com دائمًا');
    expect(uiLanguage('auto', 'ar-SY')).toBe('ar');
    expect(uiLanguage('auto', 'fr')).toBe('en');
    expect(uiLanguage('ar', 'en-US')).toBe('ar');
  });
});
