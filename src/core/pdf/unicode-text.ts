/**
 * Text in every script a person's file may hold, for every PDF the product prints. pdfkit's standard
 * fonts only know Latin-1 ("Ağaoğlu" became "Agaoglu", Ge'ez "????"), so each document embeds the Noto
 * fonts shipped in reference-data/fonts (SIL OFL; pdfkit subsets them to the glyphs used) and draws a
 * string as runs: each run in the font that has its letters (Latin, Greek and Cyrillic in Noto Sans,
 * Arabic in Noto Sans Arabic, which fontkit shapes, Ge'ez in Noto Sans Ethiopic), in the visual order
 * the Unicode bidirectional algorithm gives, so that an Arabic name reads right to left inside a
 * French or English line.
 */
import { readFileSync } from 'node:fs';
import bidiFactory from 'bidi-js';
import * as fontkit from 'fontkit';
import type PDFDocument from 'pdfkit';
import { referenceDataFile } from '../reference-data.js';

type PDFDoc = InstanceType<typeof PDFDocument>;
export type TextStyle = 'regular' | 'bold' | 'italic';
type Family = 'sans' | 'arabic' | 'ethiopic';

const files: Record<Family, Record<TextStyle, string>> = {
  sans: { regular: 'NotoSans-Regular.ttf', bold: 'NotoSans-Bold.ttf', italic: 'NotoSans-Italic.ttf' },
  // Neither script has an italic: the upright face stands in.
  arabic: {
    regular: 'NotoSansArabic-Regular.ttf',
    bold: 'NotoSansArabic-Bold.ttf',
    italic: 'NotoSansArabic-Regular.ttf',
  },
  ethiopic: {
    regular: 'NotoSansEthiopic-Regular.ttf',
    bold: 'NotoSansEthiopic-Bold.ttf',
    italic: 'NotoSansEthiopic-Regular.ttf',
  },
};
const families: readonly Family[] = ['sans', 'arabic', 'ethiopic'];
const styles: readonly TextStyle[] = ['regular', 'bold', 'italic'];

/** The name a document knows a face by, e.g. 'arabic-bold'. */
const faceName = (family: Family, style: TextStyle) => `${family}-${style}`;

interface LoadedFace {
  bytes: Buffer;
  /** Parsed once per process: asked which characters it covers, and lent to every document (below). */
  parsed: fontkit.Font;
}

// Read once per process (2.7 MB): each document parses only the faces it uses, and embeds only the glyphs it draws.
let faces: Map<string, LoadedFace> | undefined;
function loadedFaces(): Map<string, LoadedFace> {
  if (faces) return faces;
  const loaded = new Map<string, LoadedFace>();
  for (const family of families)
    for (const style of styles) {
      const bytes = readFileSync(referenceDataFile(`fonts/${files[family][style]}`));
      loaded.set(faceName(family, style), { bytes, parsed: fontkit.create(bytes) });
    }
  faces = loaded;
  return loaded;
}

/** Makes the Unicode faces known to a new document; call once, right after `new PDFDocument`. */
export function withUnicodeFonts(doc: PDFDoc): PDFDoc {
  for (const [name, face] of loadedFaces()) doc.registerFont(name, face.bytes);
  return selectFace(doc, faceName('sans', 'regular'));
}

/** What pdfkit keeps of a document's fonts (not in its types). */
interface PdfkitFonts {
  _fontFamilies: Record<string, unknown>;
  _font: { font: fontkit.Font; subset: unknown };
}

/**
 * Selects a face. pdfkit parses a font anew for each document, and fontkit's first layout with a new
 * parse reads the face's OpenType tables: 200–350 ms per face and document. The first time a document
 * uses a face, its font object is given the process's parse instead (same file, so the same metrics),
 * whose tables are read already; pdfkit still keeps a subset per document, so each file embeds only
 * the glyphs it draws.
 */
function selectFace(doc: PDFDoc, name: string): PDFDoc {
  const fonts = doc as unknown as PdfkitFonts;
  const first = !(name in fonts._fontFamilies);
  doc.font(name);
  if (first) {
    const parsed = loadedFaces().get(name)!.parsed as fontkit.Font & { _glyphs: Record<number, unknown> };
    // fontkit keeps each glyph with the characters it was first laid out for (the space glyph serves
    // U+0020, U+00A0 and U+202F), and pdfkit's ToUnicode map reads them: a fresh glyph cache per
    // document keeps one document's text out of another's map, and the same data giving the same bytes.
    parsed._glyphs = {};
    fonts._font.font = parsed;
    fonts._font.subset = parsed.createSubset();
  }
  return doc;
}

const arabicLetter = /\p{Script=Arabic}/u;
const ethiopicLetter = /\p{Script=Ethiopic}/u;
/** Spaces, punctuation, marks: they belong to the run around them when its face has them. */
const neutral = /[\p{Zs}\p{P}\p{S}\p{M}\p{Cf}]/u;

