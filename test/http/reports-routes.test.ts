import { parse } from 'csv-parse/sync';
import { readSheet } from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/core/auth/actor.js';
import { addExitRuleVersion } from '../../src/modules/outcomes/use-cases/exit-rules.js';
import { recordExit } from '../../src/modules/outcomes/use-cases/record-exit.js';
import { createPerson } from '../../src/modules/people/use-cases/create-person.js';
import { createProgram } from '../../src/modules/programs/use-cases/create-program.js';
import { enrolPerson } from '../../src/modules/programs/use-cases/enrol-person.js';
import { personEnrolments } from '../../src/modules/programs/use-cases/person-enrolments.js';
import { createSessionType } from '../../src/modules/sessions/use-cases/create-session-type.js';
import { enrolParticipant } from '../../src/modules/sessions/use-cases/enrol-participant.js';
import { getSeries } from '../../src/modules/sessions/use-cases/get-series.js';
import { planSeries } from '../../src/modules/sessions/use-cases/plan-series.js';
import { recordRollCall } from '../../src/modules/sessions/use-cases/record-roll-call.js';
import { givenConsortium, givenOrganization, givenSession, givenStaff } from '../support/fixtures.js';
import { givenOutcomeProgram } from '../support/outcome-program.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * Funder reports over HTTP: the files' media types and names, a funder's files and figures with no
 * count under ten, a funder refused every way of reaching the people behind a figure, each run and
 * download audited, a stale save refused without a change, a definition's problems by section, and
 * messages in the reader's language.
 */
let t: TestApp;
type Session = { cookies: Record<string, string>; headers: Record<string, string> };
let coordinator: Session;
let coordinatorFr: Session;
let funder: Session;
let funderFr: Session;
let programId: string;
let coordinatorUserId: string;
type Member = Awaited<ReturnType<typeof givenStaff>>;
let counselorMember: Member;
let organizationId: string;
let coordinatorMember: Member;
/** People by given name (R00…R14). */
const people = new Map<string, string>();
const year = 'from=2026-01-01&to=2026-12-31';

const send = (as: Session, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown) =>
  t.app.inject({
    method,
    url,
    cookies: as.cookies,
    headers: as.headers,
    ...(payload === undefined ? {} : { payload: payload as object }),
  });

const audited = (action: string) =>
  t.database.db
    .selectFrom('audit_events')
    .select(['actor_user_id', 'resource_id', 'details', 'person_id'])
    .where('action', '=', action)
    // Insertion order: without it the server engine may return rows in any order.
    .orderBy('inserted_seq')
    .execute();

