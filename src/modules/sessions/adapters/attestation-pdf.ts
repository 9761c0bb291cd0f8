import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { drawText, setStyle, type TextStyle, withUnicodeFonts } from '../../../core/pdf/unicode-text.js';

export interface AttestationData {
  locale: 'fr' | 'en';
  /** Latin spelling: the standard fonts have no other script. */
  participantName: string;
  sessionTitle: string;
  /** Already translated, e.g. 'Cours de français langue étrangère'. */
  sessionKindLabel: string;
  organizationName: string;
  firstMeetingOn: string;
  lastMeetingOn: string;
  attendedMinutes: number;
  scheduledMinutes: number;
  minAttendancePercent: number;
  verificationCode: string;
  verificationUrl: string;
  /** Printed, and the PDF's creation date. */
  issuedOn: string;
  /** The previous code, when this attestation replaces one after a correction of attendance. */
  reissueOf?: string | null;
}

export interface RenderAttestationOptions {
  compress?: boolean;
}

type PDFDoc = InstanceType<typeof PDFDocument>;

const en = {
  colon: ':',
  title: 'Certificate of attendance',
  certifies: 'This is to certify that',
  attended: 'attended',
  organizedBy: (organization: string) => `organized by ${organization}`,
  period: (first: string, last: string) => (first === last ? `on ${first}` : `from ${first} to ${last}`),
  attendedHours: 'Hours attended',
  scheduledHours: 'Hours scheduled',
  share: 'Attendance',
  rule: (percent: string) =>
    `This certificate is issued when attendance is at least ${percent} of the scheduled hours, live attendance only: recordings watched afterwards do not count.`,
  reissue: (code: string) =>
    `This certificate replaces certificate ${code} after a correction of attendance.`,
  issuedOn: (date: string) => `Issued on ${date}`,
  verificationCode: 'Verification code',
  verifyAt: 'Check this certificate by scanning the code or at:',
};

type Labels = typeof en;

const fr: Labels = {
  colon: ' :',
  title: 'Attestation de participation',
  certifies: 'Nous attestons que',
  attended: 'a suivi',
  organizedBy: (organization) => `auprès de ${organization}`,
  period: (first, last) => (first === last ? `le ${first}` : `du ${first} au ${last}`),
  attendedHours: 'Heures suivies',
  scheduledHours: 'Heures prévues',
  share: 'Taux de présence',
  rule: (percent) =>
    `Cette attestation est délivrée lorsque la présence atteint au moins ${percent} des heures prévues, en direct uniquement : le visionnage d’un enregistrement n’est pas comptabilisé.`,
  reissue: (code) =>
    `Cette attestation remplace l’attestation ${code} à la suite d’une correction des présences.`,
  issuedOn: (date) => `Délivrée le ${date}`,
  verificationCode: 'Code de vérification',
  verifyAt: 'Vérifiez cette attestation en scannant le code ou à l’adresse :',
};

export function formatCalendarDate(iso: string, tag: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!date || date.toISOString().slice(0, 10) !== iso) throw new RangeError(`Invalid date: ${iso}`);
  return new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** 2880 → '48 h', 2879 → '47 h 59 min': the notation of a French timetable, also read plainly in English. */
