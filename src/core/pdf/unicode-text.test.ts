import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { drawnLines, glyphMaps, readingOrder, usedFonts } from '../../../test/support/pdf-text.js';
import { drawText, textRuns, withUnicodeFonts } from './unicode-text.js';

async function render(draw: (doc: InstanceType<typeof PDFDocument>) => void): Promise<Buffer> {
  const doc = withUnicodeFonts(new PDFDocument({ size: 'A4', compress: true }));
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  draw(doc);
  doc.end();
  return done;
}

describe('text in every script', () => {
  it('keeps Latin, Greek and Cyrillic in one face and one run', () => {
    expect(textRuns('Zeynep Ağaoğlu — Ольга Иванова — Ελένη', 'bold')).toEqual([
      { text: 'Zeynep Ağaoğlu — Ольга Иванова — Ελένη', family: 'sans', level: 0 },
    ]);
  });

  it('draws an Arabic name inside a French line right to left, numbers left to right', () => {
    const runs = textRuns('Nom : أحمد العلي (شارع 12) fin');
    // Left to right as drawn: the right-to-left part is reversed as a whole, "12" stays as written, and
    // the brackets are mirrored; fontkit reverses the letters of each Arabic run as it lays it out.
    expect(runs.map((r) => [r.text, r.family])).toEqual([
      ['Nom : ', 'sans'],
      ['(', 'sans'],
      ['12', 'sans'],
      ['شارع ', 'arabic'],
      [')', 'sans'],
      ['أحمد العلي ', 'arabic'],
      [' fin', 'sans'],
    ]);
  });

  it('gives Ge’ez its own face', () => {
    expect(textRuns('Abebe ለማ ደሳለኝ').map((r) => [r.text, r.family])).toEqual([
      ['Abebe ', 'sans'],
      ['ለማ ደሳለኝ', 'ethiopic'],
    ]);
  });

  it('prints Ağaoğlu, a Ge’ez and an Arabic name that a reader copies back, with every font embedded', async () => {
    const pdf = await render((doc) => {
      drawText(doc, 'Personne : Zeynep Ağaoğlu', { style: 'bold' });
      drawText(doc, 'Nom dans l’écriture d’origine : ለማ ደሳለኝ');
      drawText(doc, 'Nom dans l’écriture d’origine : محمد علي', { width: 300 });
      drawText(doc, 'Ольга Иванова', { style: 'italic' });
    });
    const text = drawnLines(pdf).map(readingOrder).join('\n');
    expect(text).toContain('Zeynep Ağaoğlu');
    expect(text).toContain('ለማ ደሳለኝ');
    expect(text).toContain('محمد علي');
    expect(text).toContain('Ольга Иванова');
    expect(text).not.toMatch(/Agaoglu|\?\?/);
    const fonts = usedFonts(pdf);
    expect(fonts.map((f) => f.baseFont.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual([
      'NotoSans-Bold',
      'NotoSans-Italic',
      'NotoSans-Regular',
      'NotoSansArabic-Regular',
      'NotoSansEthiopic-Regular',
    ]);
    expect(fonts.every((f) => f.embedded)).toBe(true);
  });

  it('shapes Arabic: a letter takes its joined forms (two glyphs for the two mīm of محمد)', async () => {
    const pdf = await render((doc) => drawText(doc, 'محمد'));
    expect(drawnLines(pdf).map(readingOrder)).toEqual(['محمد']);
    const [arabic] = [...glyphMaps(pdf)].filter(([name]) => name.endsWith('NotoSansArabic-Regular'));
    const mim = [...arabic![1]].filter(([, text]) => text === 'م');
    expect(mim).toHaveLength(2);
  });

  it('keeps one document’s characters out of the next one’s text (the space glyph serves three spaces)', async () => {
    await render((doc) => drawText(doc, '2\u202F000,00\u00A0€'));
    const next = await render((doc) => drawText(doc, 'Zeynep Ağaoğlu'));
    expect(drawnLines(next)).toEqual(['Zeynep Ağaoğlu']);
  });

  it('loads the fonts once: a document with every script takes far less than a parse of its faces', async () => {
    const draw = (doc: InstanceType<typeof PDFDocument>) => {
      for (let i = 0; i < 20; i++) drawText(doc, `Ligne ${i} : Zeynep Ağaoğlu, ለማ ደሳለኝ, محمد علي, Ольга`);
    };
    await render(draw);
    const started = performance.now();
    for (let i = 0; i < 10; i++) await render(draw);
    // Parsing each face anew for each document (pdfkit's way) costs 200–350 ms per face: about a second here.
    expect((performance.now() - started) / 10).toBeLessThan(600);
  });
});