/** Every cell of a funder's file that is a whole count: none may be between 1 and 9. */
const smallCounts = (cells: readonly unknown[]) =>
  cells.filter((cell) => {
    const n = typeof cell === 'number' ? cell : typeof cell === 'string' && cell !== '' ? Number(cell) : NaN;
    return Number.isInteger(n) && n >= 1 && n <= 9;
  });

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const plie = await givenOrganization(db, { name: 'PLIE des Graves', timeZone: 'Europe/Paris' });
  organizationId = plie.id;
  const staff = async (role: Parameters<typeof givenStaff>[2], locale: 'fr' | 'en') => {
    const member = await givenStaff(db, plie.id, role, { locale });
    return { member, session: await givenSession(db, member.actor.userId, plie.id) };
  };
  const counselor = (await staff('counselor', 'en')).member;
  counselorMember = counselor;
  const coordinatorEn = await staff('coordinator', 'en');
  coordinator = coordinatorEn.session;
  coordinatorUserId = coordinatorEn.member.actor.userId;
  coordinatorMember = coordinatorEn.member;
  coordinatorFr = (await staff('coordinator', 'fr')).session;
  funder = (await staff('funder', 'en')).session;
  funderFr = (await staff('funder', 'fr')).session;
  programId = await givenOutcomeProgram(t.deps, plie.id);
  await addExitRuleVersion(t.deps)(systemContext(), {
    programId,
    effectiveFrom: '2026-01-01',
    positiveOutcomes: ['permanent_contract', 'fixed_term_contract', 'qualifying_training'],
    fixedTermMinimumMonths: 6,
    fixedTermComparison: 'more_than',
    exclusions: ['deceased', 'moved_abroad', 'long_illness'],
    requireQualificationLevel: false,
    requireCredential: false,
    countingUnit: 'person',
    measuredMonthsAfterEntry: 18,
    followUpMonths: [3, 6, 12, 18],
    unreachableAfterAttempts: 3,
  });
  // Fifteen people: twelve women and three of unrecorded sex (a small group), eleven hired on a CDI,
  // three who dropped out, one still enrolled.
  for (let i = 0; i < 15; i++) {
    const givenName = `R${String(i).padStart(2, '0')}`;
    const personId = (
      await createPerson(t.deps)(counselor, {
        identity: {
          givenName,
          familyName: 'Rapport',
          birthDate: '1990-04-01',
          nationality: 'SY',
          ...(i < 12 && { sex: 'female' as const }),
        },
      })
    ).id;
    people.set(givenName, personId);
    await enrolPerson(t.deps)(counselor, {
      programId,
      personId,
      enrolledOn: '2026-02-02',
      intake: { source: 'walk_in' },
    });
    const enrolmentId = (await personEnrolments(t.deps)(counselor, { personId })).items[0]?.id as string;
    if (i < 14)
      await recordExit(t.deps)(counselor, {
        enrolmentId,
        outcome: i < 11 ? 'permanent_contract' : 'dropped_out',
        exitOn: i < 11 ? '2026-06-30' : '2026-07-15',
        evidence: { kind: 'declaration' },
      });
  }
});
afterAll(() => t.close());

