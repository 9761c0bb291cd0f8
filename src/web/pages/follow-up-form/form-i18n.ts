import i18next from 'i18next';
import {
  type FollowUpFormLanguage,
  followUpFormLanguages,
} from '../../../modules/outcomes/domain/vocabulary.js';
import type { FollowUpFormMessages } from '../../locales/follow-up-form.en.js';

/**
 * The follow-up form's own languages. A person answers it without an account in one of six languages,
 * while the staff app speaks French and English (and Arabic on its public pages): rather than teach the
 * whole app three more languages, the form has an i18next instance of its own (given to the page by an
 * I18nextProvider), with only its texts, each language a chunk fetched when first chosen.
 */
export { type FollowUpFormLanguage, followUpFormLanguages };

const messagesOf: Record<FollowUpFormLanguage, () => Promise<FollowUpFormMessages>> = {
  fr: () => import('../../locales/follow-up-form.fr.js').then((module) => module.followUpFormFr),
  en: () => import('../../locales/follow-up-form.en.js').then((module) => module.followUpFormEn),
  ar: () => import('../../locales/follow-up-form.ar.js').then((module) => module.followUpFormAr),
  uk: () => import('../../locales/follow-up-form.uk.js').then((module) => module.followUpFormUk),
  es: () => import('../../locales/follow-up-form.es.js').then((module) => module.followUpFormEs),
  fa: () => import('../../locales/follow-up-form.fa.js').then((module) => module.followUpFormFa),
};

/** Each language's name in itself: a person finds theirs whatever the page's language. */
export const languageNames: Record<FollowUpFormLanguage, string> = {
  fr: 'Français',
  en: 'English',
  ar: 'العربية',
  uk: 'Українська',
  es: 'Español',
  fa: 'دری / فارسی',
};

export const formDirection = (language: FollowUpFormLanguage): 'rtl' | 'ltr' =>
  language === 'ar' || language === 'fa' ? 'rtl' : 'ltr';

/** The Intl locale of dates and numbers: Latin digits in Arabic (as the app's other public pages), Persian ones in Persian. */
export const intlLocale: Record<FollowUpFormLanguage, string> = {
  fr: 'fr',
  en: 'en',
  ar: 'ar-u-nu-latn',
  uk: 'uk',
  es: 'es',
  fa: 'fa-u-ca-gregory',
};

export const isFormLanguage = (value: unknown): value is FollowUpFormLanguage =>
  (followUpFormLanguages as readonly unknown[]).includes(value);

export const formI18n = i18next.createInstance();
void formI18n.init({
  resources: {},
  partialBundledLanguages: true,
  lng: 'fr',
  // Every language is complete (locales.test.ts): no fallback mixing two languages on one screen.
  fallbackLng: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

const fetched = new Map<FollowUpFormLanguage, Promise<void>>();

/** The language asked for last: a slower chunk asked for before must not win. */
let latest: FollowUpFormLanguage | null = null;

/**
 * Fetches the language's texts once, then shows the form in it; false when another language was asked
 * for in the meantime (the link's, arriving while the guessed one was being fetched).
 */
export async function switchFormLanguage(language: FollowUpFormLanguage): Promise<boolean> {
  latest = language;
  let pending = fetched.get(language);
  if (!pending) {
    pending = messagesOf[language]().then((messages) => {
      formI18n.addResourceBundle(language, 'translation', { followUpForm: messages });
    });
    pending.catch(() => fetched.delete(language));
    fetched.set(language, pending);
  }
  await pending;
  if (latest !== language) return false;
  await formI18n.changeLanguage(language);
  return latest === language;
}

/** Only the choice of language is kept in the browser, never anything about the person. */
const storageKey = 'passerelle.followUpFormLanguage';

export function rememberFormLanguage(language: FollowUpFormLanguage): void {
  try {
    window.localStorage.setItem(storageKey, language);
  } catch {
    // Private browsing may refuse storage: the choice then lasts for this page only.
  }
}

/** The language to speak before the link says its own: the one chosen before, else the browser's, else French. */
export function guessedFormLanguage(): FollowUpFormLanguage {
  try {
    const stored = window.localStorage.getItem(storageKey);
    if (isFormLanguage(stored)) return stored;
  } catch {
    // No storage: ask the browser.
  }
  for (const tag of navigator.languages ?? [navigator.language]) {
    const language = tag.slice(0, 2).toLowerCase();
    if (isFormLanguage(language)) return language;
    // Dari is tagged prs (Afghanistan) as well as fa.
    if (tag.toLowerCase().startsWith('prs')) return 'fa';
  }
  return 'fr';
}
