import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allowedMediaTypes, decideMediaType, sniffMediaType } from './media-type.js';

const bytes = (...values: number[]) => Uint8Array.from(values);
const text = (value: string) => new TextEncoder().encode(value);
const concat = (...parts: Uint8Array[]) => {
  const result = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    result.set(part, offset);
    offset += part.length;
  }
  return result;
};

/** A ZIP local header whose first entry is named `name`, followed by `after`. */
function zipWithFirstEntry(name: string, after: string): Uint8Array {
  const header = new Uint8Array(30);
  header.set([0x50, 0x4b, 0x03, 0x04]);
  header[26] = name.length;
  return concat(header, text(name), text(after));
}

const samples = {
  pdf: text('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF'),
  jpeg: bytes(0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46),
  png: bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13),
  webp: concat(text('RIFF'), bytes(0x24, 0, 0, 0), text('WEBPVP8 ')),
  heic: concat(bytes(0, 0, 0, 0x18), text('ftypheic'), bytes(0, 0, 0, 0)),
  docx: zipWithFirstEntry('[Content_Types].xml', '<Types/>...word/document.xml...'),
  odt: zipWithFirstEntry('mimetype', 'application/vnd.oasis.opendocument.text'),
  txt: text('Expériences :\n\t- Ingénieure, Kyiv (2015-2022)\r\n'),
};

describe('recognising a file by its first bytes', () => {
  it('recognises each allowed kind', () => {
    expect(sniffMediaType(samples.pdf)).toBe('application/pdf');
    expect(sniffMediaType(samples.jpeg)).toBe('image/jpeg');
    expect(sniffMediaType(samples.png)).toBe('image/png');
    expect(sniffMediaType(samples.webp)).toBe('image/webp');
    expect(sniffMediaType(samples.heic)).toBe('image/heic');
    expect(sniffMediaType(samples.docx)).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(sniffMediaType(samples.odt)).toBe('application/vnd.oasis.opendocument.text');
    expect(sniffMediaType(samples.txt)).toBe('text/plain');
  });

  it('refuses empty files, executables, other archives and other OpenDocument kinds', () => {
    expect(sniffMediaType(new Uint8Array())).toBeNull();
    expect(sniffMediaType(concat(text('MZ'), bytes(0x90, 0, 3, 0)))).toBeNull();
    expect(sniffMediaType(concat(bytes(0x7f), text('ELF'), bytes(2, 1, 1)))).toBeNull();
    expect(sniffMediaType(zipWithFirstEntry('payload.exe', 'xx'))).toBeNull();
    expect(
      sniffMediaType(zipWithFirstEntry('mimetype', 'application/vnd.oasis.opendocument.spreadsheet')),
    ).toBeNull();
    expect(sniffMediaType(bytes(0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0, 0x80))).toBeNull();
    expect(sniffMediaType(concat(text('abc'), bytes(0), text('def')))).toBeNull();
    expect(sniffMediaType(bytes(0xc3, 0x28))).toBeNull();
  });

  it('property: anything that starts with a PDF signature is a PDF, and any content is refused or of an allowed kind', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 512 }), (tail) => {
        expect(sniffMediaType(concat(text('%PDF-'), tail))).toBe('application/pdf');
      }),
    );
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 512 }), (content) => {
        const kind = sniffMediaType(content);
        expect(kind === null || (allowedMediaTypes as readonly string[]).includes(kind)).toBe(true);
      }),
    );
  });
});

describe('deciding on a declared type', () => {
  it('accepts the detected kind when the declared one agrees or says nothing', () => {
    expect(decideMediaType(samples.pdf, 'application/pdf')).toEqual({
      outcome: 'accepted',
      mediaType: 'application/pdf',
    });
    expect(decideMediaType(samples.pdf, 'application/octet-stream')).toMatchObject({ outcome: 'accepted' });
    expect(decideMediaType(samples.pdf, undefined)).toMatchObject({ outcome: 'accepted' });
    expect(decideMediaType(samples.jpeg, 'image/jpg')).toMatchObject({ mediaType: 'image/jpeg' });
    expect(decideMediaType(samples.heic, 'image/heif')).toMatchObject({ mediaType: 'image/heic' });
    expect(decideMediaType(samples.txt, 'text/csv; charset=utf-8')).toMatchObject({
      mediaType: 'text/plain',
    });
  });

  it('refuses a content of another kind than declared, and a content of no allowed kind', () => {
    expect(decideMediaType(samples.txt, 'application/pdf')).toEqual({
      outcome: 'mismatch',
      declared: 'application/pdf',
      detected: 'text/plain',
    });
    expect(decideMediaType(samples.png, 'image/jpeg')).toMatchObject({ outcome: 'mismatch' });
    expect(decideMediaType(bytes(0x4d, 0x5a, 0x90, 0), 'application/pdf')).toEqual({
      outcome: 'not_allowed',
    });
  });

  it('property: an accepted file is stored under the kind its content has', () => {
    const contents = Object.values(samples);
    fc.assert(
      fc.property(
        fc.constantFrom(...contents),
        fc.constantFrom('', 'application/pdf', 'image/png', 'text/plain', 'application/x-msdownload'),
        (content, declared) => {
          const decision = decideMediaType(content, declared);
          if (decision.outcome === 'accepted') expect(decision.mediaType).toBe(sniffMediaType(content));
        },
      ),
    );
  });
});
