/** The e-mail of a bulletin issue, as each subscriber receives it: plain text, their own unsubscribe link last. */
export function bulletinMail(facts: {
  subject: string;
  body: string;
  organizationName: string;
  unsubscribeLink: string;
}): { subject: string; text: string } {
  const footer = [
    '—',
    `${facts.organizationName}`,
    'Vous recevez ce bulletin parce que vous y avez consenti. Pour ne plus le recevoir, en un clic :',
    'You receive this bulletin because you agreed to. To stop receiving it, in one click:',
    facts.unsubscribeLink,
  ];
  return { subject: facts.subject, text: `${facts.body.trim()}\n\n${footer.join('\n')}\n` };
}

/** An address shown on the public unsubscribe page without giving it away: `ma•••@e•••.org`. */
export function maskedEmail(email: string): string {
  const [local = '', domain = ''] = email.split('@');
  const dot = domain.lastIndexOf('.');
  const host = dot > 0 ? domain.slice(0, dot) : domain;
  const tld = dot > 0 ? domain.slice(dot) : '';
  return `${local.slice(0, Math.min(2, local.length))}•••@${host.slice(0, 1)}•••${tld}`;
}
