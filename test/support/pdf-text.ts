import { inflateSync } from 'node:zlib';
import bidiFactory from 'bidi-js';
import { expect } from 'vitest';

// WinAnsi's 0x80–0x9F block (Node 20's TextDecoder treats 'windows-1252' as plain Latin-1); '�' = unused.
const WIN_ANSI_80 = '€�‚ƒ„…†‡ˆ‰Š‹Œ�Ž��‘’“”•–—˜™š›œ�žŸ';
const winAnsiChar = (code: number) =>
  code >= 0x80 && code <= 0x9f ? WIN_ANSI_80[code - 0x80] : String.fromCharCode(code);

interface PdfObject {
  dictionary: string;
  /** The stream's bytes, inflated when compressed. */
  stream: Buffer | null;
}

/** A small reader of the PDFs pdfkit writes: numbered objects, their dictionaries and (inflated) streams. */
function objectsOf(pdf: Buffer): Map<number, PdfObject> {
  const raw = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  for (const match of raw.matchAll(/(?:^|\n)(\d+) 0 obj\n/g)) {
    const start = match.index + match[0].length;
    const end = raw.indexOf('\nendobj', start);
    const body = raw.slice(start, end);
    const streamAt = body.indexOf('\nstream\n');
    if (streamAt < 0) {
      objects.set(Number(match[1]), { dictionary: body, stream: null });
      continue;
    }
    const dictionary = body.slice(0, streamAt);
    const bytesStart = start + streamAt + '\nstream\n'.length;
    const bytesEnd = raw.lastIndexOf('\nendstream', end);
    let stream = pdf.subarray(bytesStart, bytesEnd);
    // A test may have inflated the streams already and left the filter's name (see plan-document.test.ts).
    if (dictionary.includes('/FlateDecode') && stream[0] === 0x78) stream = inflateSync(stream);
    objects.set(Number(match[1]), { dictionary, stream: Buffer.from(stream) });
  }
  return objects;
}

const ref = (dictionary: string, key: string) => {
  const found = new RegExp(`/${key} (\\d+) 0 R`).exec(dictionary)?.[1];
  return found === undefined ? undefined : Number(found);
};

/** A font's ToUnicode CMap: glyph code → text (pdfkit writes `bfrange` arrays; `bfchar` is read too). */
function toUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  // UTF-16BE: join surrogate pairs back.
  const utf16 = (hex: string) => Buffer.from(hex, 'hex').swap16().toString('utf16le');
  for (const [, block] of cmap.matchAll(/beginbfrange\n([\s\S]*?)endbfrange/g))
    for (const [, from, , array, target] of block!.matchAll(
      /<([0-9a-fA-F]+)> <([0-9a-fA-F]+)> (?:\[([^\]]*)\]|<([0-9a-fA-F]+)>)/g,
    )) {
      const first = Number.parseInt(from!, 16);
      if (array !== undefined)
        for (const [i, m] of [...array.matchAll(/<([0-9a-fA-F ]+)>/g)].entries())
          map.set(first + i, utf16(m[1]!.replace(/ /g, '')));
      else map.set(first, utf16(target!));
    }
  for (const [, block] of cmap.matchAll(/beginbfchar\n([\s\S]*?)endbfchar/g))
    for (const [, code, target] of block!.matchAll(/<([0-9a-fA-F]+)> <([0-9a-fA-F ]+)>/g))
      map.set(Number.parseInt(code!, 16), utf16(target!.replace(/ /g, '')));
  return map;
}

interface FontInfo {
  /** Embedded Unicode font: two-byte glyph codes and their text; standard fonts: WinAnsi bytes. */
  unicode: Map<number, string> | null;
  embedded: boolean;
  baseFont: string;
}

function fontsOf(objects: Map<number, PdfObject>): Map<string, FontInfo> {
  const fonts = new Map<string, FontInfo>();
  for (const { dictionary } of objects.values()) {
    const block = /\/Font <<([\s\S]*?)>>/.exec(dictionary)?.[1];
    if (!block) continue;
    for (const [, name, number] of block.matchAll(/\/(\w+) (\d+) 0 R/g)) {
      const font = objects.get(Number(number))!.dictionary;
      const cmapRef = ref(font, 'ToUnicode');
      const descendant = /\/DescendantFonts \[(\d+) 0 R\]/.exec(font)?.[1];
      const descriptor = descendant
        ? ref(objects.get(Number(descendant))!.dictionary, 'FontDescriptor')
        : undefined;
      fonts.set(name!, {
        unicode: cmapRef === undefined ? null : toUnicode(objects.get(cmapRef)!.stream!.toString('latin1')),
        embedded: descriptor !== undefined && /\/FontFile2 \d+ 0 R/.test(objects.get(descriptor)!.dictionary),
        baseFont: /\/BaseFont \/([^\s/]+)/.exec(font)?.[1] ?? '',
      });
    }
  }
  return fonts;
}

/** The content streams of the pages, in page order. */
function pageContents(objects: Map<number, PdfObject>): string[] {
  const pages = [...objects.values()].find((o) => /\/Type \/Pages\b/.test(o.dictionary))!;
  const kids = [...(/\/Kids \[([^\]]*)\]/.exec(pages.dictionary)?.[1] ?? '').matchAll(/(\d+) 0 R/g)];
  return kids.map(([, page]) => {
    const contents = ref(objects.get(Number(page))!.dictionary, 'Contents')!;
    return objects.get(contents)!.stream!.toString('latin1');
  });
}

