import type { FollowUpFormLanguage } from './domain/vocabulary.js';

export interface FollowUpSmsFacts {
  firstName: string;
  organizationName: string;
  /** The single-use link to the form: the same as the e-mail of the same sending. */
  link: string;
  /** The link's last day, already formatted in the text's language. */
  expiresOn: string;
}

/**
 * What each language says, short: who writes, why, that it takes two minutes without an account,
 * until when the link works. Straight apostrophes (a curly one would make a French text Unicode and
 * cost it half its length per part).
 */
const wordsOf: Record<FollowUpFormLanguage, (facts: FollowUpSmsFacts) => string> = {
  fr: (f) =>
    `Bonjour ${f.firstName}, ${f.organizationName} aimerait savoir ce que vous devenez : 2 minutes, sans compte. Lien personnel, valable une fois jusqu'au ${f.expiresOn} :`,
  en: (f) =>
    `Hello ${f.firstName}, ${f.organizationName} would like to know how you are doing: 2 minutes, no account needed. Personal link, usable once until ${f.expiresOn}:`,
  ar: (f) =>
    `مرحباً ${f.firstName}، يودّ ${f.organizationName} أن يعرف أخبارك: دقيقتان، دون حساب. رابط شخصي يُستخدم مرة واحدة حتى ${f.expiresOn}:`,
  uk: (f) =>
    `Вітаємо, ${f.firstName}! ${f.organizationName} хоче знати, як у вас справи: 2 хвилини, без реєстрації. Особисте одноразове посилання, до ${f.expiresOn}:`,
  es: (f) =>
    `Hola, ${f.firstName}: ${f.organizationName} quiere saber cómo le va: 2 minutos, sin cuenta. Enlace personal, de un solo uso, hasta el ${f.expiresOn}:`,
  fa: (f) =>
    `سلام ${f.firstName}، ${f.organizationName} می\u200cخواهد بداند حال شما چطور است: ۲ دقیقه، بدون حساب کاربری. لینک شخصی، یک\u200cبار مصرف، تا ${f.expiresOn}:`,
};

/**
 * The text message that carries a follow-up form's single-use link, in the person's language (one of
 * the form's six). The link stands alone on the last line, nothing after it: phones lay out each line
 * in the direction of its first letter, so in Arabic and Persian the link's line reads left to right
 * whole, and no invisible mark sits next to it for a phone to take into the link. Names and the date
 * in Arabic and Persian are isolated (FSI … PDI) so that the punctuation next to them stays in place.
 */
export function followUpSms(language: FollowUpFormLanguage, facts: FollowUpSmsFacts): string {
  const isolated = (text: string) => (language === 'ar' || language === 'fa' ? `\u2068${text}\u2069` : text);
  const words = wordsOf[language]({
    firstName: isolated(facts.firstName),
    organizationName: isolated(facts.organizationName),
    expiresOn: isolated(facts.expiresOn),
    link: facts.link,
  });
  return `${words}\n${facts.link}`;
}
