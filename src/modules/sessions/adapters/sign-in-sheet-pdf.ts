import PDFDocument from 'pdfkit';
import { drawText, setStyle, withUnicodeFonts } from '../../../core/pdf/unicode-text.js';
import { formatCalendarDate, formatHours } from './attestation-pdf.js';

export interface SignInSheetData {
  locale: 'fr' | 'en';
  sessionTitle: string;
  organizationName: string;
  place: string | null;
  meetingLink: string | null;
  meetingNumber: number;
  meetingCount: number;
  /** ISO datetime. */
  startsAt: string;
  /** IANA zone in which the date and times are printed, e.g. 'Europe/Paris'. */
  timeZone: string;
  durationMinutes: number;
  /** Printed in the order given. */
  participants: { name: string; organizationName: string | null }[];
  generatedOn: string;
}

export interface RenderSignInSheetOptions {
  compress?: boolean;
}

type PDFDoc = InstanceType<typeof PDFDocument>;

const en = {
  colon: ':',
  title: 'Sign-in sheet',
  meeting: (n: number, count: number) => `Meeting ${n} of ${count}`,
  place: 'Place',
  link: 'Link',
  enrolled: (n: number) => (n === 1 ? '1 participant enrolled' : `${n} participants enrolled`),
  columns: ['No.', 'Name', 'Organization', 'Arrival', 'Departure', 'Signature'],
  facilitator: 'Facilitator’s name and signature',
  present: 'Number of participants present',
  footer: (generatedOn: string, page: number, total: number) =>
    `Generated on ${generatedOn} — page ${page} of ${total}`,
};

type Labels = typeof en;

const fr: Labels = {
  colon: ' :',
  title: 'Feuille d’émargement',
  meeting: (n, count) => `Séance ${n} sur ${count}`,
  place: 'Lieu',
  link: 'Lien',
  enrolled: (n) => (n === 1 ? '1 participant inscrit' : `${n} participants inscrits`),
  columns: ['N°', 'Nom', 'Organisme', 'Arrivée', 'Départ', 'Signature'],
  facilitator: 'Nom et signature de la personne qui anime',
  present: 'Nombre de personnes présentes',
  footer: (generatedOn, page, total) => `Établie le ${generatedOn} — page ${page} sur ${total}`,
};

const MARGIN = 36;
const ROW_HEIGHT = 28;
const HEADER_ROW_HEIGHT = 18;
/** Fixed columns; the name, organization and signature columns share what the page width leaves. */
const NUMBER_WIDTH = 30;
const TIME_WIDTH = 62;
const FOOTER_SPACE = 24;
const FACILITATOR_BLOCK_HEIGHT = 70;

/** '13 January 2026, 14:00 – 17:00 UTC+1', in the meeting's own zone whatever the server's. */
export function meetingWhen(data: SignInSheetData): string {
  const start = new Date(data.startsAt);
  if (Number.isNaN(start.getTime())) throw new RangeError(`Invalid date and time: ${data.startsAt}`);
  if (!Number.isInteger(data.durationMinutes) || data.durationMinutes <= 0)
    throw new RangeError('The duration must be a positive number of minutes');
  const end = new Date(start.getTime() + data.durationMinutes * 60_000);
  const tag = data.locale === 'fr' ? 'fr-FR' : 'en-US';
  const { timeZone } = data;
  const day = new Intl.DateTimeFormat(tag, { dateStyle: 'full', timeZone }).format(start);
  const hours = new Intl.DateTimeFormat(tag, {
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  });
  return `${day}, ${hours.formatRange(start, end)} (${formatHours(data.durationMinutes)})`;
}

