import PDFDocument from 'pdfkit';
import { drawText, type TextStyle, withUnicodeFonts } from '../../../core/pdf/unicode-text.js';
import type { ProcessingRegister } from '../use-cases/processing-register.js';

type PDFDoc = InstanceType<typeof PDFDocument>;

const labels = {
  fr: {
    title: 'Registre des activités de traitement',
    subtitle: (org: string, date: string) => `${org} — établi le ${date} (RGPD, article 30)`,
    partners: 'Partenaires du consortium',
    noPartner: 'Aucun',
    purpose: 'Finalité',
    legalBasis: 'Base légale',
    data: 'Catégories de données',
    people: 'Catégories de personnes',
    recipients: 'Destinataires',
    retention: 'Durée de conservation',
    months: (n: number) => `${n} mois (réglage de la structure), puis anonymisation automatique`,
    notSet: 'Non fixée par la structure : rien n’est anonymisé automatiquement',
    transfers: 'Transferts hors de l’Union européenne : aucun par la plateforme',
    security: 'Mesures de sécurité',
  },
  en: {
    title: 'Register of processing activities',
    subtitle: (org: string, date: string) => `${org} — drawn up on ${date} (GDPR, article 30)`,
    partners: 'Consortium partners',
    noPartner: 'None',
    purpose: 'Purpose',
    legalBasis: 'Legal basis',
    data: 'Categories of data',
    people: 'Categories of people',
    recipients: 'Recipients',
    retention: 'Retention period',
    months: (n: number) => `${n} months (the organization's setting), then automatic anonymization`,
    notSet: 'Not set by the organization: nothing is anonymized automatically',
    transfers: 'Transfers outside the European Union: none by the platform',
    security: 'Security measures',
  },
};

/** Every string goes through here: each script in its face (core/pdf/unicode-text.ts). */
function write(doc: PDFDoc, text: string, style: TextStyle = 'regular', size = 10) {
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  drawText(doc.fontSize(size), text, { width, style });
}

/** The register as a printable document; the same register on the same day gives the same bytes. */
export function renderRegisterPdf(register: ProcessingRegister): Promise<Buffer> {
  const l = labels[register.locale];
  const doc = withUnicodeFonts(
    new PDFDocument({
      size: 'A4',
      margin: 50,
      info: {
        Title: l.title,
        Author: register.organization.name,
        CreationDate: new Date(`${register.drawnUpOn}T00:00:00Z`),
      },
    }),
  );
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  write(doc, l.title, 'bold', 16);
  write(doc, l.subtitle(register.organization.name, register.drawnUpOn), 'regular', 10);
  doc.moveDown(0.5);
  write(doc, `${l.partners}: ${register.partners.length > 0 ? register.partners.join(', ') : l.noPartner}`);
  write(doc, l.transfers);
  for (const activity of register.activities) {
    doc.moveDown(0.8);
    write(doc, activity.name, 'bold', 12);
    write(doc, `${l.purpose}: ${activity.purpose}`);
    write(doc, `${l.legalBasis}: ${activity.legalBasis}`);
    write(doc, `${l.data}: ${activity.dataCategories.join('; ')}`);
    write(doc, `${l.people}: ${activity.peopleCategories.join('; ')}`);
    write(doc, `${l.recipients}: ${activity.recipients.join('; ')}`);
    const retention =
      activity.retention.text ??
      (activity.retention.months !== null ? l.months(activity.retention.months) : l.notSet);
    write(doc, `${l.retention}: ${retention}`);
  }
  doc.moveDown(0.8);
  write(doc, l.security, 'bold', 12);
  for (const measure of register.securityMeasures) write(doc, `•  ${measure}`);
  doc.end();
  return done;
}
