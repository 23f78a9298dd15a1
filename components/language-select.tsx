import { type LanguageChoice, t, type UiLang } from '../lib/i18n';

/** The interface's language: as the browser, Arabic or English (each named in itself). */
export function LanguageSelect({
  lang,
  choice,
  onChoose,
}: {
  lang: UiLang;
  choice: LanguageChoice;
  onChoose: (choice: LanguageChoice) => void;
}) {
  return (
    <select
      aria-label={t(lang, 'language')}
      value={choice}
      onChange={(e) => onChoose((e.target as HTMLSelectElement).value as LanguageChoice)}
    >
      <option value="auto">{t(lang, 'languageAuto')}</option>
      <option value="ar" lang="ar">
        العربية
      </option>
      <option value="en" lang="en">
        English
      </option>
    </select>
  );
}
