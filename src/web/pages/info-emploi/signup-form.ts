/** What the person typed, before it is sent; every field a string so inputs stay controlled. */
export interface SignupDraft {
  givenName: string;
  familyName: string;
  email: string;
  phone: string;
  preferredLanguage: 'fr' | 'en' | 'ar';
  consent: boolean;
  website: string;
}

export type SignupField = 'givenName' | 'familyName' | 'email' | 'phone' | 'consent';
/** i18n keys under `sessions.frontDoor`. */
export type SignupProblem = 'required' | 'tooLong' | 'invalidEmail' | 'invalidPhone' | 'consentRequired';

const emailShape = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const phoneShape = /^[+0-9 ().-]*$/;

/** The same rules as the server's, checked first so the person reads them in their language. */
export function signupProblems(draft: SignupDraft): Partial<Record<SignupField, SignupProblem>> {
  const problems: Partial<Record<SignupField, SignupProblem>> = {};
  for (const field of ['givenName', 'familyName'] as const) {
    const value = draft[field].trim();
    if (!value) problems[field] = 'required';
    else if (value.length > 100) problems[field] = 'tooLong';
  }
  const email = draft.email.trim();
  if (!email) problems.email = 'required';
  else if (!emailShape.test(email) || email.length > 254) problems.email = 'invalidEmail';
  const phone = draft.phone.trim();
  if (phone.length > 30 || !phoneShape.test(phone)) problems.phone = 'invalidPhone';
  if (!draft.consent) problems.consent = 'consentRequired';
  return problems;
}

export function signupPayload(draft: SignupDraft) {
  return {
    givenName: draft.givenName.trim(),
    familyName: draft.familyName.trim(),
    email: draft.email.trim(),
    ...(draft.phone.trim() ? { phone: draft.phone.trim() } : {}),
    preferredLanguage: draft.preferredLanguage,
    consent: true as const,
    ...(draft.website ? { website: draft.website } : {}),
  };
}
