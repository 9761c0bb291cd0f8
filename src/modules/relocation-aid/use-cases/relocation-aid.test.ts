import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenConsortium, givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { systemContext } from '../../../core/auth/actor.js';
import { fixedClock } from '../../../core/clock.js';
import { trialBalance } from '../../../core/ledger/ledger.js';
import type { Deps } from '../../../core/use-case.js';
import { uploadDocument } from '../../documents/use-cases/upload-document.js';
import { addHouseholdMember } from '../../people/use-cases/add-household-member.js';
import { createPerson } from '../../people/use-cases/create-person.js';
import { formHousehold } from '../../people/use-cases/form-household.js';
import { rekeyOpenEnrolments } from '../../programs/api.js';
import { createProgram } from '../../programs/use-cases/create-program.js';
import { addCoverage } from '../../regions/use-cases/manage-coverage.js';
import { planStay } from '../../regions/use-cases/plan-stay.js';
import { aidFacts, relocationAidPersonData } from '../api.js';
import { aidChart } from '../domain/aid-ledger.js';
import { readAidBudget, recordAidAllocation } from './aid-budget.js';
import { aidReport, exportAidReport } from './aid-report.js';
import { addAidRules, listAidRules } from './aid-rules.js';
import { decideAidRequest } from './decide-aid-request.js';
import { fileAidRequest } from './file-aid-request.js';
import { payAidRequest, reverseAidPayment } from './pay-aid-request.js';
import { listAidRequests, personAidRequests, readAidRequest } from './read-aid-requests.js';
import { withdrawAidRequest } from './withdraw-aid-request.js';

/**
 * Relocation aid over the Québec consortium: CFIQ (a member) files for a family it follows, PROMIS (the
 * program's owner, coordinating the consortium) decides and pays out of the budget of the year, whose
 * journal stays balanced and exact to the cent; outsiders never see a request, members never decide.
 */
let database: TestDatabase;
let deps: Deps;
type Staff = Awaited<ReturnType<typeof givenStaff>>;
let cfiq: Staff;
let cfiqDirector: Staff;
let promisCoordinator: Staff;
let promisDirector: Staff;
let promisCounselor: Staff;
let outsider: Staff;
let funder: Staff;
let programId: string;
let tightProgramId: string;
let promisId: string;
let cfiqId: string;
let rouynId: string;
let consortiumId: string;

const pdf = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);

const rules = {
  eligibleKinds: [
    'stay_transport',
    'stay_lodging',
    'stay_meals',
    'stay_child_care',
    'move_company',
    'move_household_transport',
    'move_temporary_housing',
  ] as const,
  tripCeilingCents: 150_000,
  moveCeilingCents: 500_000,
  householdCeilingCents: 600_000,
  householdCeilingPeriod: 'program_year' as const,
  maxTripsPerHousehold: 2,
  reimbursedPercent: 100,
  receiptRequiredAboveCents: 5_000,
};

beforeAll(async () => {
  database = await createTestDatabase();
  deps = testDeps(database, fixedClock('2026-06-15T14:00:00Z'));
  const db = database.db;
  const promis = await givenOrganization(db, { name: 'PROMIS', country: 'CA', timeZone: 'America/Toronto' });
  const cfiqOrg = await givenOrganization(db, { name: 'CFIQ', country: 'CA', timeZone: 'America/Toronto' });
  const elsewhere = await givenOrganization(db, { name: 'Hors consortium', country: 'CA' });
  const funderOrg = await givenOrganization(db, { name: 'Bailleur' });
  promisId = promis.id;
  cfiqId = cfiqOrg.id;
  const rouyn = await givenOrganization(db, {
    name: 'Carrefour Abitibi',
    kind: 'regional_partner',
    country: 'CA',
  });
  rouynId = rouyn.id;
  const consortium = await givenConsortium(db, promis.id, [promis.id, cfiqOrg.id, rouyn.id]);
  consortiumId = consortium.id;
  cfiq = await givenStaff(db, cfiqOrg.id, 'counselor');
  cfiqDirector = await givenStaff(db, cfiqOrg.id, 'director');
  promisCoordinator = await givenStaff(db, promis.id, 'coordinator');
  promisDirector = await givenStaff(db, promis.id, 'director');
  promisCounselor = await givenStaff(db, promis.id, 'counselor');
  outsider = await givenStaff(db, elsewhere.id, 'director');
  funder = await givenStaff(db, funderOrg.id, 'funder');
  const program = (code: string) =>
    createProgram(deps)(systemContext(), {
      ownerOrganizationId: promis.id,
      consortiumId: consortium.id,
      code,
      nameFr: 'Emplois en régions',
      nameEn: 'Jobs in the regions',
      countingUnit: 'household',
      status: 'active',
      rules: [],
    });
  programId = (await program('EER')).id;
  tightProgramId = (await program('EER-T')).id;
  await addAidRules(deps)(systemContext(), {
    programId,
    effectiveFrom: '2025-01-01',
    ...rules,
    eligibleKinds: [...rules.eligibleKinds],
  });
  await addAidRules(deps)(systemContext(), {
    programId: tightProgramId,
    effectiveFrom: '2025-01-01',
    ...rules,
    eligibleKinds: [...rules.eligibleKinds],
  });
});
afterAll(() => database.close());

