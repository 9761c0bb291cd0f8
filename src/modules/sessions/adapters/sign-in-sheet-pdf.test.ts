import { describe, expect, it } from 'vitest';
import { drawnLines, infoEntry, pageCount, prose } from '../../../../test/support/pdf-text.js';
import { renderSignInSheetPdf, type SignInSheetData } from './sign-in-sheet-pdf.js';

/** The lines drawn, Intl's no-break spaces (kept in the PDF) read as spaces. */
const spacedLines = (pdf: Buffer) =>
  drawnLines(pdf).map((line) => line.replace(/[\u202F\u00A0\u2009]/g, ' '));

const participants = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    name: `Participant ${String(i + 1).padStart(2, '0')} Diallo`,
    organizationName: i % 3 === 0 ? null : 'Mission locale de Lyon',
  }));

const french: SignInSheetData = {
  locale: 'fr',
  sessionTitle: 'FLE A2 — hiver 2026',
  organizationName: 'Passerelle Lyon',
  place: 'Salle 2, 12 rue Garibaldi',
  meetingLink: null,
  meetingNumber: 3,
  meetingCount: 10,
  startsAt: '2026-01-13T13:00:00Z',
  timeZone: 'Europe/Paris',
  durationMinutes: 180,
  participants: participants(8),
  generatedOn: '2026-01-12',
};

const english: SignInSheetData = {
  ...french,
  locale: 'en',
  sessionTitle: 'Job interview workshop',
  organizationName: 'Passerelle Newcomer Services',
  place: null,
  meetingLink: 'https://meet.example.org/interviews',
  timeZone: 'America/Toronto',
  durationMinutes: 150,
};

/** What the sheet should print for the meeting's date and hours, computed here with Intl. */
function when(locale: string, data: SignInSheetData): string {
  const start = new Date(data.startsAt);
  const end = new Date(start.getTime() + data.durationMinutes * 60_000);
  const { timeZone } = data;
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone }).format(start);
  const hours = new Intl.DateTimeFormat(locale, {
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).formatRange(start, end);
  return `${day}, ${hours}`.replace(/[\u202F\u00A0\u2009]/g, ' ');
}

const rowsOf = (pdf: Buffer, height: number) =>
  pdf.toString('latin1').match(new RegExp(`\\s${height} re\\b`, 'g'))?.length ?? 0;

