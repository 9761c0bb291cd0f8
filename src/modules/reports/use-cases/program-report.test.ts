import { parse } from 'csv-parse/sync';
import { readSheet } from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { givenImpulseRRule, givenOutcomeProgram } from '../../../../test/support/outcome-program.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { fixedClock } from '../../../core/clock.js';
import { recordExit } from '../../outcomes/use-cases/record-exit.js';
import { createPerson } from '../../people/use-cases/create-person.js';
import { enrolPerson } from '../../programs/use-cases/enrol-person.js';
import { personEnrolments } from '../../programs/use-cases/person-enrolments.js';
import { setTargets } from '../../programs/use-cases/set-targets.js';
import { standardTemplates } from '../domain/standard-templates.js';
import { copyReportTemplate, deleteReportTemplate, updateReportTemplate } from './edit-templates.js';
import { listReportTemplates } from './list-templates.js';
import { programReport } from './program-report.js';
import { reportFile } from './report-file.js';
import { reportPeople } from './report-people.js';

let database: TestDatabase;
const clock = fixedClock('2026-11-20T09:00:00Z');
let deps: ReturnType<typeof testDeps>;
type Staff = Awaited<ReturnType<typeof givenStaff>>;
let counselor: Staff;
let coordinator: Staff;
let funder: Staff;
let outsider: Staff;
let programId: string;
const year = { from: '2026-01-01', to: '2026-12-31' };

async function enrolled(givenName: string, sex: 'female' | 'male' | null) {
  const personId = (
    await createPerson(deps)(counselor, {
      identity: {
        givenName,
        familyName: 'Rapport',
        referentUserId: counselor.actor.userId,
        ...(sex && { sex }),
        birthDate: '1990-04-01',
        nationality: 'SY',
      },
    })
  ).id;
  await enrolPerson(deps)(counselor, {
    programId,
    personId,
    enrolledOn: '2026-02-02',
    intake: { source: 'walk_in' },
  });
  const { items } = await personEnrolments(deps)(counselor, { personId });
  return { personId, enrolmentId: items[0]?.id as string };
}

beforeAll(async () => {
  database = await createTestDatabase();
  deps = testDeps(database, clock);
  const siae = await givenOrganization(database.db, { name: 'Chantier Bastide', timeZone: 'Europe/Paris' });
  const other = await givenOrganization(database.db, { name: 'Ailleurs' });
  counselor = await givenStaff(database.db, siae.id, 'counselor');
  coordinator = await givenStaff(database.db, siae.id, 'coordinator');
  funder = await givenStaff(database.db, siae.id, 'funder');
  outsider = await givenStaff(database.db, other.id, 'coordinator');
  programId = await givenOutcomeProgram(deps, siae.id);
  await givenImpulseRRule(deps, programId, '2026-01-01');
  await setTargets(deps)(coordinator, {
    programId,
    targets: [
      {
        memberOrganizationId: null,
        periodStart: '2026-01-01',
        periodEnd: '2026-12-31',
        targetCount: 20,
        unit: 'person',
      },
      {
        memberOrganizationId: null,
        periodStart: '2024-01-01',
        periodEnd: '2024-12-31',
        targetCount: 5,
        unit: 'person',
      },
    ],
  });
  // Fifteen people: twelve women and three of unrecorded sex; eleven hired on a CDI, three who
  // dropped out, one still enrolled.
  for (let i = 0; i < 15; i++) {
    const { enrolmentId } = await enrolled(`P${String(i).padStart(2, '0')}`, i < 12 ? 'female' : null);
    if (i < 11)
      await recordExit(deps)(counselor, {
        enrolmentId,
        outcome: 'permanent_contract',
        exitOn: '2026-06-30',
        evidence: { kind: 'declaration' },
      });
    else if (i < 14)
      await recordExit(deps)(counselor, {
        enrolmentId,
        outcome: 'dropped_out',
        exitOn: '2026-07-15',
        evidence: { kind: 'declaration' },
      });
  }
});
afterAll(() => database.close());

