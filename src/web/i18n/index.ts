import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../../core/i18n/locale.js';

export const uiLanguages = ['fr', 'en', 'ar'] as const satisfies readonly Locale[];
export type UiLanguage = (typeof uiLanguages)[number];

/** Only the language choice is kept in the browser; never anything about a person. */
const storageKey = 'passerelle.language';

export function storedLanguage(): UiLanguage | null {
  try {
    const value = window.localStorage.getItem(storageKey);
    return (uiLanguages as readonly string[]).includes(value ?? '') ? (value as UiLanguage) : null;
  } catch {
    return null;
  }
}

export function rememberLanguage(language: UiLanguage): void {
  try {
    window.localStorage.setItem(storageKey, language);
  } catch {
    // Private browsing may refuse storage; the choice then lasts for this page only.
  }
}

function browserLanguage(): UiLanguage {
  const tag = (navigator.language ?? 'fr').slice(0, 2).toLowerCase();
  return (uiLanguages as readonly string[]).includes(tag) ? (tag as UiLanguage) : 'fr';
}

export function directionOf(language: string): 'rtl' | 'ltr' {
  return language.startsWith('ar') ? 'rtl' : 'ltr';
}

export const i18n = i18next.createInstance();

/**
 * Each language's messages are a chunk of their own, fetched when that language is first used: a page
 * downloads one language (two in Arabic, which falls back to French), not all three.
 */
const messagesOf: Record<UiLanguage, () => Promise<object>> = {
  fr: () => import('../locales/fr.js').then((module) => module.fr),
  en: () => import('../locales/en.js').then((module) => module.en),
  ar: () => import('../locales/ar.js').then((module) => module.ar),
};

/** The language and what it falls back to (see fallbackLng below); staff screens are complete in en and fr. */
const neededFor = (language: UiLanguage): UiLanguage[] => (language === 'ar' ? ['ar', 'fr'] : [language]);

/** Fetches a language's messages (and its fallback's) if not already there; call before using it. */
export async function loadLanguage(language: UiLanguage): Promise<void> {
  await Promise.all(
    neededFor(language)
      .filter((needed) => !i18n.hasResourceBundle(needed, 'translation'))
      .map(async (needed) => i18n.addResourceBundle(needed, 'translation', await messagesOf[needed]())),
  );
}

/** The language the app starts in: the one chosen before on this browser, else the browser's. */
export const initialLanguage: UiLanguage = storedLanguage() ?? browserLanguage();

void i18n.use(initReactI18next).init({
  resources: {},
  partialBundledLanguages: true,
  lng: initialLanguage,
  // Staff screens are complete in French and English; Arabic falls back to French where missing.
  fallbackLng: { ar: ['fr'], default: ['fr'] },
  interpolation: { escapeValue: false },
  returnNull: false,
});

export function currentLanguage(): UiLanguage {
  const language = i18n.resolvedLanguage ?? i18n.language;
  return (uiLanguages as readonly string[]).includes(language) ? (language as UiLanguage) : 'fr';
}
