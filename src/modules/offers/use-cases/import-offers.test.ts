import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { xlsxOf } from '../../../../test/support/xlsx.js';
import { fixedClock } from '../../../core/clock.js';
import { siretWithKeys } from '../../employers/domain/legal-identifier.js';
import { createEmployer } from '../../employers/use-cases/create-employer.js';
import { importColumns, importTemplateCsv } from '../domain/import-columns.js';
import { importOffers } from './import-offers.js';
import { listOffers } from './list-offers.js';

let database: TestDatabase;
const clock = fixedClock('2026-11-20T15:00:00Z');
let deps: ReturnType<typeof testDeps>;
type Staff = Awaited<ReturnType<typeof givenStaff>>;
let ines: Staff;
let funder: Staff;
let outsider: Staff;
const recyclerie = siretWithKeys('51234567', '0001');
const table = siretWithKeys('33344455', '0001');
const jardins = siretWithKeys('44455566', '0001');

const count = async (name: string) =>
  Number(
    (await sql<{ n: string }>`select count(*) as n from ${sql.table(name)}`.execute(database.db)).rows[0]?.n,
  );

const header = [
  'legal_identifier',
  'employer_name',
  'country',
  'size_band',
  'siae',
  'siae_kind',
  'offer_title',
  'contract_type',
  'contract_months',
  'hours_per_week',
  'pay_min',
  'pay_period',
  'postal_code',
  'city',
  'language',
  'language_level',
  'skills',
  'source_reference',
];
const good = [
  // The directory holds it: its size is updated; two offers.
  [
    recyclerie,
    'Recyclerie des Graves',
    'FR',
    '50-249',
    'oui',
    'aci',
    'Agent de tri',
    'siae_insertion',
    '6',
    '26',
    '1182,00',
    'month',
    '33170',
    'Gradignan',
    'fr',
    'A2',
    'Tri|Travail en équipe',
    'RG-1',
  ],
  [
    recyclerie,
    'Recyclerie des Graves',
    'FR',
    '',
    '',
    '',
    'Chauffeur-livreur',
    'cdd',
    '4',
    '35',
    '',
    '',
    '33170',
    '',
    '',
    '',
    '',
    'RG-2',
  ],
  // A new employer without an offer, and a new one with an offer.
  [jardins, 'Jardins de Créon', 'FR', '10-49', 'yes', 'aci', '', '', '', '', '', '', '', '', '', '', '', ''],
  [
    table,
    'La Table Ouverte',
    'FR',
    '',
    'non',
    '',
    'Commis de cuisine',
    'cdi',
    '',
    '30',
    '1 850,50',
    'month',
    '33000',
    'Bordeaux',
    '',
    '',
    '',
    '',
  ],
];
const csvOf = (rows: readonly (readonly string[])[], delimiter = ';') =>
  Buffer.from(
    `\uFEFF${rows.map((r) => r.map((c) => (c.includes(delimiter) ? `"${c}"` : c)).join(delimiter)).join('\r\n')}\r\n`,
  );
const run = (staff: Staff, content: Buffer, dryRun: boolean, mediaType: string | null = 'text/csv') =>
  importOffers(deps)(staff, { content, declaredMediaType: mediaType, dryRun });

beforeAll(async () => {
  database = await createTestDatabase();
  deps = testDeps(database, clock);
  const gironde = (await givenOrganization(database.db, { name: 'Bastide Solidaire' })).id;
  const other = (await givenOrganization(database.db, { name: 'Mission Locale de Toulouse' })).id;
  ines = await givenStaff(database.db, gironde, 'counselor');
  funder = await givenStaff(database.db, gironde, 'funder');
  outsider = await givenStaff(database.db, other, 'counselor');
  await createEmployer(deps)(ines, {
    name: 'Recyclerie des Graves',
    country: 'FR',
    legalIdentifier: recyclerie,
    sizeBand: '10-49',
  });
});
afterAll(() => database.close());

