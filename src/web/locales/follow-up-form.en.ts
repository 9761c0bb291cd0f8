/**
 * English texts of the public follow-up form (/suivi/:token), which a person answers after leaving a
 * program, without an account. The form has its own texts in six languages (fr, en, ar, uk, es, fa),
 * loaded by the page itself (pages/follow-up-form/form-i18n.ts): the rest of the app keeps fr/en/ar.
 * Durations ({{duration}}), numbers and amounts (in the currency of the organization's country) come
 * formatted by Intl in the reader's language.
 */
export const followUpFormEn = {
  language: 'Language',
  loading: 'Loading…',
  greeting: 'Hello {{firstName}}',
  intro:
    '{{organization}} would like to know how you are doing, {{duration}} after you left the program “{{program}}”.',
  why: 'Your answers help improve the program for the people who come after you. It takes about two minutes.',
  expires: 'This link can be used once, until {{date}}.',
  requiredNote: 'Questions marked with * need an answer. You can skip the others.',
  yes: 'Yes',
  no: 'No',
  employed: {
    label: 'Do you have a paid job at the moment?',
    description: 'Working for yourself counts too.',
  },
  sameEmployer: { label: 'Is it the same employer as when you left the program?' },
  contractType: {
    label: 'What kind of contract do you have?',
    permanent: 'Permanent contract (no end date)',
    fixed_term: 'Fixed-term contract (with an end date)',
    temporary: 'Temporary work through an agency',
    self_employed: 'I work for myself',
    other: 'Something else',
  },
  hours: {
    label: 'About how many hours a week do you work?',
    description: 'A number between {{min}} and {{max}}.',
    invalid: 'Write a number of hours between {{min}} and {{max}}.',
  },
  wage: {
    label: 'About how much do you earn a month, before deductions?',
    none: 'No pay',
    under: 'Less than {{amount}}',
    between: 'From {{from}} to {{to}}',
    atLeast: '{{amount}} or more',
  },
  inTraining: {
    label: 'Are you in training or studying at the moment?',
    description: 'A course, an apprenticeship or studies.',
  },
  inRegion: { label: 'Do you still live in the same region?' },
  satisfied: {
    label: 'All in all, how satisfied are you with your situation today?',
    '1': 'Not satisfied at all',
    '2': 'Not very satisfied',
    '3': 'Somewhat satisfied',
    '4': 'Satisfied',
    '5': 'Very satisfied',
  },
  submit: 'Send my answers',
  sending: 'Sending…',
  chooseAnswer: 'Choose an answer.',
  fixErrors: 'Some answers need to be completed or corrected.',
  errorTitle: 'Something went wrong',
  retry: 'Try again',
  sendFailed: 'Your answers could not be sent',
  thanks: {
    title: 'Thank you, {{firstName}}!',
    text: '{{organization}} has received your answers. You can close this page.',
  },
  invalid: {
    title: 'This link no longer works',
    text: 'A follow-up link can be used only once, and for {{duration}}. This one has already been used or has expired.',
    contact:
      'If you would like to answer or have a question, contact your counselor: they can send you a new link.',
  },
} as const;

type Texts<T> = { [K in keyof T]: T[K] extends string ? string : Texts<T[K]> };

/** The texts every language of the form has: the same keys as English. */
export type FollowUpFormMessages = Texts<typeof followUpFormEn>;