function familyOf(char: string): Family {
  if (arabicLetter.test(char)) return 'arabic';
  if (ethiopicLetter.test(char)) return 'ethiopic';
  return 'sans';
}

export interface TextRun {
  text: string;
  family: Family;
  /** Bidi embedding level: odd is right to left. */
  level: number;
}

let bidi: ReturnType<typeof bidiFactory> | undefined;

/** Right-to-left scripts (Hebrew to NKo, presentation forms, the RTL marks and embeddings) and Ge'ez. */
const needsRuns =
  /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u200F\u202B\u202E\u2067\u1200-\u139F\u2D80-\u2DDF\uAB00-\uAB2F\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

/**
 * A line of text (in logical order) cut into runs of one face and one direction, in the order they are
 * drawn from left to right. Paragraphs of our documents run left to right; an Arabic run inside keeps
 * its letters in logical order, since fontkit reverses and shapes a right-to-left run as it lays it out.
 */
export function textRuns(text: string, style: TextStyle = 'regular'): TextRun[] {
  if (text === '') return [];
  // Most strings are left to right and in Noto Sans: one run, without the cost of the bidi algorithm.
  if (!needsRuns.test(text)) return [{ text, family: 'sans', level: 0 }];
  bidi ??= bidiFactory();
  const { levels } = bidi.getEmbeddingLevels(text, 'ltr');
  const covered = loadedFaces();
  const runs: TextRun[] = [];
  let index = 0;
  for (const char of text) {
    const level = levels[index]!;
    index += char.length;
    const current = runs.at(-1);
    const codePoint = char.codePointAt(0)!;
    const keepsRun =
      current !== undefined &&
      current.level === level &&
      (familyOf(char) === current.family ||
        (neutral.test(char) &&
          covered.get(faceName(current.family, style))!.parsed.hasGlyphForCodePoint(codePoint)));
    if (keepsRun) current.text += char;
    else runs.push({ text: char, family: familyOf(char), level });
  }
  return visualOrder(runs);
}

/** Rule L2 of the bidi algorithm on runs: from the highest level down to 1, reverse each sequence at or above it. */
function visualOrder(runs: TextRun[]): TextRun[] {
  const highest = Math.max(...runs.map((r) => r.level));
  const ordered = runs.map((run) =>
    // A right-to-left run without Arabic letters (a dash between two names) is not reversed by fontkit.
    run.level % 2 === 1 && run.family !== 'arabic'
      ? { ...run, text: mirrored([...run.text].reverse().join('')) }
      : run,
  );
  for (let level = highest; level >= 1; level -= 1) {
    let start = 0;
    while (start < ordered.length) {
      if (ordered[start]!.level < level) {
        start += 1;
        continue;
      }
      let end = start;
      while (end < ordered.length && ordered[end]!.level >= level) end += 1;
      ordered.splice(start, end - start, ...ordered.slice(start, end).reverse());
      start = end;
    }
  }
  return ordered;
}

function mirrored(text: string): string {
  bidi ??= bidiFactory();
  return [...text].map((c) => bidi!.getMirroredCharacter(c) ?? c).join('');
}

/**
 * Draws a string at the cursor (or at x, y) as `doc.text` would, each run in its face. pdfkit lays the
 * runs out as one paragraph (`continued`), wrapping where the options say.
 */
export function drawText(
  doc: PDFDoc,
  text: string,
  options: PDFKit.Mixins.TextOptions & { style?: TextStyle } = {},
  x?: number,
  y?: number,
): PDFDoc {
  const { style = currentStyle.get(doc) ?? 'regular', ...textOptions } = options;
  const runs = textRuns(text, style);
  if (runs.length === 0) runs.push({ text: '', family: 'sans', level: 0 });
  runs.forEach((run, i) => {
    selectFace(doc, faceName(run.family, style));
    const last = i === runs.length - 1;
    const runOptions = {
      ...textOptions,
      continued: last ? (textOptions.continued ?? false) : true,
      // pdfkit lays text out word by word unless features are named; a right-to-left run must be laid
      // out whole, so that fontkit reverses the run and not each word.
      features: run.family === 'arabic' ? (['kern'] as PDFKit.Mixins.OpenTypeFeatures[]) : undefined,
    };
    if (i === 0 && x !== undefined) doc.text(run.text, x, y, runOptions);
    else doc.text(run.text, runOptions);
  });
  return selectFace(doc, faceName('sans', style));
}

const currentStyle = new WeakMap<PDFDoc, TextStyle>();

/**
 * The style `drawText` uses when it is not told one (like `doc.font` for pdfkit's own text); also
 * selects the Latin face of that style, for measuring with `widthOfString`.
 */
export function setStyle(doc: PDFDoc, style: TextStyle): PDFDoc {
  currentStyle.set(doc, style);
  return selectFace(doc, faceName('sans', style));
}
