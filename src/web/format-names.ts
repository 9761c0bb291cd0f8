import { currentLanguage } from './i18n/index.js';

/**
 * Names of languages and countries in the interface's language, from the browser's CLDR data
 * (Intl.DisplayNames), never the code itself: "Soudan", not "SD". Chromium's trimmed ICU has no name
 * for a few languages met in the programs (Fula: it answered "ff"); those come from this table,
 * taken from CLDR.
 */
const missingLanguageNames: Record<string, { fr: string; en: string; ar: string }> = {
  ff: { fr: 'peul', en: 'Fula', ar: 'الفولانية' },
  prs: { fr: 'dari', en: 'Dari', ar: 'الدارية' },
  ku: { fr: 'kurde', en: 'Kurdish', ar: 'الكردية' },
  ti: { fr: 'tigrigna', en: 'Tigrinya', ar: 'التغرينية' },
  bm: { fr: 'bambara', en: 'Bambara', ar: 'البامبارا' },
  ln: { fr: 'lingala', en: 'Lingala', ar: 'اللينجالا' },
  wo: { fr: 'wolof', en: 'Wolof', ar: 'الولوفية' },
};

type NameLanguage = 'fr' | 'en' | 'ar';
const asNameLanguage = (language: string): NameLanguage =>
  language === 'en' || language === 'ar' ? language : 'fr';

function displayName(type: 'language' | 'region', code: string, language: string): string | null {
  try {
    const name = new Intl.DisplayNames([language], { type, fallback: 'code' }).of(code);
    // Without data the browser answers with the code itself (in any case).
    return name && name.toLowerCase() !== code.toLowerCase() ? name : null;
  } catch {
    return null;
  }
}

/** "arabe" / "Arabic" / "العربية" for 'ar'; the code only for a language no one has named. */
export function languageName(code: string, language: string = currentLanguage()): string {
  return (
    displayName('language', code, language) ?? missingLanguageNames[code]?.[asNameLanguage(language)] ?? code
  );
}

/** "Soudan" / "Sudan" for 'SD'; the code only when the browser knows no such country. */
export function countryName(code: string, language: string = currentLanguage()): string {
  return displayName('region', code.toUpperCase(), language) ?? code;
}

/** Countries by their names in the interface's language, in its alphabetical order. */
export function countryOptions(
  codes: readonly string[],
  language: string = currentLanguage(),
): { value: string; label: string }[] {
  const collator = new Intl.Collator(language);
  return codes
    .map((code) => ({ value: code, label: countryName(code, language) }))
    .sort((a, b) => collator.compare(a.label, b.label));
}