async function family(givenName: string) {
  const personId = (
    await createPerson(deps)(cfiq, {
      identity: { givenName, familyName: 'Haddad', immigrationStatus: 'refugee' },
    })
  ).id;
  const spouseId = (
    await createPerson(deps)(cfiq, { identity: { givenName: `${givenName}-conjoint`, familyName: 'Haddad' } })
  ).id;
  const { householdId } = (await formHousehold(rekeyOpenEnrolments)(deps)(cfiq, { personId })) as {
    householdId: string;
  };
  await addHouseholdMember(rekeyOpenEnrolments)(deps)(cfiq, {
    householdId,
    personId: spouseId,
    relation: 'spouse',
  });
  const receipt = await uploadDocument(deps)(cfiq, {
    personId,
    type: 'other',
    title: 'Reçu autobus Rouyn-Noranda',
    fileName: 'recu.pdf',
    content: pdf,
    declaredMediaType: 'application/pdf',
  });
  return { personId, spouseId, householdId, receiptId: receipt.id };
}

const trip = (receiptId: string | null, pid = programId) => ({
  programId: pid,
  purpose: 'exploratory_stay' as const,
  regionCode: '08' as const,
  lines: [
    { kind: 'stay_transport' as const, amountCents: 42_000, receiptDocumentId: receiptId },
    { kind: 'stay_lodging' as const, amountCents: 30_000, receiptDocumentId: receiptId },
    { kind: 'stay_meals' as const, amountCents: 9_000 },
  ],
});

