import type { OutgoingMail } from '../../core/mail/mailer.js';
import type { FrontDoorLanguage } from './domain/vocabulary.js';

interface NoticeData {
  language: FrontDoorLanguage;
  name: string;
  programName: string;
  organizationName: string;
}

/** The person is told, in the language they asked in, which organization will contact them. */
export function assignmentNoticeMail(d: NoticeData): Omit<OutgoingMail, 'to' | 'organizationId'> {
  switch (d.language) {
    case 'fr':
      return {
        subject: `${d.programName} : ${d.organizationName} vous contactera`,
        text: `Bonjour ${d.name},\n\nMerci pour votre demande d'accompagnement (${d.programName}).\nC'est ${d.organizationName} qui vous accompagnera : une personne de l'équipe vous contactera bientôt, par courriel ou par téléphone.\n\nVous n'avez rien d'autre à faire pour le moment.\n`,
      };
    case 'ar':
      return {
        subject: `${d.programName}: ستتواصل معك ${d.organizationName}`,
        text: `مرحبًا ${d.name}،\n\nشكرًا على طلب المرافقة (${d.programName}).\nستتولى ${d.organizationName} مرافقتك: سيتصل بك أحد أعضاء الفريق قريبًا، بالبريد الإلكتروني أو بالهاتف.\n\nلا يلزمك فعل أي شيء آخر الآن.\n`,
      };
    case 'es':
      return {
        subject: `${d.programName}: ${d.organizationName} se pondrá en contacto con usted`,
        text: `Hola, ${d.name}:\n\nGracias por su solicitud de acompañamiento (${d.programName}).\n${d.organizationName} le acompañará: una persona del equipo se pondrá en contacto con usted pronto, por correo electrónico o por teléfono.\n\nPor ahora no tiene que hacer nada más.\n`,
      };
    case 'en':
      return {
        subject: `${d.programName}: ${d.organizationName} will contact you`,
        text: `Hello ${d.name},\n\nThank you for your request for support (${d.programName}).\n${d.organizationName} will accompany you: someone from the team will contact you soon, by e-mail or by phone.\n\nThere is nothing else to do for now.\n`,
      };
  }
}
