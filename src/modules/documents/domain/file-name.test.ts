import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asciiFileName, sanitizeFileName } from './file-name.js';
import { allowedMediaTypes, extensionOf } from './media-type.js';

describe('file names', () => {
  it('keeps a good name, and its extension when it matches the content', () => {
    expect(sanitizeFileName('Diplôme ingénieur.pdf', 'application/pdf')).toBe('Diplôme ingénieur.pdf');
    expect(sanitizeFileName('photo.JPEG', 'image/jpeg')).toBe('photo.jpeg');
    expect(sanitizeFileName('cv.PDF', 'application/pdf')).toBe('cv.pdf');
  });

  it('drops folders, control and reserved characters, and gives the real extension', () => {
    expect(sanitizeFileName('C:\\Users\\amina\\cv.pdf', 'application/pdf')).toBe('cv.pdf');
    expect(sanitizeFileName('../../etc/passwd', 'text/plain')).toBe('passwd.txt');
    expect(sanitizeFileName('cv.pdf.exe', 'application/pdf')).toBe('cv.pdf.exe.pdf');
    expect(sanitizeFileName('  a\u0000b\r\n"c"<d>|?*.png ', 'image/png')).toBe('abcd.png');
    expect(sanitizeFileName('fdp.\u202etxt.exe', 'application/pdf')).toBe('fdp.txt.exe.pdf');
    expect(sanitizeFileName('', 'application/pdf')).toBe('document.pdf');
    expect(sanitizeFileName('...', 'image/webp')).toBe('document.webp');
    expect(sanitizeFileName('x'.repeat(500), 'text/plain')).toBe(`${'x'.repeat(180)}.txt`);
  });

  it('gives an ASCII stand-in for old clients', () => {
    expect(asciiFileName('Diplôme d’ingénieur.pdf')).toBe('Diplome d_ingenieur.pdf');
    expect(asciiFileName('شهادة.pdf')).toBe('_.pdf');
  });

  it('property: a kept name has no folder nor control character, a bounded length and the right extension', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 400, unit: 'binary' }),
        fc.constantFrom(...allowedMediaTypes),
        (name, type) => {
          const kept = sanitizeFileName(name, type);
          expect(kept).not.toMatch(/[/\\<>:"|?*]/);
          expect(Array.from(kept).some((c) => c.codePointAt(0)! < 0x20)).toBe(false);
          expect(Array.from(kept).length).toBeLessThanOrEqual(186);
          expect(kept.length).toBeGreaterThan(0);
          const extension = kept.slice(kept.lastIndexOf('.') + 1);
          const accepted = [
            extensionOf[type],
            ...(type === 'image/jpeg' ? ['jpeg'] : []),
            ...(type === 'text/plain' ? ['csv', 'md', 'text'] : []),
          ];
          expect(accepted).toContain(extension);
          expect(asciiFileName(kept)).toMatch(/^[A-Za-z0-9._ -]+$/);
        },
      ),
    );
  });
});
