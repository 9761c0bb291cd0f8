import i18next, { type i18n as I18n } from 'i18next';

/**
 * The public forms (the follow-up form, the consortium's front door) speak languages the staff app
 * does not: rather than teach the whole app more languages, each form has an i18next instance of its
 * own (given to the page by an I18nextProvider) with only its texts, each language a chunk fetched when
 * first chosen. One helper for both, so that fetching, switching, remembering and guessing the
 * language stay one piece of code.
 */

/** Each language's name in itself: a person finds theirs whatever the page's language. */
export const publicLanguageNames = {
  fr: 'Français',
  en: 'English',
  ar: 'العربية',
  uk: 'Українська',
  es: 'Español',
  fa: 'دری / فارسی',
} as const;

const rightToLeft: readonly string[] = ['ar', 'fa'];

export const publicFormDirection = (language: string): 'rtl' | 'ltr' =>
  rightToLeft.includes(language) ? 'rtl' : 'ltr';

export interface PublicFormI18n<L extends string> {
  i18n: I18n;
  isLanguage: (value: unknown) => value is L;
  /** Fetches the language's texts once, then shows the form in it; false when another was asked for since. */
  switchLanguage: (language: L) => Promise<boolean>;
  /** Only the choice of language is kept in the browser, never anything about the person. */
  remember: (language: L) => void;
  /** The language chosen before, else the browser's, else French. */
  guessed: () => L;
}

export function createPublicFormI18n<L extends string>(options: {
  languages: readonly L[];
  /** The key the form's texts live under (`followUpForm.…`, `frontDoorForm.…`). */
  namespace: string;
  messages: Record<L, () => Promise<object>>;
  storageKey: string;
  /** A browser tag that names one of the languages otherwise (Dari is tagged prs as well as fa). */
  fromBrowserTag?: (tag: string) => L | undefined;
}): PublicFormI18n<L> {
  const isLanguage = (value: unknown): value is L =>
    (options.languages as readonly unknown[]).includes(value);
  const instance = i18next.createInstance();
  void instance.init({
    resources: {},
    partialBundledLanguages: true,
    lng: 'fr',
    // Every language is complete (the locales tests): no fallback mixing two languages on one screen.
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });

  const fetched = new Map<L, Promise<void>>();
  /** The language asked for last: a slower chunk asked for before must not win. */
  let latest: L | null = null;

  return {
    i18n: instance,
    isLanguage,
    async switchLanguage(language) {
      latest = language;
      let pending = fetched.get(language);
      if (!pending) {
        pending = options.messages[language]().then((messages) => {
          instance.addResourceBundle(language, 'translation', { [options.namespace]: messages });
        });
        pending.catch(() => fetched.delete(language));
        fetched.set(language, pending);
      }
      await pending;
      if (latest !== language) return false;
      await instance.changeLanguage(language);
      return latest === language;
    },
    remember(language) {
      try {
        window.localStorage.setItem(options.storageKey, language);
      } catch {
        // Private browsing may refuse storage: the choice then lasts for this page only.
      }
    },
    guessed() {
      try {
        const stored = window.localStorage.getItem(options.storageKey);
        if (isLanguage(stored)) return stored;
      } catch {
        // No storage: ask the browser.
      }
      for (const tag of navigator.languages ?? [navigator.language]) {
        const language = tag.slice(0, 2).toLowerCase();
        if (isLanguage(language)) return language;
        const named = options.fromBrowserTag?.(tag.toLowerCase());
        if (named) return named;
      }
      return (isLanguage('fr') ? 'fr' : options.languages[0]) as L;
    },
  };
}