describe('rules as data', () => {
  it('are versioned by the owner from today on, never backdated, and read by members', async () => {
    await expect(
      addAidRules(deps)(promisCoordinator, {
        programId,
        effectiveFrom: '2026-06-01',
        ...rules,
        eligibleKinds: [...rules.eligibleKinds],
      }),
    ).rejects.toMatchObject({ code: 'AID_RULES_BACKDATED' });
    await expect(
      addAidRules(deps)(cfiqDirector, {
        programId,
        effectiveFrom: '2026-07-01',
        ...rules,
        eligibleKinds: [...rules.eligibleKinds],
      }),
    ).rejects.toMatchObject({ code: 'AID_PROGRAM_NOT_FOUND' });
    await expect(
      addAidRules(deps)(promisCounselor, {
        programId,
        effectiveFrom: '2026-07-01',
        ...rules,
        eligibleKinds: [...rules.eligibleKinds],
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const v2 = await addAidRules(deps)(promisCoordinator, {
      programId,
      effectiveFrom: '2026-09-01',
      ...rules,
      eligibleKinds: [...rules.eligibleKinds],
      reimbursedPercent: 80,
    });
    expect(v2.version).toBe(2);
    const listed = await listAidRules(deps)(cfiq, { programId });
    expect(listed.canEdit).toBe(false);
    expect(listed.items.map((v) => [v.version, v.effectiveFrom, v.reimbursedPercent])).toEqual([
      [2, '2026-09-01', 80],
      [1, '2025-01-01', 100],
    ]);
    await expect(listAidRules(deps)(outsider, { programId })).rejects.toMatchObject({
      code: 'AID_PROGRAM_NOT_FOUND',
    });
  });
});

describe('a request from filing to payment', () => {
  it('is filed by the member, decided and paid by the owner, reversed by a compensating entry', async () => {
    await recordAidAllocation(deps)(promisCoordinator, {
      programId,
      year: 2026,
      funder: 'MIFI — Programme d’aide à la régionalisation',
      amountCents: 1_000_000,
      allocatedOn: '2026-02-01',
    });
    await expect(
      recordAidAllocation(deps)(cfiqDirector, {
        programId,
        year: 2026,
        funder: 'X',
        amountCents: 1,
        allocatedOn: '2026-02-01',
      }),
    ).rejects.toMatchObject({ code: 'AID_PROGRAM_NOT_FOUND' });
    await expect(
      recordAidAllocation(deps)(promisCoordinator, {
        programId,
        year: 2026,
        funder: 'X',
        amountCents: 1,
        allocatedOn: '2025-12-31',
      }),
    ).rejects.toMatchObject({ code: 'AID_DAY_OUT_OF_RANGE' });

    const f = await family('Amal');
    await expect(
      fileAidRequest(deps)(cfiq, {
        ...trip(f.receiptId),
        personId: f.personId,
        lines: [{ kind: 'move_company', amountCents: 1 }],
      }),
    ).rejects.toMatchObject({ code: 'AID_COST_KIND_MISMATCH' });
    await expect(
      fileAidRequest(deps)(cfiq, {
        ...trip(f.receiptId),
        personId: f.personId,
        travellerPersonIds: [promisCounselor.actor.userId],
      }),
    ).rejects.toMatchObject({ code: 'AID_TRAVELLER_NOT_IN_HOUSEHOLD' });
    await expect(
      fileAidRequest(deps)(outsider, { ...trip(null), personId: f.personId }),
    ).rejects.toMatchObject({
      code: 'PERSON_NOT_FOUND',
    });
    const { id } = await fileAidRequest(deps)(cfiq, {
      ...trip(f.receiptId),
      personId: f.personId,
      travellerPersonIds: [f.spouseId],
      dependantsCount: 2,
    });

    // The member sees its file; the owner sees name and household size only; others nothing.
    const asMember = await readAidRequest(deps)(cfiq, { requestId: id });
    expect(asMember).toMatchObject({
      status: 'submitted',
      askedCents: 81_000,
      householdSize: 4,
      actions: ['withdraw'],
    });
    // The meals above 50 $ came without a receipt: not allowed.
    expect(asMember.assessment).toEqual({ ruleVersion: 1, allowedCents: 72_000 });
    expect(asMember.lines.map((l) => l.reasons)).toEqual([[], [], ['receipt_missing']]);
    const asOwner = await readAidRequest(deps)(promisDirector, { requestId: id });
    expect(asOwner.person).toEqual({ givenName: 'Amal', familyName: 'Haddad' });
    expect(asOwner.note).toBeNull();
    expect(asOwner.actions).toEqual(['decide']);
    expect(JSON.stringify(asOwner)).not.toContain('refugee');
    await expect(readAidRequest(deps)(outsider, { requestId: id })).rejects.toMatchObject({
      code: 'AID_REQUEST_NOT_FOUND',
    });
    await expect(readAidRequest(deps)(funder, { requestId: id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    // A member never decides, even its director.
    await expect(
      decideAidRequest(deps)(cfiqDirector, {
        requestId: id,
        body: { decision: 'approve', approvedCents: [1, 1, 1] },
      }),
    ).rejects.toMatchObject({ code: 'AID_REQUEST_NOT_FOUND' });
    await expect(
      decideAidRequest(deps)(promisDirector, {
        requestId: id,
        body: { decision: 'approve', approvedCents: [42_001, 30_000, 9_000] },
      }),
    ).rejects.toMatchObject({ code: 'AID_APPROVAL_ABOVE_ASSESSMENT' });
    const queue = await listAidRequests(deps)(promisDirector, { side: 'to_decide', status: 'submitted' });
    expect(queue.items.map((r) => r.id)).toContain(id);

    const decided = await decideAidRequest(deps)(promisDirector, {
      requestId: id,
      body: { decision: 'approve', approvedCents: [42_000, 30_000, 0], note: 'Repas sans reçu détaillé' },
    });
    expect(decided).toEqual({ status: 'approved', approvedCents: 72_000 });
    await expect(
      decideAidRequest(deps)(promisDirector, {
        requestId: id,
        body: { decision: 'refuse', reason: 'other' },
      }),
    ).rejects.toMatchObject({ code: 'AID_REQUEST_ALREADY_DECIDED' });
    let budget = await readAidBudget(deps)(promisCoordinator, { programId, year: 2026 });
    expect(budget.position).toEqual({
      allocatedCents: 1_000_000,
      cashCents: 1_000_000,
      committedCents: 72_000,
      paidCents: 0,
      availableCents: 928_000,
    });

    await expect(
      payAidRequest(deps)(promisDirector, { requestId: id, paidOn: '2026-06-01', method: 'transfer' }),
    ).rejects.toMatchObject({ code: 'AID_PAYMENT_BEFORE_DECISION' });
    await payAidRequest(deps)(promisDirector, {
      requestId: id,
      paidOn: '2026-06-15',
      method: 'transfer',
      reference: 'VIR-0001',
    });
    await expect(
      payAidRequest(deps)(promisDirector, { requestId: id, paidOn: '2026-06-15', method: 'transfer' }),
    ).rejects.toMatchObject({ code: 'AID_REQUEST_NOT_PAYABLE' });
    budget = await readAidBudget(deps)(promisCoordinator, { programId, year: 2026 });
    expect(budget.position).toMatchObject({
      cashCents: 928_000,
      committedCents: 0,
      paidCents: 72_000,
      availableCents: 928_000,
    });

    await reverseAidPayment(deps)(promisDirector, {
      requestId: id,
      reversedOn: '2026-06-15',
      reason: 'Compte refusé par la banque',
    });
    expect((await readAidRequest(deps)(cfiq, { requestId: id })).status).toBe('approved');
    budget = await readAidBudget(deps)(promisCoordinator, { programId, year: 2026 });
    expect(budget.position).toMatchObject({ cashCents: 1_000_000, committedCents: 72_000, paidCents: 0 });
    await payAidRequest(deps)(promisDirector, {
      requestId: id,
      paidOn: '2026-06-15',
      method: 'cheque',
      reference: 'CHQ 118',
    });

    budget = await readAidBudget(deps)(promisCoordinator, { programId, year: 2026 });
    expect(budget.journal.map((e) => e.kind)).toEqual([
      'allocation',
      'commitment',
      'payment',
      'payment_reversal',
      'payment',
    ]);
    const lines = budget.journal.flatMap((e) => e.lines);
    const tb = trialBalance(aidChart, lines);
    expect(tb.reduce((s, b) => s + b.debitCents, 0)).toBe(tb.reduce((s, b) => s + b.creditCents, 0));
    expect(budget.position).toEqual({
      allocatedCents: 1_000_000,
      cashCents: 928_000,
      committedCents: 0,
      paidCents: 72_000,
      availableCents: 928_000,
    });

    const mine = await personAidRequests(deps)(cfiq, { personId: f.personId });
    expect(mine.items[0]).toMatchObject({ status: 'paid', approvedCents: 72_000 });
    expect(mine.items[0]!.payments.map((p) => [p.method, p.reversedOn])).toEqual([
      ['transfer', '2026-06-15'],
      ['cheque', null],
    ]);
    const events = await database.db
      .selectFrom('timeline_events')
      .select('kind')
      .where('person_id', '=', f.personId)
      .where('module', '=', 'relocation-aid')
      .orderBy('occurred_at')
      .execute();
    expect(events.map((e) => e.kind).sort()).toEqual(
      [
        'relocation_aid.requested',
        'relocation_aid.decided',
        'relocation_aid.paid',
        'relocation_aid.payment_reversed',
        'relocation_aid.paid',
      ].sort(),
    );

    // The household's second trip counts what it was granted; the figures count it once.
    const second = await fileAidRequest(deps)(cfiq, {
      ...trip(f.receiptId),
      personId: f.personId,
      regionCode: '01',
    });
    const asOwner2 = await readAidRequest(deps)(promisDirector, { requestId: second.id });
    expect(asOwner2.assessment.allowedCents).toBe(72_000);
    await decideAidRequest(deps)(promisDirector, {
      requestId: second.id,
      body: { decision: 'refuse', reason: 'duplicate_request' },
    });
    const third = await fileAidRequest(deps)(cfiq, { ...trip(f.receiptId), personId: f.personId });
    await withdrawAidRequest(deps)(cfiq, { requestId: third.id });
    await expect(withdrawAidRequest(deps)(cfiq, { requestId: third.id })).rejects.toMatchObject({
      code: 'AID_REQUEST_NOT_WITHDRAWABLE',
    });

    const facts = await aidFacts(database.db, {
      organizationIds: [cfiqId],
      from: '2026-01-01',
      to: '2026-12-31',
    });
    expect(facts).toEqual([
      {
        requestId: id,
        personId: f.personId,
        householdKey: f.householdId,
        organizationId: cfiqId,
        purpose: 'exploratory_stay',
        regionCountry: 'CA',
        regionCode: '08',
        approvedCents: 72_000,
        paidCents: 72_000,
        paidOn: '2026-06-15',
      },
    ]);
    expect(
      await aidFacts(database.db, { organizationIds: [promisId], from: '2026-01-01', to: '2026-12-31' }),
    ).toEqual([]);

    const report = await aidReport(deps)(promisDirector, { programId, year: 2026 });
    expect(report).toMatchObject({
      budgetCents: 1_000_000,
      approvedCents: 72_000,
      paidCents: 72_000,
      reversedCents: 72_000,
      committedCents: 0,
      availableCents: 928_000,
      households: 1,
      byRegion: [{ key: 'CA-08', households: 1, approvedCents: 72_000, paidCents: 72_000 }],
    });
    await expect(aidReport(deps)(cfiqDirector, { programId, year: 2026 })).rejects.toMatchObject({
      code: 'AID_PROGRAM_NOT_FOUND',
    });
    await expect(aidReport(deps)(funder, { programId, year: 2026 })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const csv = await exportAidReport(deps)(promisDirector, { programId, year: 2026, format: 'csv' });
    expect(csv.body.toString('utf8')).toContain('available');
    const xlsx = await exportAidReport(deps)(promisDirector, { programId, year: 2026, format: 'xlsx' });
    expect(xlsx.body.subarray(0, 2).toString('latin1')).toBe('PK');
  });
});

describe('a trip of an exploratory stay', () => {
  it('takes the region of the stay it names, and refuses a stay of another file or on a move', async () => {
    await addCoverage(deps)(promisCoordinator, {
      consortiumId,
      organizationId: rouynId,
      regionCountry: 'CA',
      regionCode: '08',
    });
    const f = await family('Leila');
    const other = await family('Omar');
    const planned = (personId: string) =>
      planStay(deps)(cfiq, {
        personId,
        regionCountry: 'CA',
        regionCode: '08',
        hostOrganizationId: rouynId,
        startsOn: '2026-07-06',
        endsOn: '2026-07-08',
        travellerPersonIds: [personId],
      });
    const stay = await planned(f.personId);
    const othersStay = await planned(other.personId);
    const { id } = await fileAidRequest(deps)(cfiq, {
      ...trip(f.receiptId),
      personId: f.personId,
      regionCode: '01',
      stayId: stay.id,
    });
    expect(await readAidRequest(deps)(cfiq, { requestId: id })).toMatchObject({
      stayId: stay.id,
      regionCode: '08',
    });
    await expect(
      fileAidRequest(deps)(cfiq, { ...trip(f.receiptId), personId: f.personId, stayId: othersStay.id }),
    ).rejects.toMatchObject({ code: 'AID_STAY_NOT_FOUND' });
    await expect(
      fileAidRequest(deps)(cfiq, {
        programId,
        purpose: 'move',
        regionCode: '08',
        stayId: stay.id,
        personId: f.personId,
        lines: [{ kind: 'move_company', amountCents: 1_000 }],
      }),
    ).rejects.toMatchObject({ code: 'AID_STAY_NOT_FOUND' });
  });
});

describe("the person's rights", () => {
  it('exports the file’s requests and erases their free texts on anonymization, amounts kept', async () => {
    const f = await family('Yara');
    const { id } = await fileAidRequest(deps)(cfiq, {
      ...trip(f.receiptId),
      personId: f.personId,
      note: 'Famille hébergée chez un cousin à Rouyn',
      lines: [
        {
          kind: 'stay_transport',
          amountCents: 12_000,
          description: 'Autobus Montréal–Rouyn',
          receiptDocumentId: f.receiptId,
        },
      ],
    });
    const exported = await relocationAidPersonData.personDataFor(database.db, cfiqId, f.personId);
    expect(exported.relocationAid).toMatchObject([
      {
        id,
        note: 'Famille hébergée chez un cousin à Rouyn',
        lines: [{ description: 'Autobus Montréal–Rouyn', amountCents: 12_000 }],
      },
    ]);
    expect(await relocationAidPersonData.anonymizePersonData(database.db, cfiqId, f.personId)).toBe(1);
    const after = await relocationAidPersonData.personDataFor(database.db, cfiqId, f.personId);
    expect(after.relocationAid).toMatchObject([
      { id, note: null, lines: [{ description: null, amountCents: 12_000 }] },
    ]);
  });
});

describe('the budget under concurrency', () => {
  it('never commits more than is available and pays an approval once, whatever runs at once', async () => {
    await recordAidAllocation(deps)(promisCoordinator, {
      programId: tightProgramId,
      year: 2026,
      funder: 'Fondation régionale',
      amountCents: 100_000,
      allocatedOn: '2026-03-01',
    });
    const requests: string[] = [];
    for (const name of ['Nour', 'Karim', 'Salma']) {
      const f = await family(name);
      const move = {
        programId: tightProgramId,
        purpose: 'move' as const,
        regionCode: '02' as const,
        lines: [{ kind: 'move_company' as const, amountCents: 60_000, receiptDocumentId: f.receiptId }],
      };
      requests.push((await fileAidRequest(deps)(cfiq, { ...move, personId: f.personId })).id);
    }
    const approvals = await Promise.allSettled(
      requests.map((requestId) =>
        decideAidRequest(deps)(promisDirector, {
          requestId,
          body: { decision: 'approve', approvedCents: [60_000] },
        }),
      ),
    );
    const approved = approvals.filter((a) => a.status === 'fulfilled');
    expect(approved).toHaveLength(1);
    for (const a of approvals)
      if (a.status === 'rejected') expect(a.reason).toMatchObject({ code: 'AID_BUDGET_EXCEEDED' });
    const approvedId = requests[approvals.findIndex((a) => a.status === 'fulfilled')]!;
    const payments = await Promise.allSettled(
      [1, 2, 3].map(() =>
        payAidRequest(deps)(promisDirector, {
          requestId: approvedId,
          paidOn: '2026-06-15',
          method: 'transfer',
        }),
      ),
    );
    expect(payments.filter((p) => p.status === 'fulfilled')).toHaveLength(1);
    const budget = await readAidBudget(deps)(promisDirector, { programId: tightProgramId, year: 2026 });
    expect(budget.position).toEqual({
      allocatedCents: 100_000,
      cashCents: 40_000,
      committedCents: 0,
      paidCents: 60_000,
      availableCents: 40_000,
    });
    // A smaller approval still fits what is left, to the cent; one cent more does not.
    const rest = requests.filter((r) => r !== approvedId);
    await expect(
      decideAidRequest(deps)(promisDirector, {
        requestId: rest[0]!,
        body: { decision: 'approve', approvedCents: [40_001] },
      }),
    ).rejects.toMatchObject({ code: 'AID_BUDGET_EXCEEDED' });
    await decideAidRequest(deps)(promisDirector, {
      requestId: rest[0]!,
      body: { decision: 'approve', approvedCents: [40_000] },
    });
    const after = await readAidBudget(deps)(promisDirector, { programId: tightProgramId, year: 2026 });
    expect(after.position.availableCents).toBe(0);
  });

  it('counts what a household was granted by an approval running at the same time: its ceiling holds', async () => {
    const f = await family('Rania');
    const move = {
      programId,
      purpose: 'move' as const,
      regionCode: '02' as const,
      lines: [{ kind: 'move_company' as const, amountCents: 400_000, receiptDocumentId: f.receiptId }],
    };
    const first = await fileAidRequest(deps)(cfiq, { ...move, personId: f.personId });
    const second = await fileAidRequest(deps)(cfiq, { ...move, personId: f.personId });
    // Each alone is allowed 4,000 $; the household's ceiling (6,000 $) lets only one through in full.
    const decisions = await Promise.allSettled(
      [first.id, second.id].map((requestId) =>
        decideAidRequest(deps)(promisDirector, {
          requestId,
          body: { decision: 'approve', approvedCents: [400_000] },
        }),
      ),
    );
    expect(decisions.filter((d) => d.status === 'fulfilled')).toHaveLength(1);
    const refused = decisions.find((d) => d.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: 'AID_APPROVAL_ABOVE_ASSESSMENT' });
  });

  it('keeps the journal append-only in the database', async () => {
    await expect(database.db.deleteFrom('aid_journal_lines').execute()).rejects.toThrow(/append-only/);
  });
});
