import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import {
  drawnLines,
  infoEntry,
  pageCount,
  prose,
  textLines,
  usedFonts,
} from '../../../../test/support/pdf-text.js';
import { type AttestationData, renderAttestationPdf } from './attestation-pdf.js';

/** The lines drawn, Intl's no-break spaces (kept in the PDF) read as spaces. */
const spacedLines = (pdf: Buffer) =>
  drawnLines(pdf).map((line) => line.replace(/[\u202F\u00A0\u2009]/g, ' '));

const french: AttestationData = {
  locale: 'fr',
  participantName: 'Hélène Tremblay',
  sessionTitle: 'FLE A2 — hiver 2026',
  sessionKindLabel: 'Cours de français langue étrangère',
  organizationName: 'Passerelle Lyon',
  firstMeetingOn: '2026-01-12',
  lastMeetingOn: '2026-03-30',
  attendedMinutes: 47 * 60 + 59,
  scheduledMinutes: 59 * 60,
  minAttendancePercent: 80,
  verificationCode: 'K7QX-3M9P-2HDA',
  verificationUrl: 'https://passerelle.example.org/verify/K7QX-3M9P-2HDA',
  issuedOn: '2026-04-02',
  reissueOf: null,
};

const english: AttestationData = {
  ...french,
  locale: 'en',
  participantName: 'Amara Okonkwo',
  sessionTitle: 'Job interview workshop',
  sessionKindLabel: 'Workshop',
  organizationName: 'Passerelle Newcomer Services',
  attendedMinutes: 48 * 60,
  scheduledMinutes: 60 * 60,
};

const spaces = (text: string) => text.replace(/[\u202F\u00A0]/g, ' ');
const longDate = (locale: string, iso: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
/** The share printed is truncated to tenths, never rounded up. */
const share = (locale: string, attended: number, scheduled: number) =>
  spaces(
    new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1 }).format(
      Math.floor((attended * 1000) / scheduled) / 1000,
    ),
  );

