import i18next from 'i18next';
import { type FrontDoorLanguage, frontDoorLanguages } from '../../../modules/front-door/domain/vocabulary.js';
import type { FrontDoorFormMessages } from '../../locales/front-door-form.en.js';

/**
 * The public request page's own languages (French, English, Arabic, Spanish), as the follow-up form
 * does: an i18next instance of its own with only its texts, each language a chunk fetched when chosen.
 */
export { type FrontDoorLanguage, frontDoorLanguages };

const messagesOf: Record<FrontDoorLanguage, () => Promise<FrontDoorFormMessages>> = {
  fr: () => import('../../locales/front-door-form.fr.js').then((module) => module.frontDoorFormFr),
  en: () => import('../../locales/front-door-form.en.js').then((module) => module.frontDoorFormEn),
  ar: () => import('../../locales/front-door-form.ar.js').then((module) => module.frontDoorFormAr),
  es: () => import('../../locales/front-door-form.es.js').then((module) => module.frontDoorFormEs),
};

/** Each language's name in itself: a person finds theirs whatever the page's language. */
export const languageNames: Record<FrontDoorLanguage, string> = {
  fr: 'Français',
  en: 'English',
  ar: 'العربية',
  es: 'Español',
};

export const formDirection = (language: FrontDoorLanguage): 'rtl' | 'ltr' =>
  language === 'ar' ? 'rtl' : 'ltr';

/** Latin digits in Arabic, as the app's other public pages. */
export const intlLocale: Record<FrontDoorLanguage, string> = {
  fr: 'fr-CA',
  en: 'en-CA',
  ar: 'ar-u-nu-latn',
  es: 'es',
};

export const isFrontDoorLanguage = (value: unknown): value is FrontDoorLanguage =>
  (frontDoorLanguages as readonly unknown[]).includes(value);

export const frontDoorI18n = i18next.createInstance();
void frontDoorI18n.init({
  resources: {},
  partialBundledLanguages: true,
  lng: 'fr',
  // Every language is complete (front-door-form locales test): no fallback mixing two languages.
  fallbackLng: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

const fetched = new Map<FrontDoorLanguage, Promise<void>>();
let latest: FrontDoorLanguage | null = null;

/** Fetches the language's texts once, then shows the page in it; false when another was asked for since. */
export async function switchFrontDoorLanguage(language: FrontDoorLanguage): Promise<boolean> {
  latest = language;
  let pending = fetched.get(language);
  if (!pending) {
    pending = messagesOf[language]().then((messages) => {
      frontDoorI18n.addResourceBundle(language, 'translation', { frontDoorForm: messages });
    });
    pending.catch(() => fetched.delete(language));
    fetched.set(language, pending);
  }
  await pending;
  if (latest !== language) return false;
  await frontDoorI18n.changeLanguage(language);
  return latest === language;
}

const storageKey = 'passerelle.frontDoorLanguage';

/** Only the choice of language is kept in the browser, never anything about the person. */
export function rememberFrontDoorLanguage(language: FrontDoorLanguage): void {
  try {
    window.localStorage.setItem(storageKey, language);
  } catch {
    // Private browsing may refuse storage: the choice then lasts for this page only.
  }
}

/** The language chosen before, else the browser's, else French. */
export function guessedFrontDoorLanguage(): FrontDoorLanguage {
  try {
    const stored = window.localStorage.getItem(storageKey);
    if (isFrontDoorLanguage(stored)) return stored;
  } catch {
    // No storage: ask the browser.
  }
  for (const tag of navigator.languages ?? [navigator.language]) {
    const language = tag.slice(0, 2).toLowerCase();
    if (isFrontDoorLanguage(language)) return language;
  }
  return 'fr';
}