describe('report files over HTTP', () => {
  it('answers the XLSX media type with an attachment name, and a workbook of the figures', async () => {
    const response = await send(
      coordinator,
      'GET',
      `/api/programs/${programId}/reports/impulser_steering/file?${year}&format=xlsx&lang=en`,
    );
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="[^"]+\.xlsx"$/);
    expect(response.headers['content-disposition']).toContain('2026-01-01_2026-12-31');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');
    const cover = (await readSheet(response.rawPayload, 1)) as unknown[][];
    expect(cover).toEqual(expect.arrayContaining([['From', '2026-01-01']]));
  });

  it('answers the CSV as text/csv starting with a byte-order mark, in the language asked', async () => {
    const response = await send(
      coordinator,
      'GET',
      `/api/programs/${programId}/reports/impulser_steering/file?${year}&format=csv&lang=fr`,
    );
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="[^"]+\.csv"$/);
    expect([...response.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(response.rawPayload.toString('utf8'), { bom: true }) as string[][];
    expect(rows[0]?.slice(0, 4)).toEqual(['#', 'Indicateur', 'Ventilation', 'Catégorie']);
    // Staff read the small group: the scene does have a count under ten.
    const bySex = rows.filter((r) => r[1] === 'Personnes accompagnées');
    expect(bySex.map((r) => [r[3], r[4]])).toEqual([
      ['Total', '15'],
      ['Femme', '12'],
      ['Non renseigné', '3'],
    ]);
  });

  it('answers the PDF as application/pdf with an attachment name', async () => {
    const response = await send(
      funder,
      'GET',
      `/api/programs/${programId}/reports/impulser_steering/file?${year}&format=pdf`,
    );
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/pdf/);
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="[^"]+\.pdf"$/);
    expect(response.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});

describe('what a funder reads', () => {
  it('holds no count between 1 and 9 in the CSV, the XLSX or the report itself', async () => {
    const base = `/api/programs/${programId}/reports/impulser_steering`;
    const csv = await send(funder, 'GET', `${base}/file?${year}&format=csv&lang=fr`);
    expect(csv.statusCode, csv.body).toBe(200);
    const rows = parse(csv.rawPayload.toString('utf8'), { bom: true }) as string[][];
    // Value, numerator and denominator (the first column is the section's number).
    expect(smallCounts(rows.slice(1).flatMap((r) => r.slice(4, 7)))).toEqual([]);
    const hidden = rows.filter((r) => r[1] === 'Personnes accompagnées' && r[3] !== 'Total');
    expect(hidden.map((r) => [r[4], r[7]])).toEqual([
      ['', 'Masqué (petit effectif)'],
      ['', 'Masqué (petit effectif)'],
    ]);

    const xlsx = await send(funder, 'GET', `${base}/file?${year}&format=xlsx&lang=en`);
    // The same sheet read by staff has the small group: the check below would see it.
    const staffXlsx = await send(coordinator, 'GET', `${base}/file?${year}&format=xlsx&lang=en`);
    const staffBySex = ((await readSheet(staffXlsx.rawPayload, 3)) as unknown[][])
      .slice(1)
      .flatMap((r) => r.slice(1, 4));
    expect(smallCounts(staffBySex)).toEqual([3]);
    expect(xlsx.statusCode).toBe(200);
    const report = (await send(funder, 'GET', `${base}?${year}`)).json();
    for (let sheet = 2; sheet <= report.sections.length + 1; sheet++) {
      const cells = ((await readSheet(xlsx.rawPayload, sheet)) as unknown[][])
        .slice(1)
        .flatMap((r) => r.slice(1, 4));
      expect(smallCounts(cells), `sheet ${sheet}`).toEqual([]);
    }

    expect(report.audience).toBe('funder');
    expect(report.drillDown).toBe(false);
    for (const section of report.sections)
      for (const cell of [section.total, ...section.rows.map((r: { cell: unknown }) => r.cell)]) {
        const { value, numerator, denominator } = cell as Record<string, number | null>;
        const counts = [numerator, denominator, Number.isInteger(value) ? value : null];
        expect(smallCounts(counts), section.indicator).toEqual([]);
      }
    for (const finding of report.dataQuality)
      expect(finding.count === null || finding.count >= 10, finding.check).toBe(true);
    expect(report.dataQuality).toEqual(expect.arrayContaining([{ check: 'missing_sex', count: null }]));
  });

  it('gets 404 on every way of asking for the people behind a figure, and nobody is read', async () => {
    const base = `/api/programs/${programId}/reports/impulser_steering/people?${year}`;
    const variants = [
      `${base}&section=0`,
      `${base}&section=1&category=female`,
      `${base}&section=1&category=unknown`,
      `${base}&section=3&part=denominator`,
      `${base}&section=3&part=value`,
      `${base}&check=missing_sex`,
      `${base}&check=follow_up_overdue`,
    ];
    const before = (await audited('reports.people_read')).length;
    for (const url of variants) {
      const refused = await send(funder, 'GET', url);
      expect(refused.statusCode, url).toBe(404);
      expect(refused.json().code, url).toBe('REPORT_PROGRAM_NOT_FOUND');
      expect(refused.body).not.toContain('Rapport');
    }
    expect((await audited('reports.people_read')).length).toBe(before);
    // The same questions are answered to staff who see files: the refusal is the funder's.
    for (const url of variants.slice(0, 6)) {
      const answered = await send(coordinator, 'GET', url);
      expect(answered.statusCode, `${url} ${answered.body}`).toBe(200);
    }
    const unknownSex = (await send(coordinator, 'GET', `${base}&section=1&category=unknown`)).json();
    expect(unknownSex.items.map((i: { displayName: string }) => i.displayName)).toEqual([
      'R12 Rapport',
      'R13 Rapport',
      'R14 Rapport',
    ]);
  });
});

describe('audit', () => {
  it('records each report run and each file download, with the reader, the program and the format', async () => {
    const base = `/api/programs/${programId}/reports/ipr_annual`;
    const [runs, files] = [(await audited('reports.run')).length, (await audited('reports.file')).length];
    expect((await send(coordinator, 'GET', `${base}?${year}`)).statusCode).toBe(200);
    expect((await send(coordinator, 'GET', `${base}/file?${year}&format=csv`)).statusCode).toBe(200);
    expect((await send(coordinator, 'GET', `${base}/file?${year}&format=xlsx`)).statusCode).toBe(200);
    const run = await audited('reports.run');
    const file = await audited('reports.file');
    expect(run).toHaveLength(runs + 1);
    expect(file).toHaveLength(files + 2);
    expect(run.at(-1)).toMatchObject({
      actor_user_id: coordinatorUserId,
      resource_id: programId,
      person_id: null,
      details: { template: 'ipr_annual', from: '2026-01-01', to: '2026-12-31' },
    });
    expect(file.slice(-2).map((f) => (f.details as { format: string }).format)).toEqual(['csv', 'xlsx']);
    expect(file.at(-1)).toMatchObject({ actor_user_id: coordinatorUserId, resource_id: programId });
    // A refused request is not a read: nothing recorded.
    expect((await send(coordinator, 'GET', `${base}?from=2010-01-01&to=2026-01-01`)).statusCode).toBe(400);
    expect(await audited('reports.run')).toHaveLength(runs + 1);
  });
});

describe('saving a template', () => {
  it('refuses a stale version with 409 REPORT_TEMPLATE_CHANGED and changes nothing', async () => {
    const copy = await send(coordinator, 'POST', `/api/programs/${programId}/report-templates`, {
      from: 'impulser_steering',
    });
    expect(copy.statusCode, copy.body).toBe(201);
    const { ref, definition } = copy.json();
    const url = `/api/programs/${programId}/report-templates/${ref}`;
    const added = {
      ...definition,
      sections: [...definition.sections, { indicator: 'exits', breakdown: 'sex' }],
    };
    const saved = await send(coordinator, 'PUT', url, { version: 1, definition: added });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().version).toBe(2);
    const row = () =>
      t.database.db
        .selectFrom('report_templates')
        .select(['version', 'definition', 'updated_at'])
        .where('id', '=', ref)
        .executeTakeFirstOrThrow();
    const before = await row();
    const updates = (await audited('reports.template_updated')).length;

    const stale = await send(coordinator, 'PUT', url, {
      version: 1,
      definition: { ...definition, name: { fr: 'Écrasé', en: 'Overwritten' } },
    });
    expect(stale.statusCode, stale.body).toBe(409);
    expect(stale.json()).toMatchObject({
      code: 'REPORT_TEMPLATE_CHANGED',
      message: 'Someone saved this template meanwhile. Reload it, then make your change again.',
    });
    const staleFr = await send(coordinatorFr, 'PUT', url, { version: 1, definition });
    expect(staleFr.statusCode).toBe(409);
    expect(staleFr.json().message).toBe(
      "Quelqu'un a enregistré ce modèle entre-temps. Rechargez-le, puis refaites votre modification.",
    );
    expect(await row()).toEqual(before);
    expect(await audited('reports.template_updated')).toHaveLength(updates);
    const listed = (await send(coordinator, 'GET', `/api/programs/${programId}/report-templates`)).json();
    expect(listed.items.find((i: { ref: string }) => i.ref === ref)).toMatchObject({
      version: 2,
      definition: { name: definition.name },
    });
  });

  it('answers REPORT_DEFINITION_INVALID with the problems by section index, in the reader’s language', async () => {
    const copy = await send(coordinatorFr, 'POST', `/api/programs/${programId}/report-templates`, {
      from: 'ipr_annual',
      name: { fr: 'Bilan annuel', en: 'Annual review' },
    });
    expect(copy.statusCode, copy.body).toBe(201);
    const { ref, definition } = copy.json();
    const body = {
      version: 1,
      definition: {
        ...definition,
        sections: [
          { indicator: 'new_entries', breakdown: 'sex' },
          { indicator: 'no_such_indicator', breakdown: null },
          { indicator: 'exits', breakdown: null },
          { indicator: 'fund_growth', breakdown: 'sex' },
        ],
      },
    };
    const url = `/api/programs/${programId}/report-templates/${ref}`;
    const refusedFr = await send(coordinatorFr, 'PUT', url, body);
    expect(refusedFr.statusCode, refusedFr.body).toBe(400);
    expect(refusedFr.json()).toMatchObject({
      code: 'REPORT_DEFINITION_INVALID',
      details: {
        problems: [
          { section: 1, code: 'REPORT_UNKNOWN_INDICATOR', indicator: 'no_such_indicator' },
          { section: 3, code: 'REPORT_BREAKDOWN_NOT_ALLOWED', indicator: 'fund_growth', breakdown: 'sex' },
        ],
      },
    });
    expect(refusedFr.json().details.problems).toHaveLength(2);
    expect(refusedFr.json().message).toMatch(/^Certaines sections du rapport nomment un indicateur/);
    const refusedEn = await send(coordinator, 'PUT', url, body);
    expect(refusedEn.json().message).toMatch(/^Some sections of the report name an indicator/);
    const stored = await t.database.db
      .selectFrom('report_templates')
      .select('version')
      .where('id', '=', ref)
      .executeTakeFirstOrThrow();
    expect(stored.version).toBe(1);
  });

  it('tells a French-speaking funder, in French, that the people behind a figure are not found and that copying is not theirs', async () => {
    const people = await send(
      funderFr,
      'GET',
      `/api/programs/${programId}/reports/impulser_steering/people?${year}&section=0`,
    );
    expect(people.statusCode).toBe(404);
    expect(people.json().message).toBe("Ce programme n'existe pas ou votre structure n'y participe pas.");
    const copy = await send(funderFr, 'POST', `/api/programs/${programId}/report-templates`, {
      from: 'ipr_annual',
    });
    expect(copy.statusCode).toBe(403);
    expect(copy.json().code).toBe('FORBIDDEN');
    expect(copy.json().message).toBe(
      'Votre rôle ne permet pas cette action. Demandez à un administrateur de votre structure si vous en avez besoin.',
    );
  });
});

