import type { OutgoingMail } from '../../../core/mail/mailer.js';

/**
 * Tells the account's owner that their authenticator app was removed, so that someone who did not ask
 * for it knows at once (the mail names who did it and the organization, never a secret or a link).
 */
export function secondFactorRemovedMail(
  to: string,
  locale: string,
  facts: { by: string; organizationName: string },
): OutgoingMail {
  if (locale === 'fr')
    return {
      to,
      subject: 'Votre application d’authentification Passerelle a été retirée',
      text: `${facts.by} (${facts.organizationName}) a retiré l’application d’authentification de votre compte Passerelle, après avoir vérifié votre identité. Vos sessions ont été fermées. À votre prochaine connexion, vous en configurerez une nouvelle.\n\nSi vous n’avez rien demandé, prévenez sans attendre ${facts.by} ou l’administrateur de ${facts.organizationName}.`,
    };
  return {
    to,
    subject: 'Your Passerelle authenticator app was removed',
    text: `${facts.by} (${facts.organizationName}) removed the authenticator app from your Passerelle account after checking who you are. Your sessions were ended. At your next login you will set up a new one.\n\nIf you did not ask for this, tell ${facts.by} or the administrator of ${facts.organizationName} at once.`,
  };
}
