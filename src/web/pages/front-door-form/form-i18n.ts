import { type FrontDoorLanguage, frontDoorLanguages } from '../../../modules/front-door/domain/vocabulary.js';
import {
  createPublicFormI18n,
  publicFormDirection,
  publicLanguageNames,
} from '../public-form/public-form-i18n.js';

/** The public request page's own languages (French, English, Arabic, Spanish), through the public forms' helper. */
export { type FrontDoorLanguage, frontDoorLanguages };

const frontDoorForm = createPublicFormI18n<FrontDoorLanguage>({
  languages: frontDoorLanguages,
  namespace: 'frontDoorForm',
  messages: {
    fr: () => import('../../locales/front-door-form.fr.js').then((module) => module.frontDoorFormFr),
    en: () => import('../../locales/front-door-form.en.js').then((module) => module.frontDoorFormEn),
    ar: () => import('../../locales/front-door-form.ar.js').then((module) => module.frontDoorFormAr),
    es: () => import('../../locales/front-door-form.es.js').then((module) => module.frontDoorFormEs),
  },
  storageKey: 'passerelle.frontDoorLanguage',
});

export const languageNames: Record<FrontDoorLanguage, string> = publicLanguageNames;
export const formDirection: (language: FrontDoorLanguage) => 'rtl' | 'ltr' = publicFormDirection;

/** Latin digits in Arabic, as the app's other public pages. */
export const intlLocale: Record<FrontDoorLanguage, string> = {
  fr: 'fr-CA',
  en: 'en-CA',
  ar: 'ar-u-nu-latn',
  es: 'es',
};

export const isFrontDoorLanguage = frontDoorForm.isLanguage;
export const frontDoorI18n = frontDoorForm.i18n;
export const switchFrontDoorLanguage = frontDoorForm.switchLanguage;
export const rememberFrontDoorLanguage = frontDoorForm.remember;
export const guessedFrontDoorLanguage = frontDoorForm.guessed;
