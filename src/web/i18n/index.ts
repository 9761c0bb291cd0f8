import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../../core/i18n/locale.js';
import { ar } from '../locales/ar.js';
import { en } from '../locales/en.js';
import { fr } from '../locales/fr.js';

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

void i18n.use(initReactI18next).init({
  resources: { fr: { translation: fr }, en: { translation: en }, ar: { translation: ar } },
  lng: storedLanguage() ?? browserLanguage(),
  // Staff screens are complete in French and English; Arabic falls back to French where missing.
  fallbackLng: { ar: ['fr'], default: ['fr'] },
  interpolation: { escapeValue: false },
  returnNull: false,
});

export function currentLanguage(): UiLanguage {
  const language = i18n.resolvedLanguage ?? i18n.language;
  return (uiLanguages as readonly string[]).includes(language) ? (language as UiLanguage) : 'fr';
}