describe('renderSignInSheetPdf', () => {
  it('produces a compressed PDF by default', async () => {
    const pdf = await renderSignInSheetPdf(french);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain('/Filter /FlateDecode');
    expect(pdf.toString('latin1')).not.toMatch(/\] TJ/);
  });

  it('prints the French sheet: session, meeting, date and hours in Paris, place, roster and blank boxes', async () => {
    const pdf = await renderSignInSheetPdf(french, { compress: false });
    const lines = spacedLines(pdf);
    const text = prose(lines);

    expect(pageCount(pdf)).toBe(1);
    expect(lines).toContain('Feuille d’émargement — FLE A2 — hiver 2026');
    const expectedWhen = when('fr-FR', french);
    expect(expectedWhen).toBe('mardi 13 janvier 2026, 14:00 – 17:00 UTC+1');
    expect(lines).toContain(`Séance 3 sur 10 — ${expectedWhen} (3 h)`);
    expect(lines).toContain('Passerelle Lyon — Lieu : Salle 2, 12 rue Garibaldi — 8 participants inscrits');
    expect(text).not.toContain('Lien');
    for (const header of ['N°', 'Nom', 'Organisme', 'Arrivée', 'Départ', 'Signature'])
      expect(lines).toContain(header);
    french.participants.forEach((participant, i) => {
      const at = lines.indexOf(participant.name);
      expect(lines[at - 1]).toBe(String(i + 1));
      if (participant.organizationName) expect(lines[at + 1]).toBe(participant.organizationName);
    });
    // Six boxes per participant, 28 points high: room to sign.
    expect(rowsOf(pdf, 28)).toBe(6 * french.participants.length);
    expect(lines).toContain('Nombre de personnes présentes : ________');
    expect(lines).toContain('Nom et signature de la personne qui anime :');
    expect(lines).toContain('Établie le 12 janvier 2026 — page 1 sur 1');
    expect(pdf.toString('latin1')).toContain('/MediaBox [0 0 841.89 595.28]');
  });

  it('prints the English sheet in the meeting’s own time zone, with the video link, on landscape Letter', async () => {
    const pdf = await renderSignInSheetPdf(english, { compress: false });
    const lines = spacedLines(pdf);

    expect(lines).toContain('Sign-in sheet — Job interview workshop');
    const expectedWhen = when('en-US', english);
    expect(expectedWhen).toBe('Tuesday, January 13, 2026, 8:00 – 10:30 AM EST');
    expect(lines).toContain(`Meeting 3 of 10 — ${expectedWhen} (2 h 30 min)`);
    expect(lines).toContain(
      'Passerelle Newcomer Services — Link: https://meet.example.org/interviews — 8 participants enrolled',
    );
    for (const header of ['No.', 'Name', 'Organization', 'Arrival', 'Departure', 'Signature'])
      expect(lines).toContain(header);
    expect(lines).toContain('Facilitator’s name and signature:');
    expect(lines).toContain('Generated on January 12, 2026 — page 1 of 1');
    expect(pdf.toString('latin1')).toContain('/MediaBox [0 0 792 612]');
  });

  it('spreads 60 participants over several pages, repeating the heading and the table header', async () => {
    const data = { ...english, participants: participants(60) };
    const pdf = await renderSignInSheetPdf(data, { compress: false });
    const lines = spacedLines(pdf);
    const pages = pageCount(pdf);

    expect(pages).toBeGreaterThan(1);
    expect(lines.filter((line) => line === 'Sign-in sheet — Job interview workshop')).toHaveLength(pages);
    expect(lines.filter((line) => line.startsWith('Meeting 3 of 10 — '))).toHaveLength(pages);
    const tableHeaders = lines.filter((line) => line === 'Departure').length;
    expect(tableHeaders).toBeGreaterThan(1);
    expect(tableHeaders).toBeGreaterThanOrEqual(pages - 1);
    for (let page = 1; page <= pages; page++)
      expect(lines).toContain(`Generated on January 12, 2026 — page ${page} of ${pages}`);

    const roster = lines.filter((line) => /^Participant \d\d Diallo$/.test(line));
    expect(roster).toEqual(data.participants.map((p) => p.name));
    expect(rowsOf(pdf, 28)).toBe(6 * 60);
    expect(lines.filter((line) => line === 'Facilitator’s name and signature:')).toHaveLength(1);
    expect(lines.indexOf('Facilitator’s name and signature:')).toBeGreaterThan(lines.indexOf(roster.at(-1)!));
  });

  it('keeps a very long name inside its box, ending it with an ellipsis', async () => {
    const long = 'Maria Fernanda de los Ángeles Rodríguez-Villanueva y Castellanos de la Peña Torres Ibáñez';
    const data = { ...french, participants: [{ name: long, organizationName: null }, ...participants(2)] };
    const pdf = await renderSignInSheetPdf(data, { compress: false });
    const lines = spacedLines(pdf);
    expect(pageCount(pdf)).toBe(1);
    const start = lines.findIndex((line) => line.startsWith('Maria Fernanda'));
    const nameLines = lines.slice(start, lines.indexOf('2'));
    expect(nameLines.length).toBeLessThanOrEqual(2);
    expect(nameLines.at(-1)).toMatch(/…$/);
    expect(rowsOf(pdf, 28)).toBe(6 * 3);
  });

  it('sets the metadata from the data and gives the same bytes for the same data', async () => {
    const pdf = await renderSignInSheetPdf(french, { compress: false });
    expect(infoEntry(pdf, 'Title')).toBe('Feuille d’émargement — FLE A2 — hiver 2026 — Séance 3 sur 10');
    expect(infoEntry(pdf, 'Author')).toBe('Passerelle Lyon');
    expect(infoEntry(pdf, 'CreationDate')).toBe('D:20260112000000Z');
    expect((await renderSignInSheetPdf(french, { compress: false })).equals(pdf)).toBe(true);
    const later = await renderSignInSheetPdf({ ...french, generatedOn: '2026-01-13' }, { compress: false });
    expect(later.equals(pdf)).toBe(false);
  });

  it('prints the meeting’s local hours whatever the time zone of the server', async () => {
    const original = process.env.TZ;
    try {
      process.env.TZ = 'Asia/Tokyo';
      const lines = spacedLines(await renderSignInSheetPdf(french, { compress: false }));
      expect(lines).toContain('Séance 3 sur 10 — mardi 13 janvier 2026, 14:00 – 17:00 UTC+1 (3 h)');
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  });

  it('refuses an invalid start, duration or time zone', async () => {
    await expect(renderSignInSheetPdf({ ...french, startsAt: 'tomorrow' })).rejects.toThrow(RangeError);
    await expect(renderSignInSheetPdf({ ...french, durationMinutes: 0 })).rejects.toThrow(RangeError);
    await expect(renderSignInSheetPdf({ ...french, timeZone: 'Mars/Olympus' })).rejects.toThrow(RangeError);
  });
});