const sectionOf = (report: Awaited<ReturnType<ReturnType<typeof programReport>>>, indicator: string) =>
  report.sections.find((s) => s.indicator === indicator);

describe('a program report', () => {
  it('computes the steering template from the records for staff', async () => {
    const report = await programReport(deps)(coordinator, {
      programId,
      template: 'impulser_steering',
      ...year,
    });
    expect(report.audience).toBe('staff');
    expect(report.drillDown).toBe(true);
    expect(sectionOf(report, 'new_entries')?.total.value).toBe(15);
    expect(sectionOf(report, 'exits')?.total.value).toBe(14);
    expect(sectionOf(report, 'positive_exit_rate')?.total).toMatchObject({ numerator: 11, denominator: 14 });
    expect(sectionOf(report, 'people_accompanied')?.rows.map((r) => [r.category, r.cell.value])).toEqual([
      ['female', 12],
      ['unknown', 3],
    ]);
    // Only the target of the report's year, against the fifteen entered, behind a pace of 20 a year.
    expect(report.targets).toEqual([
      expect.objectContaining({ periodStart: '2026-01-01', target: 20, actual: 15, status: 'behind' }),
    ]);
    expect(report.indicators.find((i) => i.code === 'positive_exit_rate_after_entry')?.name.en).toBe(
      'Positive exit rate 18 months after entry',
    );
    // The 18-month mark of entries of February 2026 has not come: nobody in its denominator yet.
    expect(sectionOf(report, 'positive_exit_rate_after_entry')?.total).toMatchObject({
      value: null,
      denominator: 0,
    });
  });

  it('gives a funder the same figures where they are large enough, and no count between 1 and 9', async () => {
    const report = await programReport(deps)(funder, { programId, template: 'impulser_steering', ...year });
    expect(report.audience).toBe('funder');
    expect(report.drillDown).toBe(false);
    expect(sectionOf(report, 'new_entries')?.total.value).toBe(15);
    expect(sectionOf(report, 'positive_exit_rate')?.total.value).toBeCloseTo(11 / 14);
    const bySex = sectionOf(report, 'people_accompanied');
    // Three of unrecorded sex are hidden, and the women too: the total would give them away.
    expect(bySex?.rows.map((r) => r.cell.value)).toEqual([null, null]);
    for (const section of report.sections)
      for (const cell of [section.total, ...section.rows.map((r) => r.cell)])
        for (const count of [cell.numerator, section.indicator.includes('rate') ? null : cell.value])
          if (count !== null) expect(count === 0 || count >= 10).toBe(true);
  });

  it('refuses a program the reader takes no part in, and a template of another program', async () => {
    await expect(
      programReport(deps)(outsider, { programId, template: 'impulser_steering', ...year }),
    ).rejects.toMatchObject({ code: 'REPORT_PROGRAM_NOT_FOUND' });
    await expect(
      programReport(deps)(coordinator, {
        programId,
        template: '0190a0f0-0000-7000-8000-000000000000',
        ...year,
      }),
    ).rejects.toMatchObject({ code: 'REPORT_TEMPLATE_NOT_FOUND' });
    await expect(
      programReport(deps)(coordinator, {
        programId,
        template: 'impulser_steering',
        from: '2010-01-01',
        to: '2026-01-01',
      }),
    ).rejects.toMatchObject({ code: 'REPORT_PERIOD_INVALID' });
  });
});

