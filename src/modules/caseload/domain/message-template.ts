/**
 * The counselor's message for one person: `{firstName}` becomes the person's given name. Nothing else
 * is replaced, so a message may speak of braces; replacement is literal (a name is never a pattern).
 */
export const firstNamePlaceholder = '{firstName}';

export function personalize(template: string, firstName: string): string {
  return template.split(firstNamePlaceholder).join(firstName);
}

export type MessageSkipReason = 'not_found' | 'restricted' | 'no_email' | 'no_consent';

/** Why a person does not receive the message, checked in this order; null when they do. */
export function skipReasonOf(person: {
  followed: boolean;
  restricted: boolean;
  email: string | null;
  consents: boolean;
}): MessageSkipReason | null {
  if (!person.followed) return 'not_found';
  if (person.restricted) return 'restricted';
  if (!person.email) return 'no_email';
  if (!person.consents) return 'no_consent';
  return null;
}
