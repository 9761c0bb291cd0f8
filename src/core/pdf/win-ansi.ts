/** Text for pdfkit's standard fonts (Helvetica): shared by every PDF the product prints. */

// Characters outside Latin-1 for which the standard fonts' WinAnsi encoding still has a code.
const WIN_ANSI_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

function drawable(char: string): boolean {
  const code = char.codePointAt(0)!;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRAS.has(char);
}

/**
 * pdfkit writes each UTF-16 unit of a standard-font string as raw hex, so a character Helvetica has no
 * code for corrupts the content stream. Intl's no-break spaces become spaces (fr-FR's narrow one has no
 * glyph); other letters fall back to their unaccented base (ễ → e), then to '?'.
 */
export function toWinAnsi(text: string): string {
  let out = '';
  for (const char of text.replace(/[\u202F\u00A0\u2007\u2009]/g, ' ')) {
    const base = drawable(char) ? char : char.normalize('NFD').replace(/\p{M}/gu, '');
    out += base !== '' && [...base].every(drawable) ? base : '?';
  }
  return out;
}