describe('the people behind a figure', () => {
  it('lists them for staff, audited, and never for a funder', async () => {
    const report = await programReport(deps)(coordinator, {
      programId,
      template: 'impulser_steering',
      ...year,
    });
    const section = report.sections.findIndex((s) => s.indicator === 'positive_exit_rate');
    const { items } = await reportPeople(deps)(coordinator, {
      programId,
      template: 'impulser_steering',
      ...year,
      section,
    });
    expect(items).toHaveLength(11);
    const audited = await database.db
      .selectFrom('audit_events')
      .select('person_id')
      .where('action', '=', 'reports.people_read')
      .execute();
    expect(audited).toHaveLength(11);
    await expect(
      reportPeople(deps)(funder, { programId, template: 'impulser_steering', ...year, section }),
    ).rejects.toMatchObject({ code: 'REPORT_PROGRAM_NOT_FOUND' });
    const denominator = await reportPeople(deps)(coordinator, {
      programId,
      template: 'impulser_steering',
      ...year,
      section,
      part: 'denominator',
    });
    expect(denominator.items).toHaveLength(14);
  });

  it('lists the people behind a data-quality finding', async () => {
    const report = await programReport(deps)(coordinator, {
      programId,
      template: 'impulser_steering',
      ...year,
    });
    expect(report.dataQuality).toEqual(expect.arrayContaining([{ check: 'missing_sex', count: 3 }]));
    const { items } = await reportPeople(deps)(coordinator, {
      programId,
      template: 'impulser_steering',
      ...year,
      check: 'missing_sex',
    });
    expect(items.map((i) => i.displayName).sort()).toEqual(['P12 Rapport', 'P13 Rapport', 'P14 Rapport']);
    const funderView = await programReport(deps)(funder, {
      programId,
      template: 'impulser_steering',
      ...year,
    });
    expect(funderView.dataQuality).toEqual(expect.arrayContaining([{ check: 'missing_sex', count: null }]));
  });
});

