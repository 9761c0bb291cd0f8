import type { FollowUpFormLanguage } from './domain/vocabulary.js';

export interface FollowUpMailFacts {
  firstName: string;
  organizationName: string;
  /** The single-use link to the form. */
  link: string;
  /** The link's last day, already formatted in the mail's language. */
  expiresOn: string;
  /** The moment of the follow-up: months after leaving the program. */
  months: number;
}

/** Latin digits in Arabic (as the web app's public pages), Persian ones in Persian. */
const intlLocale: Record<FollowUpFormLanguage, string> = {
  fr: 'fr',
  en: 'en',
  ar: 'ar-u-nu-latn',
  uk: 'uk',
  es: 'es',
  fa: 'fa',
};

type Words = { subject: string; lines: string[] };

/**
 * What each language says. `{duration}` is "3 months", "3 أشهر", "3 місяці"… as Intl words it (it
 * knows each language's plural forms); the link stands alone on its line, so that every mail client
 * makes it clickable and no right-to-left text runs into it.
 */
const wordsOf: Record<FollowUpFormLanguage, (facts: FollowUpMailFacts, duration: string) => Words> = {
  fr: (f, duration) => ({
    subject: `${f.organizationName} : que devenez-vous ? (2 minutes)`,
    lines: [
      `Bonjour ${f.firstName},`,
      '',
      `Il y a ${duration}, vous avez terminé votre parcours avec ${f.organizationName}. Nous aimerions savoir ce que vous devenez : quelques questions courtes, environ deux minutes, sur téléphone ou ordinateur, dans votre langue.`,
      '',
      'Pour répondre, ouvrez ce lien :',
      f.link,
      '',
      `Ce lien ne sert qu’une fois, jusqu’au ${f.expiresOn}. Pas besoin de compte ni de mot de passe.`,
      'Pour toute question, contactez votre conseiller ou votre conseillère.',
      '',
      f.organizationName,
    ],
  }),
  en: (f, duration) => ({
    subject: `${f.organizationName}: how are you doing? (2 minutes)`,
    lines: [
      `Hello ${f.firstName},`,
      '',
      `${capitalized(duration)} ago you finished your program with ${f.organizationName}. We would like to know how you are doing: a few short questions, about two minutes, on a phone or a computer, in your language.`,
      '',
      'To answer, open this link:',
      f.link,
      '',
      `The link can be used once, until ${f.expiresOn}. No account or password needed.`,
      'If you have a question, contact your counselor.',
      '',
      f.organizationName,
    ],
  }),
  ar: (f, duration) => ({
    subject: `${f.organizationName}: كيف حالك؟ (دقيقتان)`,
    lines: [
      `مرحباً ${f.firstName}،`,
      '',
      `أنهيتَ قبل ${duration} برنامجك مع ${f.organizationName}. نودّ أن نعرف أخبارك: بضعة أسئلة قصيرة، تستغرق دقيقتين تقريباً، على الهاتف أو الحاسوب، بلغتك.`,
      '',
      'للإجابة، افتح هذا الرابط:',
      f.link,
      '',
      `يمكن استخدام هذا الرابط مرة واحدة فقط، حتى ${f.expiresOn}. لا حاجة إلى حساب أو كلمة مرور.`,
      'إذا كان لديك سؤال، فتواصل مع مستشارك.',
      '',
      f.organizationName,
    ],
  }),
  uk: (f, duration) => ({
    subject: `${f.organizationName}: як у вас справи? (2 хвилини)`,
    lines: [
      `Вітаємо, ${f.firstName}!`,
      '',
      `${capitalized(duration)} тому ви завершили програму в організації ${f.organizationName}. Ми хотіли б дізнатися, як у вас справи: кілька коротких запитань, приблизно дві хвилини, з телефона чи комп’ютера, вашою мовою.`,
      '',
      'Щоб відповісти, відкрийте це посилання:',
      f.link,
      '',
      `Посиланням можна скористатися лише один раз, до ${f.expiresOn}. Обліковий запис чи пароль не потрібні.`,
      'Якщо у вас є запитання, зверніться до свого консультанта.',
      '',
      f.organizationName,
    ],
  }),
  es: (f, duration) => ({
    subject: `${f.organizationName}: ¿cómo le va? (2 minutos)`,
    lines: [
      `Hola, ${f.firstName}:`,
      '',
      `Hace ${duration} terminó su programa con ${f.organizationName}. Nos gustaría saber cómo le va: unas pocas preguntas cortas, unos dos minutos, desde el teléfono o el ordenador, en su idioma.`,
      '',
      'Para responder, abra este enlace:',
      f.link,
      '',
      `El enlace solo se puede usar una vez, hasta el ${f.expiresOn}. No necesita cuenta ni contraseña.`,
      'Si tiene alguna pregunta, contacte con su orientador u orientadora.',
      '',
      f.organizationName,
    ],
  }),
  fa: (f, duration) => ({
    subject: `${f.organizationName}: حالتان چطور است؟ (۲ دقیقه)`,
    lines: [
      `سلام ${f.firstName}،`,
      '',
      `${duration} پیش برنامه خود را با ${f.organizationName} به پایان رساندید. می\u200cخواهیم بدانیم حالا وضع شما چطور است: چند سوال کوتاه، حدود دو دقیقه، با تلفن یا کمپیوتر، به زبان خودتان.`,
      '',
      'برای پاسخ دادن، این لینک را باز کنید:',
      f.link,
      '',
      `از این لینک فقط یک بار و تا ${f.expiresOn} می\u200cتوانید استفاده کنید. به حساب کاربری یا رمز نیازی نیست.`,
      'اگر سوالی دارید، با مشاور خود تماس بگیرید.',
      '',
      f.organizationName,
    ],
  }),
};

function capitalized(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/**
 * The e-mail that carries a follow-up form's single-use link, in the person's language (one of the
 * form's six): plain text, the link alone on its line.
 */
export function followUpMail(
  language: FollowUpFormLanguage,
  facts: FollowUpMailFacts,
): { subject: string; text: string } {
  const duration = new Intl.NumberFormat(intlLocale[language], {
    style: 'unit',
    unit: 'month',
    unitDisplay: 'long',
  }).format(facts.months);
  // In Arabic and Persian, a name in Latin letters is isolated from the text around it (FSI … PDI), so
  // that the punctuation next to it stays where the sentence puts it.
  const isolated = (text: string) => (language === 'ar' || language === 'fa' ? `\u2068${text}\u2069` : text);
  const words = wordsOf[language](
    {
      ...facts,
      firstName: isolated(facts.firstName),
      organizationName: isolated(facts.organizationName),
      expiresOn: isolated(facts.expiresOn),
    },
    duration,
  );
  return { subject: words.subject, text: `${words.lines.join('\n')}\n` };
}