/**
 * A glyph standing for several right-to-left letters (an Arabic ligature such as lām–alif maqṣūra) is
 * drawn as one: in the visual order of the line its letters read backwards, like the glyphs around it.
 */
const visual = (text: string) =>
  [...text].length > 1 && /^[\p{Script=Arabic}\p{Script=Hebrew}]+$/u.test(text)
    ? [...text].reverse().join('')
    : text;

interface Fragment {
  text: string;
  page: number;
  /** Where the text matrix (`Tm`) put it. */
  y: string;
}

function fragments(pdf: Buffer): Fragment[] {
  const objects = objectsOf(pdf);
  const fonts = fontsOf(objects);
  const drawn: Fragment[] = [];
  for (const [page, content] of pageContents(objects).entries()) {
    let font: FontInfo | undefined;
    let y = '';
    for (const [, fontName, matrixY, array, single] of content.matchAll(
      /\/(\w+) [\d.]+ Tf|[-\d.]+ [-\d.]+ [-\d.]+ [-\d.]+ [-\d.]+ ([-\d.]+) Tm|\[([^\]]*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g,
    )) {
      if (fontName !== undefined) font = fonts.get(fontName);
      if (matrixY !== undefined) y = matrixY;
      if (array === undefined && single === undefined) continue;
      const hex = single ?? [...(array ?? '').matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => m[1]).join('');
      let text: string;
      if (font?.unicode) {
        expect(hex.length % 4).toBe(0);
        text = (hex.match(/.{4}/g) ?? [])
          .map((h) => visual(font!.unicode!.get(Number.parseInt(h, 16)) ?? '\uFFFD'))
          .join('');
      } else {
        expect(hex.length % 2).toBe(0);
        text = [...Buffer.from(hex, 'hex')].map(winAnsiChar).join('');
      }
      drawn.push({ text, page, y });
    }
  }
  return drawn;
}

/**
 * The text of each `TJ`/`Tj` pdfkit drew, one per line or run, decoded through the font in use: WinAnsi
 * for a standard font, the ToUnicode map for an embedded one (what a PDF reader's copy-paste gives).
 * Right-to-left runs come in the order they are drawn (visual); see `textLines`.
 */
export function drawnLines(pdf: Buffer): string[] {
  return fragments(pdf).map((f) => f.text);
}

/**
 * The lines as a reader sees them: the runs drawn one after the other on the same baseline (a name in
 * two scripts, a word with a combining accent) joined, and put back in reading order.
 */
export function textLines(pdf: Buffer): string[] {
  const lines: Fragment[] = [];
  for (const fragment of fragments(pdf)) {
    const last = lines.at(-1);
    // Faces of other scripts have other ascents: pdfkit places their runs a few points off the line.
    if (last && last.page === fragment.page && Math.abs(Number(last.y) - Number(fragment.y)) < 4)
      last.text += fragment.text;
    else lines.push({ ...fragment });
  }
  return lines.map((line) => readingOrder(line.text));
}

/** The fonts the pages draw with: each with its name and whether the file embeds it. */
export function usedFonts(pdf: Buffer): { baseFont: string; embedded: boolean }[] {
  const objects = objectsOf(pdf);
  const fonts = fontsOf(objects);
  const used = new Set<string>();
  for (const content of pageContents(objects))
    for (const [, name] of content.matchAll(/\/(\w+) [\d.]+ Tf/g)) used.add(name!);
  return [...used].map((name) => ({
    baseFont: fonts.get(name)!.baseFont,
    embedded: fonts.get(name)!.embedded,
  }));
}

/** Each embedded font's glyph codes and the text they stand for (its ToUnicode map), by font name. */
export function glyphMaps(pdf: Buffer): Map<string, Map<number, string>> {
  const fonts = fontsOf(objectsOf(pdf));
  return new Map([...fonts.values()].flatMap((f) => (f.unicode ? [[f.baseFont, f.unicode] as const] : [])));
}

const bidi = bidiFactory();

/** A drawn line back in reading (logical) order: right-to-left runs drawn left to right are turned back. */
export function readingOrder(line: string): string {
  const levels = bidi.getEmbeddingLevels(line, 'ltr');
  return bidi.getReorderedString(line, levels);
}

/** Paragraphs wrap over several lines; joining them lets a sentence be searched whole. */
export const prose = (lines: string[]) => lines.join(' ').replace(/\s+/g, ' ');

export const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0;

/** Reads an info-dictionary entry: a literal string, UTF-16BE after a byte-order mark when not ASCII. */
export function infoEntry(pdf: Buffer, key: string): string {
  const raw = pdf.toString('latin1');
  const ref = new RegExp(`/${key} (\\d+) 0 R`).exec(raw)?.[1];
  const literal = new RegExp(`\\n${ref} 0 obj\\n\\(([\\s\\S]*?)\\)\\nendobj`).exec(raw)?.[1] ?? '';
  const bytes = Buffer.from(literal.replace(/\\([()\\])/g, '$1'), 'latin1');
  if (bytes[0] !== 0xfe || bytes[1] !== 0xff) return bytes.toString('latin1');
  return Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
}