describe('templates', () => {
  it('lets a coordinator copy a template, add a breakdown, and run the copy', async () => {
    const copy = await copyReportTemplate(deps)(coordinator, { programId, from: 'impulser_steering' });
    expect(copy).toMatchObject({ source: 'saved', version: 1, editable: true, basedOn: 'impulser_steering' });
    const definition = {
      ...copy.definition,
      sections: [
        ...copy.definition.sections,
        { indicator: 'exits', breakdown: 'member_organization' as const },
      ],
    };
    const saved = await updateReportTemplate(deps)(coordinator, {
      programId,
      template: copy.ref,
      version: 1,
      definition,
    });
    expect(saved.version).toBe(2);
    await expect(
      updateReportTemplate(deps)(coordinator, { programId, template: copy.ref, version: 1, definition }),
    ).rejects.toMatchObject({ code: 'REPORT_TEMPLATE_CHANGED' });
    const report = await programReport(deps)(coordinator, { programId, template: copy.ref, ...year });
    expect(report.sections.at(-1)?.rows).toHaveLength(1);
    const listed = await listReportTemplates(deps)(funder, { programId });
    expect(listed.items.find((t) => t.ref === copy.ref)).toMatchObject({ editable: false, version: 2 });
  });

  it('refuses a definition the catalogue does not know, a counselor, and a standard template, changing nothing', async () => {
    const copy = await copyReportTemplate(deps)(coordinator, { programId, from: 'ipr_annual' });
    await expect(
      updateReportTemplate(deps)(coordinator, {
        programId,
        template: copy.ref,
        version: 1,
        definition: {
          ...copy.definition,
          sections: [
            { indicator: 'no_such_indicator', breakdown: null },
            { indicator: 'fund_growth', breakdown: 'sex' },
          ],
        },
      }),
    ).rejects.toMatchObject({
      code: 'REPORT_DEFINITION_INVALID',
      details: {
        problems: [
          { section: 0, code: 'REPORT_UNKNOWN_INDICATOR' },
          { section: 1, code: 'REPORT_BREAKDOWN_NOT_ALLOWED' },
        ],
      },
    });
    await expect(
      copyReportTemplate(deps)(counselor, { programId, from: 'ipr_annual' }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      updateReportTemplate(deps)(coordinator, {
        programId,
        template: 'ipr_annual',
        version: 1,
        definition: copy.definition,
      }),
    ).rejects.toMatchObject({ code: 'REPORT_TEMPLATE_NOT_YOURS' });
    const rows = await database.db
      .selectFrom('report_templates')
      .select(['id', 'version'])
      .where('id', '=', copy.ref)
      .execute();
    expect(rows).toEqual([{ id: copy.ref, version: 1 }]);
    await deleteReportTemplate(deps)(coordinator, { programId, template: copy.ref });
    await expect(
      programReport(deps)(coordinator, { programId, template: copy.ref, ...year }),
    ).rejects.toMatchObject({ code: 'REPORT_TEMPLATE_NOT_FOUND' });
  });
});

describe('files', () => {
  it('writes an XLSX whose cells are the figures on screen, and a CSV of every row', async () => {
    const report = await programReport(deps)(coordinator, {
      programId,
      template: 'impulser_steering',
      ...year,
    });
    const xlsx = await reportFile(deps)(coordinator, {
      programId,
      template: 'impulser_steering',
      ...year,
      format: 'xlsx',
      lang: 'en',
    });
    const index = report.sections.findIndex((s) => s.indicator === 'positive_exit_rate');
    // The cover, the targets, then one sheet per section.
    const sheet = (await readSheet(xlsx.body as Buffer, index + 3)) as unknown[][];
    const targets = (await readSheet(xlsx.body as Buffer, 2)) as unknown[][];
    expect(targets[1]?.slice(0, 5)).toEqual([
      'Total',
      new Date('2026-01-01T00:00:00Z'),
      new Date('2026-12-31T00:00:00Z'),
      20,
      15,
    ]);
    expect(sheet[0]?.slice(0, 4)).toEqual(['Category', 'Positive exit rate', 'Numerator', 'Denominator']);
    expect(sheet[1]?.slice(0, 4)).toEqual(['Total', 11 / 14, 11, 14]);
    const cover = (await readSheet(xlsx.body as Buffer, 1)) as unknown[][];
    expect(cover).toEqual(
      expect.arrayContaining([
        ['From', '2026-01-01'],
        ['Data as of', '2026-11-20'],
      ]),
    );

    const csv = await reportFile(deps)(funder, {
      programId,
      template: 'impulser_steering',
      ...year,
      format: 'csv',
      lang: 'fr',
    });
    const rows = parse((csv.body as Buffer).toString('utf8'), { bom: true }) as string[][];
    expect(rows[0]).toEqual([
      '#',
      'Indicateur',
      'Ventilation',
      'Catégorie',
      'Valeur',
      'Numérateur',
      'Dénominateur',
      '',
    ]);
    const bySex = rows.filter((r) => r[1] === 'Personnes accompagnées');
    expect(bySex.map((r) => [r[3], r[4], r[7]])).toEqual([
      ['Total', '15', ''],
      ['Femme', '', 'Masqué (petit effectif)'],
      ['Non renseigné', '', 'Masqué (petit effectif)'],
    ]);
    const files = await database.db
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'reports.file')
      .execute();
    expect(files).toHaveLength(2);
  });
});

describe('every standard template', () => {
  it.each(standardTemplates.map((t) => t.key))(
    '%s: its XLSX holds the figures on screen, section by section and category by category',
    async (template) => {
      const report = await programReport(deps)(coordinator, { programId, template, ...year });
      const xlsx = await reportFile(deps)(coordinator, { programId, template, ...year, format: 'xlsx' });
      const firstSection = report.targets.length > 0 ? 3 : 2;
      for (const [index, section] of report.sections.entries()) {
        const sheet = (await readSheet(xlsx.body as Buffer, firstSection + index)) as unknown[][];
        const values = sheet.slice(1).map((row) => row[1] ?? null);
        const expected = [section.total, ...section.rows.map((r) => r.cell)].map((cell) => {
          const unit = report.indicators.find((i) => i.code === section.indicator)?.unit;
          // Money cells hold the currency's units.
          return cell.value === null ? null : unit === 'amount_cents' ? cell.value / 100 : cell.value;
        });
        expect(values, `${template} section ${index} (${section.indicator})`).toEqual(expected);
      }
    },
  );
});