describe('hours of a small group, as a funder reads them', () => {
  let copyRef = '';

  beforeAll(async () => {
    // One hour of a workshop of the program, attended by one woman and one person of unrecorded sex.
    const sessionTypeId = (
      await createSessionType(t.deps)(coordinatorMember, {
        code: 'ATELIER',
        nameFr: 'Atelier CV',
        nameEn: 'CV workshop',
        kind: 'workshop',
        audience: 'beneficiaries',
        language: 'fr',
        durationMinutes: 60,
        mode: 'in_person',
      })
    ).id;
    const seriesId = (
      await planSeries(t.deps)(coordinatorMember, {
        sessionTypeId,
        programId,
        title: 'Atelier CV',
        capacity: 10,
        meetings: [{ startsAt: '2026-03-02T09:00:00Z' }],
      })
    ).id;
    const marks = [];
    for (const name of ['R00', 'R12'])
      marks.push({
        enrolmentId: (
          await enrolParticipant(t.deps)(counselorMember, { seriesId, personId: people.get(name) as string })
        ).id,
        mark: 'present' as const,
      });
    const [meetingId] = (await getSeries(t.deps)(coordinatorMember, { seriesId })).meetingsList.map(
      (m) => m.id,
    );
    await recordRollCall(t.deps)(counselorMember, { meetingId: meetingId as string, marks });
    const copy = await send(coordinator, 'POST', `/api/programs/${programId}/report-templates`, {
      from: 'impulser_steering',
    });
    copyRef = copy.json().ref;
    const definition = {
      ...copy.json().definition,
      sections: [{ indicator: 'training_hours', breakdown: 'sex' }],
    };
    const saved = await send(coordinator, 'PUT', `/api/programs/${programId}/report-templates/${copyRef}`, {
      version: 1,
      definition,
    });
    expect(saved.statusCode, saved.body).toBe(200);
  });

  it('shows staff the hours of each group, and hides from a funder a sum of hours made of fewer than ten people', async () => {
    const url = `/api/programs/${programId}/reports/${copyRef}?${year}`;
    const staffView = (await send(coordinator, 'GET', url)).json();
    expect(staffView.sections[0].total.value).toBe(2);
    expect(
      staffView.sections[0].rows.map((r: { category: string; cell: { value: number } }) => [
        r.category,
        r.cell.value,
      ]),
    ).toEqual([
      ['female', 1],
      ['unknown', 1],
    ]);
    const funderView = await send(funder, 'GET', url);
    expect(funderView.statusCode).toBe(200);
    const section = funderView.json().sections[0];
    expect(section.total).toMatchObject({ value: null, suppressed: true });
    for (const row of section.rows) expect(row.cell).toMatchObject({ value: null, suppressed: true });
  });
});

