import fc from 'fast-check';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { archiveLimits, inspectArchive } from './archive-limits.js';
import { sniffMediaType } from './media-type.js';

const text = (value: string) => new TextEncoder().encode(value);

/** A minimal Word document as a word processor writes it: deflated XML parts. */
function wordDocument(extra: Record<string, Uint8Array> = {}): Uint8Array {
  return zipSync({
    '[Content_Types].xml': text(
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    'word/document.xml': text(`<w:document>${'<w:p>Curriculum vitae</w:p>'.repeat(200)}</w:document>`),
    ...extra,
  });
}

describe('the contents of a Word or OpenDocument file (ASVS 5.2.3)', () => {
  it('accepts a document and counts its parts without unpacking them', () => {
    const document = wordDocument();
    expect(sniffMediaType(document)).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(inspectArchive(document)).toMatchObject({ outcome: 'accepted', entries: 2 });
  });

  it('refuses a decompression bomb: megabytes of zeros packed into kilobytes', () => {
    const bomb = wordDocument({ 'word/media/image1.png': new Uint8Array(20 * 1024 * 1024) });
    expect(bomb.length).toBeLessThan(100 * 1024);
    expect(inspectArchive(bomb)).toEqual({ outcome: 'too_large', reason: 'ratio' });
  });

  it('refuses an archive that unpacks beyond the limit, or holds too many entries', () => {
    const photos = wordDocument({ 'word/media/a.bin': crypto.getRandomValues(new Uint8Array(60_000)) });
    expect(inspectArchive(photos, { ...archiveLimits, maxUnpackedBytes: 50_000 })).toEqual({
      outcome: 'too_large',
      reason: 'unpacked_size',
    });
    const parts: Record<string, Uint8Array> = {};
    for (let i = 0; i <= archiveLimits.maxEntries; i++) parts[`word/p${i}.xml`] = text('<p/>');
    expect(inspectArchive(wordDocument(parts))).toEqual({ outcome: 'too_large', reason: 'entries' });
  });

  it('answers unreadable for a damaged archive, never throws', () => {
    const document = wordDocument();
    fc.assert(
      fc.property(fc.integer({ min: 1, max: document.length - 1 }), (cut) => {
        const verdict = inspectArchive(document.subarray(0, cut));
        expect(['accepted', 'unreadable', 'too_large']).toContain(verdict.outcome);
      }),
    );
    expect(inspectArchive(document.subarray(0, document.length - 10)).outcome).toBe('unreadable');
  });

  it('accepts any ordinary set of parts and counts them exactly', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.stringMatching(/^[a-z]{1,12}$/), fc.string({ maxLength: 2_000 }), { maxKeys: 30 }),
        (files) => {
          const entries = Object.fromEntries(
            Object.entries(files).map(([name, content]) => [`word/${name}.xml`, text(content)]),
          );
          const verdict = inspectArchive(wordDocument(entries));
          expect(verdict).toMatchObject({ outcome: 'accepted', entries: Object.keys(entries).length + 2 });
        },
      ),
      { numRuns: 50 },
    );
  });
});
