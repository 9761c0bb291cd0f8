import PDFDocument from 'pdfkit';
import { drawText, setStyle, withUnicodeFonts } from '../../../core/pdf/unicode-text.js';

export interface AgreementInstallment {
  number: number;
  dueOn: string;
  principalCents: number;
  interestCents: number;
  feeCents: number;
  balanceAfterCents: number;
}

export interface AgreementData {
  locale: 'fr' | 'en';
  loanReference: string;
  fundName: string;
  operatorName: string;
  currency: string;
  borrowerName: string;
  principalCents: number;
  annualRateBps: number;
  termMonths: number;
  graceMonths: number;
  originationFeeCents: number;
  firstDueOn: string;
  purposes: { label: string; amountCents: number; payee: string | null }[];
  installments: AgreementInstallment[];
  scheduleVersion: number;
  generatedOn: string;
}

export interface RenderAgreementOptions {
  compress?: boolean;
}

type PDFDoc = InstanceType<typeof PDFDocument>;

const en = {
  colon: ':',
  title: 'Loan agreement',
  reference: 'Reference',
  restructured: (version: number) => `Restructured schedule, version ${version}`,
  generatedOn: (date: string) => `Generated on ${date}`,
  parties: 'Parties',
  lender: 'Lender',
  operatedBy: (fund: string, operator: string) => `${fund}, operated by ${operator}`,
  borrower: 'Borrower',
  terms: 'Loan terms',
  amount: 'Amount lent',
  rate: 'Annual interest rate',
  interestFree: 'interest-free',
  term: 'Term',
  months: (n: number) => (n === 1 ? '1 month' : `${n} months`),
  grace: 'Grace period',
  noGrace: 'none',
  fee: 'Origination fee',
  firstDue: 'First installment due',
  purposes: 'What the loan pays for',
  paidTo: (payee: string) => `paid to ${payee}`,
  paidToBorrower: 'paid to the borrower',
  schedule: 'Repayment schedule',
  columns: ['No.', 'Due date', 'Principal', 'Interest', 'Fee', 'Installment', 'Balance after'],
  totals: 'Total',
  clauses: 'Conditions',
  clauseList: [
    [
      'Allocation of payments',
      'Each payment is applied first to fees, then to interest, then to principal, starting with the oldest installment due. A payment made ahead of time settles the next installments in the order of their due dates. Any amount above everything owed is held as a credit in the borrower’s favor and refunded to the borrower.',
    ],
    [
      'Late payment',
      'No penalty interest is charged on late payments. The fund sends reminders when an installment is overdue. A borrower who has difficulty repaying is invited to contact their counselor, who can propose to restructure the schedule.',
    ],
    [
      'Early repayment',
      'The borrower may repay all or part of the loan at any time, without penalty or fee.',
    ],
  ] as [string, string][],
  signatures: 'Signatures',
  forBorrower: 'For the borrower',
  forFund: 'For the fund',
  nameAndTitle: 'Name and title',
  signature: 'Signature',
  date: 'Date',
  page: (page: number, total: number, reference: string) => `${reference} — page ${page} of ${total}`,
};

type Labels = typeof en;

const fr: Labels = {
  colon: ' :',
  title: 'Contrat de prêt',
  reference: 'Référence',
  restructured: (version) => `Échéancier restructuré, version ${version}`,
  generatedOn: (date) => `Établi le ${date}`,
  parties: 'Parties',
  lender: 'Prêteur',
  operatedBy: (fund, operator) => `${fund}, géré par ${operator}`,
  borrower: 'Emprunteur',
  terms: 'Conditions du prêt',
  amount: 'Montant prêté',
  rate: 'Taux d’intérêt annuel',
  interestFree: 'sans intérêt',
  term: 'Durée',
  months: (n) => `${n} mois`,
  grace: 'Période de grâce',
  noGrace: 'aucune',
  fee: 'Frais de dossier',
  firstDue: 'Première échéance',
  purposes: 'Objet du prêt',
  paidTo: (payee) => `versé à ${payee}`,
  paidToBorrower: 'versé à l’emprunteur',
  schedule: 'Échéancier de remboursement',
  columns: ['N°', 'Échéance', 'Capital', 'Intérêts', 'Frais', 'Versement', 'Solde restant'],
  totals: 'Total',
  clauses: 'Clauses',
  clauseList: [
    [
      'Imputation des paiements',
      'Chaque paiement est imputé d’abord sur les frais, puis sur les intérêts, puis sur le capital, en commençant par l’échéance la plus ancienne. Un paiement anticipé règle les échéances suivantes dans l’ordre de leurs dates. Toute somme qui dépasse le total dû est conservée comme crédit au profit de l’emprunteur et lui est remboursée.',
    ],
    [
      'Retard de paiement',
      'Aucun intérêt de pénalité n’est appliqué en cas de retard. Le fonds envoie des rappels lorsqu’une échéance reste impayée. L’emprunteur qui éprouve des difficultés à rembourser est invité à contacter son conseiller ou sa conseillère, qui peut lui proposer un rééchelonnement.',
    ],
    [
      'Remboursement anticipé',
      'L’emprunteur peut rembourser tout ou partie du prêt à tout moment, sans pénalité ni frais.',
    ],
  ],
  signatures: 'Signatures',
  forBorrower: 'Pour l’emprunteur',
  forFund: 'Pour le fonds',
  nameAndTitle: 'Nom et fonction',
  signature: 'Signature',
  date: 'Date',
  page: (page, total, reference) => `${reference} — page ${page} sur ${total}`,
};

