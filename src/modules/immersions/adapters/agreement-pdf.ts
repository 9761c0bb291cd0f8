import PDFDocument from 'pdfkit';
import type { ImmersionView } from '../../../contracts/immersions.js';
import { drawText, type TextStyle, withUnicodeFonts } from '../../../core/pdf/unicode-text.js';
import { signatories } from '../domain/vocabulary.js';
import { type AgreementPdfLabels, agreementPdfEn, agreementPdfFr } from './agreement-pdf-labels.js';

export interface AgreementPdfData {
  locale: 'fr' | 'en';
  immersion: ImmersionView;
  personName: string;
  /** The name in its original script when the file has it (محمد علي, ለማ ደሳለኝ), printed beside. */
  personNameOriginal: string | null;
  personBirthDate: string | null;
  organizationName: string;
  /** The organization's time zone: a signature's moment is printed as its day there. */
  timeZone: string;
  /** Printed, and the PDF's creation date, so that the same agreement on the same day gives the same bytes. */
  printedOn: string;
}

type PDFDoc = InstanceType<typeof PDFDocument>;

const width = (doc: PDFDoc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;

/** Every string goes through here: each script in its face (core/pdf/unicode-text.ts). */
function write(doc: PDFDoc, text: string, style: TextStyle = 'regular', size = 10) {
  drawText(doc.fontSize(size), text, { width: width(doc), style });
}

function heading(doc: PDFDoc, text: string) {
  doc.moveDown(0.8);
  write(doc, text, 'bold', 13);
  doc.moveDown(0.2);
}

/** The agreement on paper, with its parties, terms, signatures and, once known, attendance and assessment. */
export async function renderAgreementPdf(
  data: AgreementPdfData,
  options: { compress?: boolean } = {},
): Promise<Buffer> {
  const l: AgreementPdfLabels = data.locale === 'fr' ? agreementPdfFr : agreementPdfEn;
  const tag = data.locale === 'fr' ? 'fr-FR' : 'en-US';
  const date = (iso: string) =>
    new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
  const instant = (iso: string) =>
    new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeStyle: 'short', timeZone: data.timeZone }).format(
      new Date(iso),
    );
  const hours = (h: number) => new Intl.NumberFormat(tag, { maximumFractionDigits: 2 }).format(h);
  const { immersion } = data;
  const doc = withUnicodeFonts(
    new PDFDocument({
      size: data.locale === 'fr' ? 'A4' : 'LETTER',
      margin: 56,
      compress: options.compress ?? true,
      info: {
        Title: `${l.title(immersion.kind)} — ${data.personName}`,
        Author: data.organizationName,
        CreationDate: new Date(`${data.printedOn}T00:00:00Z`),
      },
    }),
  );
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  write(doc, data.organizationName, 'bold', 11);
  doc.moveDown(0.6);
  write(doc, l.title(immersion.kind), 'bold', 18);
  write(doc, l.printedOn(date(data.printedOn)), 'regular', 9);

  heading(doc, l.parties);
  const original = data.personNameOriginal ? ` (${data.personNameOriginal})` : '';
  const born = data.personBirthDate ? `, ${l.born(date(data.personBirthDate))}` : '';
  write(doc, `${l.person}${l.colon} ${data.personName}${original}${born}`, 'bold');
  write(doc, `${l.host}${l.colon} ${immersion.employer.name}`);
  if (immersion.site) write(doc, `${l.site}${l.colon} ${immersion.site.name}, ${immersion.site.city}`);
  if (immersion.tutor)
    write(
      doc,
      `${l.tutor}${l.colon} ${immersion.tutor.name}${immersion.tutor.jobTitle ? ` — ${immersion.tutor.jobTitle}` : ''}`,
    );
  write(doc, `${l.organization}${l.colon} ${data.organizationName}`);
  if (immersion.counselor.name) write(doc, `${l.counselor}${l.colon} ${immersion.counselor.name}`);

  heading(doc, l.terms);
  write(
    doc,
    `${l.kinds[immersion.kind]} — ${l.dates(date(immersion.startsOn), date(immersion.endsOn))}`,
    'bold',
  );
  write(doc, l.plannedHours(immersion.plannedHours));
  doc.moveDown(0.3);
  write(doc, `${l.objectives}${l.colon}`, 'bold');
  write(doc, immersion.objectives);

  if (immersion.missedHours.length > 0 || immersion.assessment) {
    heading(doc, l.attendance);
    if (immersion.missedHours.length === 0) write(doc, l.noMissedHours);
    for (const entry of immersion.missedHours)
      write(doc, `•  ${l.missedOn(date(entry.onDay), hours(entry.hours))}`);
    if (immersion.missedHours.length > 0)
      write(doc, l.missedTotal(hours(immersion.missedHoursTotal), immersion.plannedHours), 'bold');
  }
  if (immersion.assessment) {
    const a = immersion.assessment;
    heading(doc, l.assessment);
    write(doc, `${l.outcomes[a.outcome]} — ${l.assessedOn(date(a.assessedOn))}`, 'bold');
    write(
      doc,
      a.endedWithJobOffer && a.jobContractType
        ? l.jobOffer(l.contractTypes[a.jobContractType] ?? a.jobContractType)
        : l.noJobOffer,
    );
  }

  heading(doc, l.signatures);
  for (const signatory of signatories) {
    doc.moveDown(0.4);
    write(doc, l.signatories[signatory], 'bold');
    const signature = immersion.signatures.find((s) => s.signatory === signatory);
    if (signature) write(doc, l.signedOn(signature.signerName, instant(signature.signedAt)));
    else write(doc, l.notSigned);
  }
  doc.end();
  return done;
}
