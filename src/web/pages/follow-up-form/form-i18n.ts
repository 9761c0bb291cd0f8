import {
  type FollowUpFormLanguage,
  followUpFormLanguages,
} from '../../../modules/outcomes/domain/vocabulary.js';
import {
  createPublicFormI18n,
  publicFormDirection,
  publicLanguageNames,
} from '../public-form/public-form-i18n.js';

/**
 * The follow-up form's own languages: a person answers it without an account in one of six languages,
 * while the staff app speaks French and English, through the public forms' helper.
 */
export { type FollowUpFormLanguage, followUpFormLanguages };

const followUpForm = createPublicFormI18n<FollowUpFormLanguage>({
  languages: followUpFormLanguages,
  namespace: 'followUpForm',
  messages: {
    fr: () => import('../../locales/follow-up-form.fr.js').then((module) => module.followUpFormFr),
    en: () => import('../../locales/follow-up-form.en.js').then((module) => module.followUpFormEn),
    ar: () => import('../../locales/follow-up-form.ar.js').then((module) => module.followUpFormAr),
    uk: () => import('../../locales/follow-up-form.uk.js').then((module) => module.followUpFormUk),
    es: () => import('../../locales/follow-up-form.es.js').then((module) => module.followUpFormEs),
    fa: () => import('../../locales/follow-up-form.fa.js').then((module) => module.followUpFormFa),
  },
  storageKey: 'passerelle.followUpFormLanguage',
  // Dari is tagged prs (Afghanistan) as well as fa.
  fromBrowserTag: (tag) => (tag.startsWith('prs') ? 'fa' : undefined),
});

export const languageNames: Record<FollowUpFormLanguage, string> = publicLanguageNames;
export const formDirection: (language: FollowUpFormLanguage) => 'rtl' | 'ltr' = publicFormDirection;

/** The Intl locale of dates and numbers: Latin digits in Arabic (as the app's other public pages), Persian ones in Persian. */
export const intlLocale: Record<FollowUpFormLanguage, string> = {
  fr: 'fr',
  en: 'en',
  ar: 'ar-u-nu-latn',
  uk: 'uk',
  es: 'es',
  fa: 'fa-u-ca-gregory',
};

export const isFormLanguage = followUpForm.isLanguage;
export const formI18n = followUpForm.i18n;
export const switchFormLanguage = followUpForm.switchLanguage;
export const rememberFormLanguage = followUpForm.remember;
export const guessedFormLanguage = followUpForm.guessed;
