/** What a subscription's message says: which report is ready and the link to open it, never its figures. */
export interface SubscriptionMailFacts {
  recipientName: string;
  templateName: string;
  programName: string;
  /** Already formatted in the mail's language. */
  from: string;
  to: string;
  cadence: 'monthly' | 'quarterly';
  /** The report page, behind the login. */
  link: string;
}

const words = {
  fr: (f: SubscriptionMailFacts) => ({
    subject: `Rapport disponible : ${f.templateName} — ${f.programName}`,
    lines: [
      `Bonjour ${f.recipientName},`,
      '',
      `Le rapport « ${f.templateName} » du programme ${f.programName}, pour la période du ${f.from} au ${f.to}, est prêt.`,
      '',
      'Pour le lire ou le télécharger, connectez-vous à Passerelle en ouvrant ce lien :',
      f.link,
      '',
      'Ce message ne contient aucun chiffre : ils ne se lisent qu’une fois connecté·e, selon vos droits.',
      `Vous recevez ce rapport ${f.cadence === 'monthly' ? 'chaque mois' : 'chaque trimestre'} à la demande de votre structure.`,
    ],
  }),
  en: (f: SubscriptionMailFacts) => ({
    subject: `Report ready: ${f.templateName} — ${f.programName}`,
    lines: [
      `Hello ${f.recipientName},`,
      '',
      `The report "${f.templateName}" of the program ${f.programName}, for ${f.from} to ${f.to}, is ready.`,
      '',
      'To read or download it, sign in to Passerelle by opening this link:',
      f.link,
      '',
      'This message holds no figures: they can be read only once signed in, as your access allows.',
      `You receive this report ${f.cadence === 'monthly' ? 'every month' : 'every quarter'} at your organization's request.`,
    ],
  }),
};

/** Plain text, the link alone on its line (every mail client makes it clickable). */
export function subscriptionMail(language: 'fr' | 'en', facts: SubscriptionMailFacts) {
  const { subject, lines } = words[language](facts);
  return { subject, text: `${lines.join('\n')}\n` };
}
