import PDFDocument from 'pdfkit';
import type { RequestContext } from '../core/auth/actor.js';
import { drawText, withUnicodeFonts } from '../core/pdf/unicode-text.js';
import type { Deps } from '../core/use-case.js';
import { buildActor } from '../modules/accounts/use-cases/resolve-session.js';
import { uploadDocument } from '../modules/documents/use-cases/upload-document.js';
import { personSummary } from '../modules/people/api.js';

interface Staff {
  userId: string;
  organizationId: string;
}

export interface DocumentsCast {
  enrolledByProgram: Map<string, string[]>;
  /** Who adds documents, for the first people of which program, in which language. */
  files: { staff: Staff; program: string; locale: 'fr' | 'en'; people: number }[];
}

function cvPdf(name: string, locale: 'fr' | 'en'): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const pdf = withUnicodeFonts(new PDFDocument({ size: 'A4', margin: 56, info: { Title: `CV ${name}` } }));
    const chunks: Buffer[] = [];
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
    drawText(pdf.fontSize(18), name, { style: 'bold' });
    pdf.moveDown();
    drawText(
      pdf.fontSize(11),
      locale === 'fr'
        ? 'Expérience : 6 ans de conduite de travaux. Langues : arabe, anglais, français (B1).'
        : 'Experience: 6 years of site supervision. Languages: Arabic, English, Spanish (B1).',
    );
    pdf.end();
  });
}

/** A CV (a small generated PDF) and a translation note for the first people of a few programs, through the use case. */
export async function loadDemoDocuments(deps: Deps, cast: DocumentsCast): Promise<{ documents: number }> {
  // Without keys nothing can be stored encrypted; the rest of the demo does not depend on documents.
  if (!deps.keyRing) return { documents: 0 };
  const upload = uploadDocument(deps);
  let documents = 0;
  for (const file of cast.files) {
    const actor = await buildActor(
      deps.db,
      { id: file.staff.userId, displayName: 'demo', locale: file.locale },
      'demo-loader',
      file.staff.organizationId,
    );
    if (!actor) throw new Error('demo documents: staff without membership');
    const ctx: RequestContext = { actor, requestId: 'demo-loader', locale: file.locale, ip: null };
    const followed: string[] = [];
    for (const personId of cast.enrolledByProgram.get(file.program) ?? []) {
      if (followed.length >= file.people) break;
      if (await personSummary(deps.db, personId, file.staff.organizationId)) followed.push(personId);
    }
    for (const personId of followed) {
      const person = (await personSummary(deps.db, personId, file.staff.organizationId))!;
      const name = `${person.givenName} ${person.familyName}`;
      await upload(ctx, {
        personId,
        type: 'cv',
        title: file.locale === 'fr' ? `CV de ${name}` : `${name}'s CV`,
        fileName: `CV ${name}.pdf`,
        declaredMediaType: 'application/pdf',
        content: await cvPdf(name, file.locale),
      });
      await upload(ctx, {
        personId,
        type: 'diploma_translation',
        title: file.locale === 'fr' ? 'Traduction du diplôme (note)' : 'Diploma translation (note)',
        fileName: file.locale === 'fr' ? 'traduction-diplome.txt' : 'diploma-translation.txt',
        declaredMediaType: 'text/plain',
        content: Buffer.from(
          file.locale === 'fr'
            ? 'Traduction assermentée demandée le 3 mars ; original remis en main propre.\n'
            : 'Certified translation requested on 3 March; original handed over in person.\n',
        ),
      });
      documents += 2;
    }
  }
  return { documents };
}