export function formatHours(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/**
 * Truncated, not rounded, to tenths, in integers: 2399 of 2400 minutes must not read 100.0 %, and a
 * share at the threshold (an integer percent) never reads below it.
 */
function attendanceShare(data: AttestationData, tag: string): string {
  const tenths = Math.floor((data.attendedMinutes * 1000) / data.scheduledMinutes);
  return new Intl.NumberFormat(tag, { style: 'percent', minimumFractionDigits: 1 }).format(tenths / 1000);
}

/** An attestation states a granted decision; data that could not have been granted is a caller's bug. */
function checkMinutes(data: AttestationData): void {
  const { attendedMinutes: attended, scheduledMinutes: scheduled, minAttendancePercent: percent } = data;
  if (![attended, scheduled, percent].every(Number.isInteger) || scheduled <= 0 || attended < 0)
    throw new RangeError('Minutes and percent must be integers, with scheduled minutes above zero');
  if (attended > scheduled) throw new RangeError('Attended minutes exceed scheduled minutes');
  if (attended * 100 < scheduled * percent)
    throw new RangeError(`Attendance is below ${percent} %: no attestation is issued`);
}

const left = (doc: PDFDoc) => doc.page.margins.left;
const contentWidth = (doc: PDFDoc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;

/** Every string goes through here: each script in its face (core/pdf/unicode-text.ts). */
function write(doc: PDFDoc, text: string, options?: PDFKit.Mixins.TextOptions, x?: number, y?: number) {
  return drawText(doc, text, options, x, y);
}

function centered(doc: PDFDoc, text: string, style: TextStyle, size: number, gapAfter = 0.4): void {
  write(
    setStyle(doc, style).fontSize(size),
    text,
    { align: 'center', width: contentWidth(doc) },
    left(doc),
    doc.y,
  );
  doc.moveDown(gapAfter);
}

function figures(doc: PDFDoc, rows: readonly [string, string][], colon: string): void {
  const labelWidth = 150;
  const x = left(doc) + (contentWidth(doc) - 300) / 2;
  for (const [label, value] of rows) {
    const y = doc.y;
    write(
      setStyle(doc, 'regular').fontSize(11),
      `${label}${colon}`,
      { width: labelWidth, lineBreak: false },
      x,
      y,
    );
    write(setStyle(doc, 'bold'), value, { width: 150, lineBreak: false }, x + labelWidth, y);
    doc.y = y + 16;
  }
}

async function verificationBlock(doc: PDFDoc, data: AttestationData, l: Labels): Promise<void> {
  const qrSize = 100;
  const top = doc.page.height - doc.page.margins.bottom - qrSize;
  const qr = await QRCode.toBuffer(data.verificationUrl, { type: 'png', margin: 1 });
  doc
    .moveTo(left(doc), top - 14)
    .lineTo(left(doc) + contentWidth(doc), top - 14)
    .lineWidth(0.5)
    .stroke();
  doc.image(qr, left(doc), top, { width: qrSize, height: qrSize });
  const x = left(doc) + qrSize + 20;
  const width = contentWidth(doc) - qrSize - 20;
  write(setStyle(doc, 'regular').fontSize(10), l.verificationCode, { width }, x, top + 4);
  write(
    setStyle(doc, 'bold').fontSize(24),
    data.verificationCode,
    { width, lineBreak: false, characterSpacing: 2 },
    x,
    doc.y + 2,
  );
  write(setStyle(doc, 'regular').fontSize(9), l.verifyAt, { width }, x, doc.y + 8);
  write(setStyle(doc, 'regular'), data.verificationUrl, { width, link: data.verificationUrl }, x, doc.y + 1);
}

export async function renderAttestationPdf(
  data: AttestationData,
  options: RenderAttestationOptions = {},
): Promise<Buffer> {
  checkMinutes(data);
  const l = data.locale === 'fr' ? fr : en;
  const tag = data.locale === 'fr' ? 'fr-FR' : 'en-US';
  const date = (iso: string) => formatCalendarDate(iso, tag);
  const issuedOn = date(data.issuedOn);
  const period = l.period(date(data.firstMeetingOn), date(data.lastMeetingOn));
  const threshold = new Intl.NumberFormat(tag, { style: 'percent' }).format(data.minAttendancePercent / 100);

  const doc = withUnicodeFonts(
    new PDFDocument({
      size: data.locale === 'fr' ? 'A4' : 'LETTER',
      margin: 60,
      compress: options.compress ?? true,
      // A fixed creation date also fixes the file id pdfkit derives from the info dictionary, so the
      // same data always yields the same bytes.
      info: {
        Title: `${l.title} ${data.verificationCode}`,
        Author: data.organizationName,
        CreationDate: new Date(`${data.issuedOn}T00:00:00Z`),
      },
    }),
  );
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  centered(doc, data.organizationName, 'bold', 12, 3);
  centered(doc, l.title, 'bold', 26, 1.2);
  centered(doc, l.certifies, 'regular', 12);
  centered(doc, data.participantName, 'bold', 20, 0.6);
  centered(doc, l.attended, 'regular', 12);
  centered(doc, data.sessionTitle, 'bold', 16, 0.2);
  centered(doc, data.sessionKindLabel, 'italic', 12, 0.2);
  centered(doc, l.organizedBy(data.organizationName), 'regular', 12, 0.2);
  centered(doc, period, 'regular', 12, 1.5);

  figures(
    doc,
    [
      [l.attendedHours, formatHours(data.attendedMinutes)],
      [l.scheduledHours, formatHours(data.scheduledMinutes)],
      [l.share, attendanceShare(data, tag)],
    ],
    l.colon,
  );
  doc.moveDown(1.2);
  centered(doc, l.rule(threshold), 'regular', 9, 0.8);
  if (data.reissueOf) centered(doc, l.reissue(data.reissueOf), 'bold', 10, 0.8);
  centered(doc, l.issuedOn(issuedOn), 'regular', 11);

  await verificationBlock(doc, data, l);
  doc.end();
  return done;
}