function formatDate(iso: string, tag: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!date || date.toISOString().slice(0, 10) !== iso) throw new RangeError(`Invalid date: ${iso}`);
  return new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

interface Formatters {
  money: (cents: number) => string;
  date: (iso: string) => string;
  rate: (bps: number) => string;
}

function formatters(data: AgreementData, l: Labels): Formatters {
  const tag = data.locale === 'fr' ? 'fr-FR' : 'en-US';
  const currency = new Intl.NumberFormat(tag, { style: 'currency', currency: data.currency });
  const percent = new Intl.NumberFormat(tag, { style: 'percent', minimumFractionDigits: 2 });
  return {
    money: (cents) => currency.format(cents / 100),
    date: (iso) => formatDate(iso, tag),
    rate: (bps) => (bps === 0 ? l.interestFree : percent.format(bps / 10_000)),
  };
}

const left = (doc: PDFDoc) => doc.page.margins.left;
const bottomOf = (doc: PDFDoc) => doc.page.height - doc.page.margins.bottom;
const contentWidth = (doc: PDFDoc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;

/** Every string goes through here: each script in its face (core/pdf/unicode-text.ts). */
function write(doc: PDFDoc, text: string, options?: PDFKit.Mixins.TextOptions, x?: number, y?: number) {
  return drawText(doc, text, options, x, y);
}

function ensureSpace(doc: PDFDoc, height: number): void {
  if (doc.y + height > bottomOf(doc)) doc.addPage();
}

function heading(doc: PDFDoc, text: string, keepWith = 60): void {
  ensureSpace(doc, keepWith);
  setStyle(doc.moveDown(0.8), 'bold').fontSize(12);
  write(doc, text, {}, left(doc), doc.y);
  setStyle(doc.moveDown(0.3), 'regular').fontSize(10);
}

function labelled(doc: PDFDoc, label: string, value: string): void {
  ensureSpace(doc, 14);
  const y = doc.y;
  write(setStyle(doc, 'bold'), label, { width: 170 }, left(doc), y);
  const afterLabel = doc.y;
  write(setStyle(doc, 'regular'), value, { width: contentWidth(doc) - 180 }, left(doc) + 180, y);
  doc.y = Math.max(doc.y, afterLabel);
}

const COLUMN_WIDTHS = [28, 95, 74, 70, 62, 74, 92];
const ROW_HEIGHT = 14;

/** Cells are single lines placed by hand (right alignment included) so pdfkit never wraps or paginates. */
function tableRow(doc: PDFDoc, cells: readonly string[], bold: boolean): void {
  const y = doc.y;
  setStyle(doc, bold ? 'bold' : 'regular').fontSize(8);
  let x = left(doc);
  cells.forEach((text, i) => {
    const width = COLUMN_WIDTHS[i] ?? 0;
    const offset = i === 1 ? 2 : Math.max(0, width - 4 - doc.widthOfString(text));
    write(doc, text, { lineBreak: false }, x + offset, y + 3);
    x += width;
  });
  if (bold) doc.moveTo(left(doc), y).lineTo(x, y).lineWidth(0.5).stroke();
  doc.x = left(doc);
  doc.y = y + ROW_HEIGHT;
}

function scheduleTable(doc: PDFDoc, data: AgreementData, l: Labels, f: Formatters): void {
  tableRow(doc, l.columns, true);
  const totals = [0, 0, 0, 0];
  for (const row of data.installments) {
    if (doc.y + ROW_HEIGHT > bottomOf(doc)) {
      doc.addPage();
      tableRow(doc, l.columns, true);
    }
    const due = row.principalCents + row.interestCents + row.feeCents;
    const amounts = [row.principalCents, row.interestCents, row.feeCents, due];
    amounts.forEach((cents, i) => {
      totals[i] = (totals[i] ?? 0) + cents;
    });
    const money = [...amounts, row.balanceAfterCents].map(f.money);
    tableRow(doc, [String(row.number), f.date(row.dueOn), ...money], false);
  }
  ensureSpace(doc, ROW_HEIGHT);
  tableRow(doc, ['', l.totals, ...totals.map(f.money), ''], true);
  setStyle(doc, 'regular').fontSize(10);
}

function signatureBlocks(doc: PDFDoc, data: AgreementData, l: Labels): void {
  heading(doc, l.signatures, 150);
  const half = contentWidth(doc) / 2;
  const top = doc.y;
  const block = (x: number, title: string, lines: readonly string[]) => {
    write(setStyle(doc, 'bold'), title, { width: half - 20 }, x, top);
    setStyle(doc, 'regular');
    for (const line of lines) write(doc.moveDown(1.2), `${line}${l.colon} ${'_'.repeat(26)}`, {}, x, doc.y);
    return doc.y;
  };
  const borrowerEnd = block(left(doc), `${l.forBorrower} — ${data.borrowerName}`, [l.signature, l.date]);
  const fund = [l.nameAndTitle, l.signature, l.date];
  const fundEnd = block(left(doc) + half, `${l.forFund} — ${data.fundName}`, fund);
  doc.x = left(doc);
  doc.y = Math.max(borrowerEnd, fundEnd);
}

/** Drawn last, once the page count is known; lifting the bottom margin keeps pdfkit from adding a page. */
function footers(doc: PDFDoc, data: AgreementData, l: Labels): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const footer = l.page(i + 1, range.count, data.loanReference);
    write(
      setStyle(doc, 'regular').fontSize(8),
      footer,
      { lineBreak: false },
      left(doc),
      doc.page.height - 35,
    );
    doc.page.margins.bottom = bottom;
  }
}