describe('targets in a funder’s report', () => {
  it('shows a funder a target’s actual only when the sections would show that count', async () => {
    const smallProgram = await givenOutcomeProgram(t.deps, organizationId, {
      code: 'PETIT',
      nameFr: 'Petit programme',
      nameEn: 'Small program',
    });
    for (const givenName of ['S01', 'S02', 'S03']) {
      const personId = (
        await createPerson(t.deps)(counselorMember, { identity: { givenName, familyName: 'Cible' } })
      ).id;
      await enrolPerson(t.deps)(counselorMember, {
        programId: smallProgram,
        personId,
        enrolledOn: '2026-02-02',
        intake: { source: 'walk_in' },
      });
    }
    const targets = await send(coordinator, 'PUT', `/api/programs/${smallProgram}/targets`, {
      targets: [
        {
          memberOrganizationId: null,
          periodStart: '2026-01-01',
          periodEnd: '2026-12-31',
          targetCount: 40,
          unit: 'person',
        },
      ],
    });
    expect(targets.statusCode, targets.body).toBe(200);
    const report = await send(
      funder,
      'GET',
      `/api/programs/${smallProgram}/reports/impulser_steering?${year}`,
    );
    expect(report.statusCode, report.body).toBe(200);
    const newEntries = report
      .json()
      .sections.find((s: { indicator: string }) => s.indicator === 'new_entries');
    // Three new entries: hidden from the funder in the section…
    expect(newEntries.total).toMatchObject({ value: null, suppressed: true });
    // …and in the target row of the same report (and the XLSX's Targets sheet), with the projection made from it.
    expect(report.json().targets).toEqual([
      expect.objectContaining({ actual: null, projection: null, suppressed: true }),
    ]);
  });
});

