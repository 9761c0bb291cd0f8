import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawnLines, pageCount, textLines, usedFonts } from '../../../../test/support/pdf-text.js';
import { givenReportScene, type ReportScene } from '../../../../test/support/reports-files-matrix.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { fixedClock } from '../../../core/clock.js';
import { breakdownLabels, categoryLabel } from '../domain/category-labels.js';
import { programReport } from '../use-cases/program-report.js';
import { reportFile } from '../use-cases/report-file.js';
import { type PdfReport, renderReportPdf } from './report-pdf.js';
import { formatCount, formatFigure } from './report-pdf-format.js';
import { pdfWords } from './report-pdf-words.js';

let database: TestDatabase;
let deps: ReturnType<typeof testDeps>;
let scene: ReportScene;
const year = { from: '2026-01-01', to: '2026-12-31' };

beforeAll(async () => {
  database = await createTestDatabase();
  deps = testDeps(database, fixedClock('2026-11-20T09:00:00Z'));
  scene = await givenReportScene(database, deps);
});
afterAll(() => database.close());

/** Intl's no-break spaces (kept in the PDF) read as spaces. */
const spaced = (text: string) => text.replace(/[\u202F\u00A0\u2009]/g, ' ');

type Report = Awaited<ReturnType<ReturnType<typeof programReport>>>;

/**
 * Checks that the PDF prints every figure of the on-screen report: each section's title and total, and
 * for each category its value (in the table and beside its bar) and its counts.
 */
function expectSameFigures(pdf: Buffer, report: Report, language: 'fr' | 'en') {
  const w = pdfWords[language];
  const lines = textLines(pdf).map(spaced);
  const drawn = drawnLines(pdf).map(spaced);
  const names = new Map(report.organizations.map((o) => [o.id, o.name]));
  report.sections.forEach((section, index) => {
    const indicator = report.indicators.find((i) => i.code === section.indicator)!;
    const breakdown = section.breakdown ? ` — ${breakdownLabels[section.breakdown][language]}` : '';
    expect(lines).toContain(`${index + 1}. ${indicator.name[language]}${breakdown}`);
    const total = spaced(formatFigure(section.total, indicator.unit, language));
    expect(lines.some((l) => l.startsWith(`${w.total}${w.colon} ${total}`))).toBe(true);
    for (const row of section.rows) {
      const label = categoryLabel(section.breakdown!, row.category, language, names);
      const value = spaced(formatFigure(row.cell, indicator.unit, language));
      const at = drawn.flatMap((text, i) => (text === label ? [i] : []));
      // Once in the table (value, numerator, denominator follow), once beside its bar.
      expect(at.length).toBe(2);
      for (const i of at) expect(drawn[i + 1]).toBe(value);
      if (!row.cell.suppressed && row.cell.numerator !== null)
        expect(drawn[at[0]! + 2]).toBe(spaced(formatCount(row.cell.numerator, language)));
    }
  });
}

