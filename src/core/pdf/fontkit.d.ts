// fontkit (pdfkit's font engine) ships no types; only what the PDF text module asks of it.
declare module 'fontkit' {
  export interface Font {
    hasGlyphForCodePoint(codePoint: number): boolean;
    createSubset(): unknown;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