export async function renderLoanAgreementPdf(
  data: AgreementData,
  options: RenderAgreementOptions = {},
): Promise<Buffer> {
  const l = data.locale === 'fr' ? fr : en;
  const f = formatters(data, l);
  const doc = withUnicodeFonts(
    new PDFDocument({
      size: data.locale === 'fr' ? 'A4' : 'LETTER',
      margin: 50,
      compress: options.compress ?? true,
      bufferPages: true,
      // A fixed creation date also fixes the file id pdfkit derives from the info dictionary, so the
      // same data always yields the same bytes.
      info: {
        Title: `${l.title} ${data.loanReference}`,
        Author: data.operatorName,
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

  write(setStyle(doc, 'bold').fontSize(18), l.title);
  setStyle(doc, 'regular').fontSize(10).moveDown(0.3);
  write(doc, `${l.reference}${l.colon} ${data.loanReference}`);
  if (data.scheduleVersion > 1) write(setStyle(doc, 'bold'), l.restructured(data.scheduleVersion));
  write(setStyle(doc, 'regular'), l.generatedOn(f.date(data.generatedOn)));

  heading(doc, l.parties);
  write(doc, `${l.lender}${l.colon} ${l.operatedBy(data.fundName, data.operatorName)}`);
  write(doc, `${l.borrower}${l.colon} ${data.borrowerName}`);

  heading(doc, l.terms);
  labelled(doc, l.amount, f.money(data.principalCents));
  labelled(doc, l.rate, f.rate(data.annualRateBps));
  labelled(doc, l.term, l.months(data.termMonths));
  labelled(doc, l.grace, data.graceMonths === 0 ? l.noGrace : l.months(data.graceMonths));
  labelled(doc, l.fee, f.money(data.originationFeeCents));
  labelled(doc, l.firstDue, f.date(data.firstDueOn));

  heading(doc, l.purposes);
  for (const purpose of data.purposes) {
    const payee = purpose.payee === null ? l.paidToBorrower : l.paidTo(purpose.payee);
    labelled(doc, f.money(purpose.amountCents), `${purpose.label} (${payee})`);
  }

  heading(doc, l.schedule);
  scheduleTable(doc, data, l, f);

  heading(doc, l.clauses);
  l.clauseList.forEach(([title, body], i) => {
    ensureSpace(doc, 50);
    write(setStyle(doc, 'bold'), `${i + 1}. ${title}`, {}, left(doc), doc.y);
    // Left-aligned: pdfkit justifies by dropping the space glyphs, which breaks search and copy-paste.
    write(setStyle(doc, 'regular'), body).moveDown(0.5);
  });

  signatureBlocks(doc, data, l);
  footers(doc, data, l);
  doc.end();
  return done;
}