describe('a report as a PDF', () => {
  it('prints for staff, in French, the figures of the screen: cover, sections, bars and data quality', async () => {
    const report = await programReport(deps)(scene.coordinator, {
      programId: scene.programId,
      template: 'impulser_steering',
      ...year,
    });
    const file = await reportFile(deps)(scene.coordinator, {
      programId: scene.programId,
      template: 'impulser_steering',
      ...year,
      format: 'pdf',
      lang: 'fr',
    });
    expect(file.filename.endsWith('.pdf')).toBe(true);
    expect(file.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expectSameFigures(file.body, report, 'fr');
    const lines = textLines(file.body).map(spaced);
    expect(lines).toContain('Total : 15');
    expect(lines).toContain('Total : 78,6 % (11 / 14)');
    expect(lines).toContain('Période : du 1 janvier 2026 au 31 décembre 2026');
    expect(lines).toContain('Données au : 20 novembre 2026');
    expect(lines).toContain('Unité de compte : personnes');
    expect(lines).toContain('Lecture : équipe (tous les chiffres)');
    expect(lines).toContain('Qualité des données');
    expect(lines).toContain('Sexe non renseigné : 3');
    // The counting rule in small print under each title.
    const rule = report.indicators.find((i) => i.code === 'new_entries')!.countingRule.fr;
    expect(spaced(lines.join(' ').replace(/\s+/g, ' '))).toContain(spaced(rule).replace(/\s+/g, ' '));
    // Bars drawn as vector rectangles, filled in the chart's colour.
    expect(file.body.length).toBeGreaterThan(1000);
    expect(pageCount(file.body)).toBeGreaterThanOrEqual(2);
    expect(usedFonts(file.body).every((f) => f.embedded)).toBe(true);
  });

  it('prints for staff, in English, the same figures in English words', async () => {
    const report = await programReport(deps)(scene.director, {
      programId: scene.programId,
      template: 'impulser_steering',
      ...year,
    });
    const file = await reportFile(deps)(scene.director, {
      programId: scene.programId,
      template: 'impulser_steering',
      ...year,
      format: 'pdf',
      lang: 'en',
    });
    expectSameFigures(file.body, report, 'en');
    const lines = textLines(file.body).map(spaced);
    expect(lines).toContain('Total: 78.6% (11 / 14)');
    expect(lines).toContain('Period: January 1, 2026 to December 31, 2026');
    expect(lines).toContain('Sex not recorded: 3');
  });

  it.each(['fr', 'en'] as const)(
    'prints for a funder (%s) what the funder reads: small groups hidden in words',
    async (lang) => {
      const report = await programReport(deps)(scene.funder, {
        programId: scene.programId,
        template: 'impulser_steering',
        ...year,
      });
      const file = await reportFile(deps)(scene.funder, {
        programId: scene.programId,
        template: 'impulser_steering',
        ...year,
        format: 'pdf',
        lang,
      });
      expectSameFigures(file.body, report, lang);
      const drawn = drawnLines(file.body).map(spaced);
      const hidden = lang === 'fr' ? 'masqué (petit effectif)' : 'hidden (small group)';
      // Women and people of unrecorded sex: each hidden in the table and beside its (missing) bar.
      expect(drawn.filter((t) => t === hidden).length).toBeGreaterThanOrEqual(4);
      // The three people of unrecorded sex appear nowhere as a count, nor in the data-quality part.
      const lines = textLines(file.body).map(spaced);
      expect(lines).toContain(
        lang === 'fr'
          ? 'Sexe non renseigné : masqué (petit effectif)'
          : 'Sex not recorded: hidden (small group)',
      );
      expect(lines).toContain(
        lang === 'fr'
          ? 'Lecture : financeur (petits effectifs masqués)'
          : 'Read as: funder (small groups hidden)',
      );
    },
  );

  it('prints member organizations named in any script, and bars only for the categories shown', async () => {
    const report: PdfReport = {
      program: { nameFr: 'Programme régional', nameEn: 'Regional program' },
      template: {
        definition: {
          name: { fr: 'Rapport annuel', en: 'Annual report' },
          audience: { fr: 'Région', en: 'Region' },
        },
      },
      period: { from: '2026-01-01', to: '2026-12-31' },
      asOf: '2026-12-31',
      countingUnit: 'household',
      audience: 'staff',
      fund: null,
      organizations: [
        { id: 'a', name: 'جمعية الأمل' },
        { id: 'b', name: 'Ağaoğlu Derneği' },
        { id: 'c', name: 'ማህበር ተስፋ' },
      ],
      indicators: [
        {
          code: 'new_entries',
          name: { fr: 'Entrées', en: 'New entries' },
          unit: 'units',
          countingRule: { fr: 'Entrées de la période.', en: 'Entries in the period.' },
        },
      ],
      sections: [
        {
          indicator: 'new_entries',
          breakdown: 'member_organization',
          available: true,
          total: { value: 42, numerator: null, denominator: null, suppressed: false },
          rows: [
            { category: 'a', cell: { value: 30, numerator: null, denominator: null, suppressed: false } },
            { category: 'b', cell: { value: 12, numerator: null, denominator: null, suppressed: false } },
            { category: 'c', cell: { value: null, numerator: null, denominator: null, suppressed: true } },
          ],
        },
      ],
      targets: [
        {
          organizationName: null,
          periodStart: '2026-01-01',
          periodEnd: '2026-12-31',
          target: 120,
          actual: 42,
          expectedToDate: 110,
          projection: 45.8,
          status: 'behind',
          suppressed: false,
        },
        {
          organizationName: 'ማህበር ተስፋ',
          periodStart: '2026-01-01',
          periodEnd: '2026-12-31',
          target: 20,
          actual: null,
          expectedToDate: 18.3,
          projection: null,
          status: 'behind',
          suppressed: true,
        },
      ],
      dataQuality: [],
    };
    const pdf = await renderReportPdf(report, 'en', { compress: false });
    const cells = drawnLines(pdf);
    const targetsAt = cells.indexOf('Targets');
    expect(cells.slice(targetsAt + 8, targetsAt + 15)).toEqual([
      'Whole program',
      '2026-01-01 – 2026-12-31',
      '120',
      '42',
      '110',
      '46',
      'Behind',
    ]);
    expect(cells.slice(targetsAt + 16, targetsAt + 21)).toEqual([
      '2026-01-01 – 2026-12-31',
      '20',
      'hidden (small group)',
      '18',
      'Behind',
    ]);
    const lines = textLines(pdf);
    // On the cover, in the table and beside its bar (and the Ge'ez one among the targets).
    for (const name of ['جمعية الأمل', 'Ağaoğlu Derneği', 'ማህበር ተስፋ'])
      expect(lines.filter((l) => l.includes(name)).length).toBe(name === 'ማህበር ተስፋ' ? 4 : 3);
    expect(lines).toContain('Nothing to report.');
    expect(lines).toContain('Counting unit: households');
    // Two bars (the hidden category has none) over three grey tracks, plus the table's cells.
    const raw = pdf.toString('latin1');
    const blue = raw.match(/0\.18431\d* 0\.41960\d* 0\.60392\d* scn/g)?.length ?? 0;
    expect(blue).toBe(2);
  });
});