describe('renderAttestationPdf', () => {
  it('produces a compressed one-page PDF by default', async () => {
    const pdf = await renderAttestationPdf(french);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain('/Filter /FlateDecode');
    expect(pdf.toString('latin1')).not.toMatch(/\] TJ/);
    expect(pageCount(pdf)).toBe(1);
  });

  it('prints the French attestation: who, what, when, hours and minutes, share, rule, code and URL', async () => {
    const pdf = await renderAttestationPdf(french, { compress: false });
    const lines = spacedLines(pdf);
    const text = prose(lines);

    expect(pageCount(pdf)).toBe(1);
    expect(lines).toContain('Attestation de participation');
    expect(lines).toContain('Passerelle Lyon');
    expect(lines).toContain('Nous attestons que');
    expect(lines).toContain('Hélène Tremblay');
    expect(lines).toContain('FLE A2 — hiver 2026');
    expect(lines).toContain('Cours de français langue étrangère');
    expect(lines).toContain('auprès de Passerelle Lyon');
    const period = `du ${longDate('fr-FR', french.firstMeetingOn)} au ${longDate('fr-FR', french.lastMeetingOn)}`;
    expect(period).toBe('du 12 janvier 2026 au 30 mars 2026');
    expect(lines).toContain(period);
    expect(lines).toContain('Heures suivies :');
    expect(lines).toContain('47 h 59 min');
    expect(lines).toContain('59 h');
    const expectedShare = share('fr-FR', french.attendedMinutes, french.scheduledMinutes);
    expect(expectedShare).toBe('81,3 %');
    expect(lines).toContain(expectedShare);
    expect(text).toContain('délivrée lorsque la présence atteint au moins 80 % des heures prévues');
    expect(text).toContain('en direct uniquement');
    expect(lines).toContain(`Délivrée le ${longDate('fr-FR', french.issuedOn)}`);
    expect(lines).toContain('Code de vérification');
    expect(lines).toContain('K7QX-3M9P-2HDA');
    expect(lines).toContain(french.verificationUrl);
    expect(text).not.toContain('remplace');
    expect(pdf.toString('latin1')).toContain('/MediaBox [0 0 595.28 841.89]');
  });

  it('prints the English certificate on Letter paper', async () => {
    const pdf = await renderAttestationPdf(english, { compress: false });
    const lines = spacedLines(pdf);
    const text = prose(lines);

    expect(lines).toContain('Certificate of attendance');
    expect(lines).toContain('This is to certify that');
    expect(lines).toContain('Amara Okonkwo');
    expect(lines).toContain('Job interview workshop');
    expect(lines).toContain('organized by Passerelle Newcomer Services');
    const period = `from ${longDate('en-US', english.firstMeetingOn)} to ${longDate('en-US', english.lastMeetingOn)}`;
    expect(period).toBe('from January 12, 2026 to March 30, 2026');
    expect(lines).toContain(period);
    expect(lines).toContain('48 h');
    expect(lines).toContain('60 h');
    expect(share('en-US', english.attendedMinutes, english.scheduledMinutes)).toBe('80.0%');
    expect(lines).toContain('80.0%');
    expect(text).toContain(
      'issued when attendance is at least 80% of the scheduled hours, live attendance only',
    );
    expect(lines).toContain('Issued on April 2, 2026');
    expect(lines).toContain('Verification code');
    expect(lines).toContain(english.verificationUrl);
    expect(pdf.toString('latin1')).toContain('/MediaBox [0 0 612 792]');
  });

  it('prints a single day when the session had one meeting, and other thresholds as given', async () => {
    const oneDay = { ...french, lastMeetingOn: french.firstMeetingOn, minAttendancePercent: 75 };
    const text = prose(spacedLines(await renderAttestationPdf(oneDay, { compress: false })));
    expect(text).toContain('le 12 janvier 2026');
    expect(text).not.toContain('du 12 janvier');
    expect(text).toContain('au moins 75 % des heures prévues');
  });

  it('truncates the share to tenths: 2399 of 2400 minutes is 99.9 %, not 100.0 %', async () => {
    const data = { ...english, attendedMinutes: 2399, scheduledMinutes: 2400 };
    const lines = spacedLines(await renderAttestationPdf(data, { compress: false }));
    expect(lines).toContain('39 h 59 min');
    expect(lines).toContain('40 h');
    expect(lines).toContain('99.9%');
    expect(lines).not.toContain('100.0%');
  });

  it('says which attestation a reissued one replaces', async () => {
    const fr = prose(
      spacedLines(
        await renderAttestationPdf({ ...french, reissueOf: 'AB12-CD34-EF56' }, { compress: false }),
      ),
    );
    const en = prose(
      spacedLines(
        await renderAttestationPdf({ ...english, reissueOf: 'AB12-CD34-EF56' }, { compress: false }),
      ),
    );
    expect(fr).toContain(
      'Cette attestation remplace l’attestation AB12-CD34-EF56 à la suite d’une correction des présences.',
    );
    expect(en).toContain(
      'This certificate replaces certificate AB12-CD34-EF56 after a correction of attendance.',
    );
  });

  it('embeds the QR code of the verification URL as an image', async () => {
    const raw = (await renderAttestationPdf(french, { compress: false })).toString('latin1');
    expect(raw).toContain('/Subtype /Image');
    // The PNG is (modules + 2 × margin) × 4 pixels wide: its size follows the URL encoded.
    const pixels = (QRCode.create(french.verificationUrl).modules.size + 2) * 4;
    expect(raw).toContain(`/Width ${pixels}`);
    expect(raw).toContain(`/Height ${pixels}`);

    const longUrl = `${french.verificationUrl}?${'x'.repeat(120)}`;
    const longer = (
      await renderAttestationPdf({ ...french, verificationUrl: longUrl }, { compress: false })
    ).toString('latin1');
    const longerPixels = (QRCode.create(longUrl).modules.size + 2) * 4;
    expect(longerPixels).toBeGreaterThan(pixels);
    expect(longer).toContain(`/Width ${longerPixels}`);
  });

  it('sets the metadata from the data and gives the same bytes for the same data', async () => {
    const pdf = await renderAttestationPdf(french, { compress: false });
    expect(infoEntry(pdf, 'Title')).toBe('Attestation de participation K7QX-3M9P-2HDA');
    expect(infoEntry(pdf, 'Author')).toBe('Passerelle Lyon');
    expect(infoEntry(pdf, 'CreationDate')).toBe('D:20260402000000Z');

    expect((await renderAttestationPdf(french, { compress: false })).equals(pdf)).toBe(true);
    expect((await renderAttestationPdf(french)).equals(await renderAttestationPdf(french))).toBe(true);
    const later = await renderAttestationPdf({ ...french, issuedOn: '2026-04-03' }, { compress: false });
    expect(later.equals(pdf)).toBe(false);
  });

  it('prints names in every script as written, in embedded fonts', async () => {
    for (const participantName of [
      'Nguyễn Thị Ánh',
      'Zeynep Ağaoğlu',
      'Ольга Иванова',
      'አበበ ደሳለኝ',
      'محمد علي',
    ]) {
      const pdf = await renderAttestationPdf({ ...english, participantName }, { compress: false });
      expect(textLines(pdf)).toContain(participantName);
      expect(usedFonts(pdf).every((font) => font.embedded)).toBe(true);
    }
  });

  it('prints the same calendar dates whatever the time zone of the server', async () => {
    const original = process.env.TZ;
    try {
      for (const zone of ['Asia/Tokyo', 'Pacific/Honolulu']) {
        process.env.TZ = zone;
        expect(new Date(2026, 0, 12).getTimezoneOffset()).not.toBe(0);
        const lines = spacedLines(await renderAttestationPdf(english, { compress: false }));
        expect(lines).toContain('from January 12, 2026 to March 30, 2026');
      }
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  });

  it('refuses data that could not have earned an attestation, and dates that are not calendar dates', async () => {
    await expect(renderAttestationPdf({ ...english, attendedMinutes: 2879 })).rejects.toThrow(RangeError);
    await expect(renderAttestationPdf({ ...english, attendedMinutes: 2880 })).resolves.toBeInstanceOf(Buffer);
    await expect(renderAttestationPdf({ ...english, attendedMinutes: 3601 })).rejects.toThrow(RangeError);
    await expect(renderAttestationPdf({ ...english, scheduledMinutes: 0 })).rejects.toThrow(RangeError);
    await expect(renderAttestationPdf({ ...english, lastMeetingOn: '2026-02-30' })).rejects.toThrow(
      RangeError,
    );
  });
});
