import type { OutgoingMail } from '../../core/mail/mailer.js';

interface AcknowledgementData {
  locale: 'fr' | 'en' | 'ar';
  name: string;
  title: string;
  organizationName: string;
}

/** The request is received, not accepted: the link to the videoconference comes with the invitation. */
export function signupAcknowledgementMail(d: AcknowledgementData): Omit<OutgoingMail, 'to'> {
  switch (d.locale) {
    case 'fr':
      return {
        subject: `Demande reçue : ${d.title}`,
        text: `Bonjour ${d.name},\n\nNous avons bien reçu votre demande d'inscription à « ${d.title} ».\nL'équipe de ${d.organizationName} l'examine et vous écrit bientôt. Si elle est acceptée, vous recevrez l'invitation avec la date, le lien de connexion et un calendrier (.ics).\n\nVous n'avez rien d'autre à faire pour le moment.\n`,
      };
    case 'ar':
      return {
        subject: `تم استلام طلبك: ${d.title}`,
        text: `مرحبًا ${d.name}،\n\nلقد استلمنا طلب تسجيلك في «${d.title}».\nسيدرس فريق ${d.organizationName} طلبك ويراسلك قريبًا. إذا قُبل الطلب، ستصلك دعوة فيها الموعد ورابط الاتصال وملف تقويم (.ics).\n\nلا يلزمك فعل أي شيء آخر الآن.\n`,
      };
    case 'en':
      return {
        subject: `Request received: ${d.title}`,
        text: `Hello ${d.name},\n\nWe received your request to join "${d.title}".\nThe ${d.organizationName} team is looking at it and will write to you soon. If it is accepted, you will receive the invitation with the date, the link to join and a calendar file (.ics).\n\nThere is nothing else to do for now.\n`,
      };
  }
}
