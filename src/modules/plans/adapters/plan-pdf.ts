import PDFDocument from 'pdfkit';
import type { PlanView } from '../../../contracts/plans.js';
import { drawText, type TextStyle, withUnicodeFonts } from '../../../core/pdf/unicode-text.js';
import { type PlanPdfLabels, planPdfEn, planPdfFr } from './plan-pdf-labels.js';

export interface PlanPdfData {
  locale: 'fr' | 'en';
  plan: PlanView;
  personName: string;
  /** The name in its original script when the file has it (محمد علي, ለማ ደሳለኝ), printed beside. */
  personNameOriginal?: string | null;
  organizationName: string;
  programName: string | null;
  /** Printed, and the PDF's creation date, so that the same plan on the same day gives the same bytes. */
  printedOn: string;
}

type PDFDoc = InstanceType<typeof PDFDocument>;

function calendarDate(iso: string, tag: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y!, m! - 1, d!)),
  );
}

/** Every string goes through here: each script in its face (core/pdf/unicode-text.ts). */
function write(
  doc: PDFDoc,
  text: string,
  style: TextStyle = 'regular',
  size = 10,
  options: PDFKit.Mixins.TextOptions = {},
) {
  drawText(doc.fontSize(size), text, { width: width(doc), ...options, style });
}
const width = (doc: PDFDoc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;

function heading(doc: PDFDoc, text: string) {
  doc.moveDown(0.8);
  write(doc, text, 'bold', 13);
  doc.moveDown(0.2);
}

function list(doc: PDFDoc, lines: readonly string[]) {
  for (const line of lines) write(doc, `•  ${line}`, 'regular', 10, { indent: 8 });
}

function goals(doc: PDFDoc, data: PlanPdfData, l: PlanPdfLabels, date: (iso: string) => string) {
  heading(doc, l.goals);
  if (data.plan.goals.length === 0) write(doc, l.noGoal);
  for (const goal of data.plan.goals) {
    doc.moveDown(0.4);
    const facts = [
      goal.targetLevel ? l.targetLevel(goal.targetLevel) : null,
      goal.targetDate ? l.targetDate(date(goal.targetDate)) : null,
      goal.reachedOn ? l.reachedOn(date(goal.reachedOn)) : null,
    ].filter(Boolean);
    write(doc, `${l.goalKinds[goal.kind]} — ${goal.title}`, 'bold', 11);
    write(
      doc,
      [l.progress(goal.progress.done, goal.progress.counted, goal.progress.percent), ...facts].join(' · '),
      'italic',
      9,
    );
    for (const step of goal.steps) {
      const who = step.actor === 'partner' && step.partnerName ? step.partnerName : l.actors[step.actor];
      const when =
        step.status === 'done' && step.doneOn
          ? l.doneOn(date(step.doneOn))
          : step.status === 'abandoned' && step.abandonedOn
            ? l.abandonedOn(date(step.abandonedOn), step.abandonedReason ?? '')
            : step.dueOn
              ? l.due(date(step.dueOn))
              : l.noDueDate;
      const parts = [`[${l.statuses[step.status]}]`, step.title, `(${who}, ${when})`];
      if (step.overdue) parts.unshift(`${l.overdue} —`);
      if (step.evidenceNote || step.evidenceDocumentId) parts.push(`— ${l.evidence}`);
      write(doc, parts.join(' '), step.overdue ? 'bold' : 'regular', 10, { indent: 12 });
    }
  }
}

function fields(doc: PDFDoc, plan: PlanView, l: PlanPdfLabels) {
  if (plan.barriers.length > 0) {
    heading(doc, l.barriers);
    list(
      doc,
      plan.barriers.map(
        (b) => `${l.barrierKinds[b.kind]}: ${b.description} — ${l.mitigation}${l.colon} ${b.mitigation}`,
      ),
    );
  }
  if (plan.courses.length > 0) {
    heading(doc, l.courses);
    list(
      doc,
      plan.courses.map((c) => (c.provider ? `${c.title} (${c.provider})` : c.title)),
    );
  }
  if (plan.experienceOpportunities.length > 0) {
    heading(doc, l.experience);
    list(
      doc,
      plan.experienceOpportunities.map(
        (e) => `${l.experienceKinds[e.kind]}: ${e.title}${e.organization ? ` (${e.organization})` : ''}`,
      ),
    );
  }
  if (plan.credentialRequirements.length > 0) {
    heading(doc, l.requirements);
    list(
      doc,
      plan.credentialRequirements.map((r) => `${l.requirementKinds[r.kind]}: ${r.title}`),
    );
  }
  const recognition = plan.credentialRecognition;
  if (recognition) {
    heading(doc, l.recognition);
    write(
      doc,
      l.recognitionLine(recognition.credential, recognition.country ?? null, recognition.evaluator ?? null),
      'bold',
    );
    write(doc, recognition.plan);
  }
  if (plan.localEmployers.length > 0) {
    heading(doc, l.employers);
    list(
      doc,
      plan.localEmployers.map((e) => (e.note ? `${e.name} — ${e.note}` : e.name)),
    );
  }
  if (plan.contacts.length > 0) {
    heading(doc, l.contacts);
    list(
      doc,
      plan.contacts.map((c) => [c.name, c.role, c.contact].filter(Boolean).join(' — ')),
    );
  }
}

function signOff(doc: PDFDoc, plan: PlanView, l: PlanPdfLabels, date: (iso: string) => string) {
  heading(doc, l.signOff);
  if (plan.signedOn && plan.signMethod && plan.signedRevision !== null) {
    write(doc, l.signedOn(date(plan.signedOn), l.signMethods[plan.signMethod], plan.signedRevision));
    if (plan.signedWitness) write(doc, l.witness(plan.signedWitness));
  }
  if (plan.signature !== 'signed') {
    write(doc, plan.signature === 'unsigned' ? l.unsigned : l.changedSinceSignature, 'italic');
    doc.moveDown(1.5);
    for (const who of [l.signatureOfPerson, l.signatureOfCounselor]) {
      write(doc, `${who}${l.colon} ________________________________    ${l.date}${l.colon} ____________`);
      doc.moveDown(1.2);
    }
  }
}

/** The plan on paper, in the person's language: what they sign and keep. */
export async function renderPlanPdf(
  data: PlanPdfData,
  options: { compress?: boolean } = {},
): Promise<Buffer> {
  const l = data.locale === 'fr' ? planPdfFr : planPdfEn;
  const tag = data.locale === 'fr' ? 'fr-FR' : 'en-US';
  const date = (iso: string) => calendarDate(iso, tag);
  const doc = withUnicodeFonts(
    new PDFDocument({
      size: data.locale === 'fr' ? 'A4' : 'LETTER',
      margin: 56,
      compress: options.compress ?? true,
      info: {
        Title: `${l.title} — ${data.personName}`,
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
  const { plan } = data;
  write(doc, data.organizationName, 'bold', 11);
  doc.moveDown(0.6);
  write(doc, l.title, 'bold', 20);
  doc.moveDown(0.3);
  const original = data.personNameOriginal ? ` (${data.personNameOriginal})` : '';
  write(doc, `${l.person}${l.colon} ${data.personName}${original}`, 'bold', 12);
  if (data.programName) write(doc, `${l.program}${l.colon} ${data.programName}`);
  write(doc, `${l.printedOn(date(data.printedOn))} · ${l.revision(plan.revision)}`, 'regular', 9);

  heading(doc, l.target);
  if (plan.targetField) write(doc, `${l.targetField}${l.colon} ${plan.targetField}`);
  if (plan.targetJobTitles.length > 0)
    write(doc, `${l.jobTitles}${l.colon} ${plan.targetJobTitles.join(', ')}`);
  // The ESCO occupation by its name in the document's language; a code typed freely as it was typed.
  if (plan.escoOccupationId)
    write(doc, `${l.occupationCode}${l.colon} ${plan.escoOccupationLabel ?? plan.escoOccupationId}`);
  write(doc, l.progress(plan.progress.done, plan.progress.counted, plan.progress.percent), 'bold');

  goals(doc, data, l, date);
  fields(doc, plan, l);
  signOff(doc, plan, l, date);
  doc.end();
  return done;
}