describe('another organization’s copies', () => {
  it('are not found through the outsider’s own program, to read, copy, change or delete, and are not listed', async () => {
    const copy = await send(coordinator, 'POST', `/api/programs/${programId}/report-templates`, {
      from: 'ipr_annual',
    });
    const { ref, definition } = copy.json();
    const elsewhere = await givenOrganization(t.database.db, { name: 'Mission Locale de Nîmes' });
    const outsider = await givenStaff(t.database.db, elsewhere.id, 'coordinator', { locale: 'en' });
    const outsiderSession = await givenSession(t.database.db, outsider.actor.userId, elsewhere.id);
    const theirs = await givenOutcomeProgram(t.deps, elsewhere.id);
    const base = `/api/programs/${theirs}`;
    for (const [method, url, body] of [
      ['GET', `${base}/reports/${ref}?${year}`, undefined],
      ['GET', `${base}/reports/${ref}/file?${year}&format=csv`, undefined],
      ['GET', `${base}/reports/${ref}/people?${year}&section=0`, undefined],
      ['POST', `${base}/report-templates`, { from: ref }],
      ['PUT', `${base}/report-templates/${ref}`, { version: 1, definition }],
      ['DELETE', `${base}/report-templates/${ref}`, undefined],
    ] as const) {
      const response = await send(outsiderSession, method, url, body);
      expect(response.statusCode, `${method} ${url} ${response.body}`).toBe(404);
      expect(response.json().code).toBe('REPORT_TEMPLATE_NOT_FOUND');
    }
    const listed = await send(outsiderSession, 'GET', `${base}/report-templates`);
    expect(listed.statusCode).toBe(200);
    expect(listed.body).not.toContain(ref);
    expect(listed.json().items.every((i: { source: string }) => i.source === 'standard')).toBe(true);
    // The program itself: not found either.
    const mine = await send(outsiderSession, 'GET', `/api/programs/${programId}/reports/${ref}?${year}`);
    expect(mine.statusCode).toBe(404);
    expect(mine.json().code).toBe('REPORT_PROGRAM_NOT_FOUND');
    const stored = await t.database.db
      .selectFrom('report_templates')
      .select('version')
      .where('id', '=', ref)
      .executeTakeFirstOrThrow();
    expect(stored.version).toBe(1);
  });
});

