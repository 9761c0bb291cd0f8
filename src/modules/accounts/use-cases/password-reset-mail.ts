import type { OutgoingMail } from '../../../core/mail/mailer.js';

/** The page where the holder of a reset or invitation token chooses a password. */
export function passwordLink(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/$/, '')}/reset-password?token=${encodeURIComponent(token)}`;
}

export function passwordResetMail(
  to: string,
  token: string,
  locale: 'fr' | 'en',
  publicUrl: string,
  options: { invitation: boolean; organizationName?: string; minutes: number },
): OutgoingMail {
  const link = passwordLink(publicUrl, token);
  if (locale === 'en') {
    return options.invitation
      ? {
          to,
          subject: `Your Passerelle account at ${options.organizationName ?? ''}`.trim(),
          text: `You have been given access to Passerelle. Choose your password within 7 days:\n\n${link}\n\nIf you were not expecting this e-mail, ignore it.`,
        }
      : {
          to,
          subject: 'Reset your Passerelle password',
          text: `To choose a new password, open this link within ${options.minutes} minutes:\n\n${link}\n\nIf you did not ask for it, ignore this e-mail: your password stays the same.`,
        };
  }
  return options.invitation
    ? {
        to,
        subject: `Votre compte Passerelle chez ${options.organizationName ?? ''}`.trim(),
        text: `Un accès à Passerelle vous a été ouvert. Choisissez votre mot de passe dans les 7 jours :\n\n${link}\n\nSi vous n'attendiez pas ce message, ignorez-le.`,
      }
    : {
        to,
        subject: 'Réinitialisation de votre mot de passe Passerelle',
        text: `Pour choisir un nouveau mot de passe, ouvrez ce lien dans les ${options.minutes} minutes :\n\n${link}\n\nSi vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe reste inchangé.`,
      };
}
