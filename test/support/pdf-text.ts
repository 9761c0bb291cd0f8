import { expect } from 'vitest';

// WinAnsi's 0x80–0x9F block (Node 20's TextDecoder treats 'windows-1252' as plain Latin-1); '�' = unused.
const WIN_ANSI_80 = '€�‚ƒ„…†‡ˆ‰Š‹Œ�Ž��‘’“”•–—˜™š›œ�žŸ';
const winAnsiChar = (code: number) =>
  code >= 0x80 && code <= 0x9f ? WIN_ANSI_80[code - 0x80] : String.fromCharCode(code);

/** Decodes the hex glyph strings pdfkit writes for standard fonts (`[<48656c6c6f> 0] TJ`), one per line drawn. */
export function drawnLines(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1');
  const lines: string[] = [];
  for (const [, array, single] of raw.matchAll(/\[([^\]]*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g)) {
    const hex = single ?? [...(array ?? '').matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => m[1]).join('');
    expect(hex.length % 2).toBe(0);
    lines.push([...Buffer.from(hex, 'hex')].map(winAnsiChar).join(''));
  }
  return lines;
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