describe('importing employers and offers from a file', () => {
  it('says row by row what a CSV would create or update, writing nothing, then imports it all', async () => {
    const before = [await count('employers'), await count('job_offers'), await count('audit_events')];
    const dry = await run(ines, csvOf([header, ...good]), true);
    expect(dry).toMatchObject({
      dryRun: true,
      committed: false,
      format: 'csv',
      summary: { rows: 4, employersCreated: 2, employersUpdated: 1, offersCreated: 3, refusedRows: 0 },
    });
    expect(dry.rows.map((r) => [r.row, r.employer.outcome, r.offer?.outcome ?? null])).toEqual([
      [2, 'updated', 'created'],
      [3, 'unchanged', 'created'],
      [4, 'created', null],
      [5, 'created', 'created'],
    ]);
    expect(dry.rows[0]?.employer.fields.sort()).toEqual(['siae', 'siaeKind', 'sizeBand']);
    expect([await count('employers'), await count('job_offers'), await count('audit_events')]).toEqual(
      before,
    );

    const real = await run(ines, csvOf([header, ...good]), false);
    expect(real).toMatchObject({ committed: true, summary: dry.summary });
    expect(real.rows.every((r) => r.employer.employerId !== null)).toBe(true);
    expect(await count('employers')).toBe(before[0]! + 2);
    expect(await count('job_offers')).toBe(before[1]! + 3);
    const offers = await listOffers(deps)(ines, { q: 'commis' });
    expect(offers.items[0]).toMatchObject({ placeName: 'Bordeaux', contractType: 'cdi' });
    const recorded = await database.db
      .selectFrom('job_offers')
      .select(['pay_min_cents', 'currency', 'skills'])
      .where('title', '=', 'Agent de tri')
      .executeTakeFirstOrThrow();
    expect([Number(recorded.pay_min_cents), recorded.currency, recorded.skills]).toEqual([
      118_200,
      'EUR',
      ['Tri', 'Travail en équipe'],
    ]);
    const actions = await database.db
      .selectFrom('audit_events')
      .select('action')
      .where('organization_id', '=', ines.actor.organizationId)
      .where('action', 'in', ['offer.create', 'offer.import'])
      .execute();
    expect(actions.map((a) => a.action).sort()).toEqual([
      'offer.create',
      'offer.create',
      'offer.create',
      'offer.import',
    ]);
  });

  it('refuses rows with their code and column, and then writes nothing at all', async () => {
    const before = [await count('employers'), await count('job_offers')];
    const rows = [
      [
        siretWithKeys('61234567', '0001'),
        'Nouvel employeur',
        'FR',
        '',
        '',
        '',
        'Agent',
        'cdi',
        '',
        '35',
        '',
        '',
        '33000',
        '',
        '',
        '',
        '',
        '',
      ],
      ['12345678901234', 'Mauvaise clé', 'FR', '', '', '', '', '', '', '', '', '', '', '', '', '', '', ''],
      [
        siretWithKeys('71234567', '0001'),
        'Contrat sans durée',
        'FR',
        '',
        '',
        '',
        'Agent',
        'cdd',
        '',
        '35',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
      ],
      [
        siretWithKeys('81234567', '0001'),
        'Salaire illisible',
        'FR',
        '',
        '',
        '',
        'Agent',
        'cdi',
        '',
        '35',
        'beaucoup',
        'month',
        '',
        '',
        '',
        '',
        '',
        '',
      ],
      [
        siretWithKeys('91234567', '0001'),
        'Ville inconnue',
        'FR',
        '',
        '',
        '',
        'Agent',
        'cdi',
        '',
        '35',
        '',
        '',
        '',
        'Nowhereville Xq',
        '',
        '',
        '',
        '',
      ],
      [
        siretWithKeys('21234567', '0001'),
        'Déjà vue',
        'FR',
        '',
        '',
        '',
        'Agent',
        'cdi',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        'RG-1',
      ],
      [
        siretWithKeys('31234567', '0001'),
        'Sans contrat',
        'FR',
        '',
        'peut-être',
        '',
        'Agent',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
      ],
      [
        siretWithKeys('41234567', '0001'),
        'Contrat américain',
        'FR',
        '',
        '',
        '',
        'Agent',
        'permanent',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
      ],
      [
        siretWithKeys('61234568', '0001'),
        'Sans contrat',
        'FR',
        '',
        '',
        '',
        'Agent',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
      ],
    ];
    const report = await run(ines, csvOf([header, ...rows]), false);
    expect(report.committed).toBe(false);
    expect(report.summary.refusedRows).toBe(8);
    expect(
      report.rows.map((r) => [r.row, r.refusals[0]?.code ?? null, r.refusals[0]?.column ?? null]),
    ).toEqual([
      [2, null, null],
      [3, 'EMPLOYER_LEGAL_ID_INVALID', 'legal_identifier'],
      [4, 'OFFER_INCOHERENT', 'contract_months'],
      [5, 'OFFER_IMPORT_VALUE_UNREADABLE', 'pay_min'],
      [6, 'OFFER_PLACE_NOT_FOUND', 'postal_code'],
      [7, 'OFFER_SOURCE_REFERENCE_TAKEN', 'source_reference'],
      [8, 'OFFER_IMPORT_VALUE_UNREADABLE', 'siae'],
      [9, 'OFFER_INCOHERENT', 'contract_type'],
      [10, 'VALIDATION_FAILED', 'contract_type'],
    ]);
    expect(report.rows[4]?.refusals[0]?.message.fr).toMatch(/commune/);
    // A postal code several towns share: the towns are named, the placeholder filled.
    const shared = [
      [
        siretWithKeys('61234569', '0001'),
        'Jardins',
        'FR',
        '',
        '',
        '',
        'Maraîcher',
        'cdi',
        '',
        '',
        '',
        '',
        '33670',
        '',
        '',
        '',
        '',
        '',
      ],
    ];
    const ambiguous = await run(ines, csvOf([header, ...shared]), true);
    expect(ambiguous.rows[0]?.refusals[0]).toMatchObject({
      code: 'OFFER_PLACE_AMBIGUOUS',
      column: 'postal_code',
    });
    expect(ambiguous.rows[0]?.refusals[0]?.message.fr).toMatch(/Créon/);
    expect(ambiguous.rows[0]?.refusals[0]?.message.fr).not.toMatch(/[{}]/);
    expect(report.rows[3]?.refusals[0]?.message.fr).toMatch(/pay_min/);
    expect([await count('employers'), await count('job_offers')]).toEqual(before);
  });

  it('reads the same rows from an Excel workbook, numbers and a comma-separated CSV alike', async () => {
    const neq = '1143920115';
    const rows = [
      [
        'legal_identifier',
        'Employer Name',
        'Country',
        'Offer Title',
        'Contract Type',
        'Hours per week',
        'Pay min',
        'Pay period',
        'Postal code',
        'Notes',
      ],
      [neq, 'Mines Abitibi-Ouest', 'CA', 'Mineur sous terre', 'permanent', 42, 34.5, 'hour', null, 'ignored'],
    ];
    const before = await count('job_offers');
    const report = await run(
      outsider,
      xlsxOf(rows),
      true,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(report).toMatchObject({ format: 'xlsx', ignoredColumns: ['Notes'] });
    expect(report.rows[0]).toMatchObject({ employer: { outcome: 'created' }, offer: { outcome: 'created' } });
    const real = await run(outsider, xlsxOf(rows), false, 'application/octet-stream');
    expect(real.committed).toBe(true);
    expect(await count('job_offers')).toBe(before + 1);
    const comma = await run(
      outsider,
      csvOf(
        rows.map((r) => r.map((c) => String(c ?? ''))),
        ',',
      ),
      true,
    );
    expect(comma.rows[0]).toMatchObject({
      employer: { outcome: 'unchanged' },
      offer: { outcome: 'created' },
    });
  });

  it('refuses a file that does not read, a wrong type, a missing column, and a role that may not write', async () => {
    const cases: [Buffer, string | null, string][] = [
      [
        Buffer.from('PK\u0003\u0004garbage'),
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'OFFER_IMPORT_UNREADABLE',
      ],
      [Buffer.from('a;b\n"unclosed;1\n'), 'text/csv', 'OFFER_IMPORT_UNREADABLE'],
      [csvOf([header, ...good]), 'application/pdf', 'OFFER_IMPORT_MEDIA_TYPE'],
      [Buffer.alloc(0), 'text/csv', 'OFFER_IMPORT_EMPTY'],
      [csvOf([header]), 'text/csv', 'OFFER_IMPORT_EMPTY'],
      [
        csvOf([
          ['employer_name', 'country'],
          ['X', 'FR'],
        ]),
        'text/csv',
        'OFFER_IMPORT_MISSING_COLUMNS',
      ],
      [
        csvOf([
          ['legal_identifier', 'employer_name', 'country', 'Country'],
          ['1', 'X', 'FR', 'FR'],
        ]),
        'text/csv',
        'OFFER_IMPORT_DUPLICATE_COLUMN',
      ],
    ];
    for (const [content, type, code] of cases)
      await expect(run(ines, content, true, type), code).rejects.toMatchObject({ code, status: 400 });
    await expect(run(funder, csvOf([header, ...good]), true)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('offers a template whose header is the documented column list, and which imports as it is', async () => {
    const template = importTemplateCsv();
    expect(template.split('\r\n')[0]).toBe(importColumns.map((c) => c.name).join(';'));
    const report = await run(ines, Buffer.from(template), true);
    expect(report.summary.refusedRows).toBe(0);
    expect(report.rows[0]?.offer?.outcome).toBe('created');
  });
});