const left = (doc: PDFDoc) => doc.page.margins.left;
const contentWidth = (doc: PDFDoc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
const tableBottom = (doc: PDFDoc) => doc.page.height - doc.page.margins.bottom - FOOTER_SPACE;

/** Every string goes through here: each script in its face (core/pdf/unicode-text.ts). */
function write(doc: PDFDoc, text: string, options?: PDFKit.Mixins.TextOptions, x?: number, y?: number) {
  return drawText(doc, text, options, x, y);
}

function columnWidths(doc: PDFDoc): number[] {
  const shared = contentWidth(doc) - NUMBER_WIDTH - 2 * TIME_WIDTH;
  const name = Math.round(shared * 0.32);
  const organization = Math.round(shared * 0.26);
  return [NUMBER_WIDTH, name, organization, TIME_WIDTH, TIME_WIDTH, shared - name - organization];
}

/** Drawn at the top of every page, so that a sheet separated from the others still says what it is. */
function pageHeader(doc: PDFDoc, data: SignInSheetData, l: Labels, when: string): void {
  doc.x = left(doc);
  doc.y = doc.page.margins.top;
  const width = contentWidth(doc);
  write(setStyle(doc, 'bold').fontSize(14), `${l.title} — ${data.sessionTitle}`, { width });
  write(
    setStyle(doc, 'regular').fontSize(10),
    `${l.meeting(data.meetingNumber, data.meetingCount)} — ${when}`,
    {
      width,
    },
  );
  const where = [
    data.place === null ? null : `${l.place}${l.colon} ${data.place}`,
    data.meetingLink === null ? null : `${l.link}${l.colon} ${data.meetingLink}`,
  ].filter((part) => part !== null);
  const enrolled = l.enrolled(data.participants.length);
  write(doc, [data.organizationName, ...where, enrolled].join(' — '), { width });
  doc.moveDown(0.6);
}

/** Cells are placed by hand so that pdfkit never wraps a row onto the next page by itself. */
function row(doc: PDFDoc, cells: readonly string[], height: number, header: boolean): void {
  const y = doc.y;
  const widths = columnWidths(doc);
  setStyle(doc, header ? 'bold' : 'regular')
    .fontSize(9)
    .lineWidth(0.5);
  let x = left(doc);
  widths.forEach((width, i) => {
    if (header) doc.rect(x, y, width, height).fillAndStroke('#eeeeee', '#000000').fillColor('#000000');
    else doc.rect(x, y, width, height).stroke();
    const text = cells[i] ?? '';
    if (text !== '') {
      // Long names take a second line; beyond that they end with an ellipsis rather than overflow.
      const options = { width: width - 8, height: height - 4, ellipsis: true, lineGap: 0 };
      const textHeight = Math.min(doc.heightOfString(text, options), height - 4);
      drawText(doc, text, options, x + 4, y + (height - textHeight) / 2);
    }
    x += width;
  });
  doc.x = left(doc);
  doc.y = y + height;
}

function facilitatorBlock(doc: PDFDoc, l: Labels): void {
  doc.y += 18;
  const blank = '_'.repeat(30);
  const half = contentWidth(doc) / 2;
  const y = doc.y;
  write(setStyle(doc, 'regular').fontSize(10), `${l.present}${l.colon} ${'_'.repeat(8)}`, {}, left(doc), y);
  write(doc, `${l.facilitator}${l.colon}`, { width: half }, left(doc) + half, y);
  write(doc, blank, { width: half }, left(doc) + half, doc.y + 22);
}

/** Drawn last, once the page count is known; lifting the bottom margin keeps pdfkit from adding a page. */
function footers(doc: PDFDoc, l: Labels, generatedOn: string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const footer = l.footer(generatedOn, i + 1, range.count);
    write(
      setStyle(doc, 'regular').fontSize(8),
      footer,
      { lineBreak: false },
      left(doc),
      doc.page.height - 26,
    );
    doc.page.margins.bottom = bottom;
  }
}

export async function renderSignInSheetPdf(
  data: SignInSheetData,
  options: RenderSignInSheetOptions = {},
): Promise<Buffer> {
  const l = data.locale === 'fr' ? fr : en;
  const when = meetingWhen(data);
  const generatedOn = formatCalendarDate(data.generatedOn, data.locale === 'fr' ? 'fr-FR' : 'en-US');
  const doc = withUnicodeFonts(
    new PDFDocument({
      size: data.locale === 'fr' ? 'A4' : 'LETTER',
      layout: 'landscape',
      margin: MARGIN,
      compress: options.compress ?? true,
      bufferPages: true,
      // A fixed creation date also fixes the file id pdfkit derives from the info dictionary, so the
      // same data always yields the same bytes.
      info: {
        Title: `${l.title} — ${data.sessionTitle} — ${l.meeting(data.meetingNumber, data.meetingCount)}`,
        Author: data.organizationName,
        CreationDate: new Date(`${data.generatedOn}T00:00:00Z`),
      },
    }),
  );
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const newPage = (withTable: boolean) => {
    pageHeader(doc, data, l, when);
    if (withTable) row(doc, l.columns, HEADER_ROW_HEIGHT, true);
  };
  newPage(true);
  data.participants.forEach((participant, i) => {
    if (doc.y + ROW_HEIGHT > tableBottom(doc)) {
      doc.addPage();
      newPage(true);
    }
    row(
      doc,
      [String(i + 1), participant.name, participant.organizationName ?? '', '', '', ''],
      ROW_HEIGHT,
      false,
    );
  });
  if (doc.y + FACILITATOR_BLOCK_HEIGHT > tableBottom(doc)) {
    doc.addPage();
    newPage(false);
  }
  facilitatorBlock(doc, l);
  footers(doc, l, generatedOn);
  doc.end();
  return done;
}