describe('a consortium program', () => {
  it('gives a member only its own people to count and name, and the steering organization every member’s, naming only its own', async () => {
    const db = t.database.db;
    const steering = await givenOrganization(db, { name: 'PLIE Métropole' });
    const member = await givenOrganization(db, { name: 'Régie de quartier' });
    const consortium = await givenConsortium(db, steering.id, [steering.id, member.id]);
    const program = (
      await createProgram(t.deps)(systemContext(), {
        ownerOrganizationId: steering.id,
        consortiumId: consortium.id,
        code: 'CONSORTIUM',
        nameFr: 'Programme partagé',
        nameEn: 'Shared program',
        countingUnit: 'person',
        status: 'active',
        rules: [],
      })
    ).id;
    const at = async (organization: string, role: Parameters<typeof givenStaff>[2]) => {
      const staff = await givenStaff(db, organization, role, { locale: 'en' });
      return { staff, session: await givenSession(db, staff.actor.userId, organization) };
    };
    const steeringCounselor = await at(steering.id, 'counselor');
    const memberCounselor = await at(member.id, 'counselor');
    const steeringCoordinator = await at(steering.id, 'coordinator');
    const memberCoordinator = await at(member.id, 'coordinator');
    const enrolled = async (staff: Member, givenName: string) => {
      const personId = (await createPerson(t.deps)(staff, { identity: { givenName, familyName: 'Partage' } }))
        .id;
      await enrolPerson(t.deps)(staff, {
        programId: program,
        personId,
        enrolledOn: '2026-02-02',
        intake: { source: 'walk_in' },
      });
    };
    await enrolled(steeringCounselor.staff, 'Anouk');
    await enrolled(steeringCounselor.staff, 'Basile');
    await enrolled(memberCounselor.staff, 'Céleste');

    const report = (as: Session) =>
      send(as, 'GET', `/api/programs/${program}/reports/impulser_steering?${year}`).then((r) => r.json());
    const people = (as: Session) =>
      send(as, 'GET', `/api/programs/${program}/reports/impulser_steering/people?${year}&section=0`).then(
        (r) => r.json(),
      );
    expect((await report(memberCoordinator.session)).sections[0].total.value).toBe(1);
    expect((await report(steeringCoordinator.session)).sections[0].total.value).toBe(3);
    const memberSees = await people(memberCoordinator.session);
    expect(memberSees.items.map((i: { displayName: string }) => i.displayName)).toEqual(['Céleste Partage']);
    expect(memberSees.othersCount).toBe(0);
    const steeringSees = await people(steeringCoordinator.session);
    expect(steeringSees.items.map((i: { displayName: string }) => i.displayName)).toEqual([
      'Anouk Partage',
      'Basile Partage',
    ]);
    expect(steeringSees.othersCount).toBe(1);
    expect(JSON.stringify(steeringSees)).not.toContain('Céleste');
  });
});
