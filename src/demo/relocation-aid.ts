import { systemContext } from '../core/auth/actor.js';
import { fixedClock } from '../core/clock.js';
import type { Deps } from '../core/use-case.js';
import { uploadDocument } from '../modules/documents/use-cases/upload-document.js';
import { createPerson } from '../modules/people/use-cases/create-person.js';
import type { CostKind } from '../modules/relocation-aid/domain/vocabulary.js';
import { recordAidAllocation } from '../modules/relocation-aid/use-cases/aid-budget.js';
import { addAidRules } from '../modules/relocation-aid/use-cases/aid-rules.js';
import { decideAidRequest } from '../modules/relocation-aid/use-cases/decide-aid-request.js';
import { fileAidRequest } from '../modules/relocation-aid/use-cases/file-aid-request.js';
import { payAidRequest, reverseAidPayment } from '../modules/relocation-aid/use-cases/pay-aid-request.js';
import { readAidRequest } from '../modules/relocation-aid/use-cases/read-aid-requests.js';
import { addDays } from './demo-calendar.js';
import { type DemoStaffMember, staffContext } from './staff-context.js';

type Line = { kind: CostKind; amountCents: number; receipt?: boolean };
type Outcome = 'paid' | 'reversed' | 'approved' | 'refused' | 'submitted';

interface DemoRequest {
  givenName: string;
  familyName: string;
  householdSize: number;
  purpose: 'exploratory_stay' | 'move';
  regionCode: '01' | '02' | '08';
  /** Days before today it was filed; its decision 4 days later, its payment 10 days later. */
  filedDaysAgo: number;
  lines: Line[];
  outcome: Outcome;
}

const stay = (transport: number, lodging: number, meals: number): Line[] => [
  { kind: 'stay_transport', amountCents: transport },
  { kind: 'stay_lodging', amountCents: lodging },
  { kind: 'stay_meals', amountCents: meals, receipt: false },
];
const move = (company: number, temporary: number): Line[] => [
  { kind: 'move_company', amountCents: company },
  { kind: 'move_temporary_housing', amountCents: temporary },
];

/** Households of Montréal going to see, then settling in Abitibi, Bas-Saint-Laurent and Saguenay. */
const receiptPdf = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);

const requests: DemoRequest[] = [
  {
    givenName: 'Hamid',
    familyName: 'Rahimi',
    householdSize: 5,
    purpose: 'exploratory_stay',
    regionCode: '08',
    filedDaysAgo: 420,
    lines: stay(68_000, 45_000, 4_500),
    outcome: 'paid',
  },
  {
    givenName: 'Hamid',
    familyName: 'Rahimi',
    householdSize: 5,
    purpose: 'move',
    regionCode: '08',
    filedDaysAgo: 330,
    lines: move(320_000, 90_000),
    outcome: 'paid',
  },
  {
    givenName: 'Lucía',
    familyName: 'Fernández',
    householdSize: 3,
    purpose: 'exploratory_stay',
    regionCode: '01',
    filedDaysAgo: 380,
    lines: stay(41_000, 38_000, 3_900),
    outcome: 'paid',
  },
  {
    givenName: 'Ibrahima',
    familyName: 'Diallo',
    householdSize: 4,
    purpose: 'exploratory_stay',
    regionCode: '02',
    filedDaysAgo: 360,
    lines: stay(52_000, 40_000, 4_800),
    outcome: 'refused',
  },
  {
    givenName: 'Lucía',
    familyName: 'Fernández',
    householdSize: 3,
    purpose: 'move',
    regionCode: '01',
    filedDaysAgo: 150,
    lines: move(240_000, 60_000),
    outcome: 'paid',
  },
  {
    givenName: 'Olena',
    familyName: 'Shevchenko',
    householdSize: 4,
    purpose: 'exploratory_stay',
    regionCode: '08',
    filedDaysAgo: 120,
    lines: stay(70_000, 52_000, 4_200),
    outcome: 'reversed',
  },
  {
    givenName: 'Nguyen',
    familyName: 'Van An',
    householdSize: 2,
    purpose: 'exploratory_stay',
    regionCode: '02',
    filedDaysAgo: 90,
    lines: stay(46_000, 30_000, 3_000),
    outcome: 'paid',
  },
  {
    givenName: 'Olena',
    familyName: 'Shevchenko',
    householdSize: 4,
    purpose: 'move',
    regionCode: '08',
    filedDaysAgo: 40,
    lines: move(380_000, 120_000),
    outcome: 'approved',
  },
  {
    givenName: 'Amadou',
    familyName: 'Traoré',
    householdSize: 6,
    purpose: 'exploratory_stay',
    regionCode: '01',
    filedDaysAgo: 20,
    lines: stay(88_000, 61_000, 5_000),
    outcome: 'refused',
  },
  {
    givenName: 'Farah',
    familyName: 'Nasser',
    householdSize: 3,
    purpose: 'exploratory_stay',
    regionCode: '08',
    filedDaysAgo: 6,
    lines: stay(59_000, 42_000, 3_600),
    outcome: 'submitted',
  },
];

/**
 * Relocation aid of Emplois en régions (issue 17): the program's rules (ILLUSTRATIVE amounts, not the
 * program's real conditions), budgets of last year and this year with their allocations, and ten
 * requests of PROMIS households — trips and moves, paid, approved, refused, waiting, one payment
 * reversed (returned by the bank) and paid again. Everything through the use cases at the dates it
 * happened (each step with a clock set to its day), so the journal's balances are computed, not typed.
 */
export async function loadDemoRelocationAid(
  deps: Deps,
  cast: { programId: string; counselor: DemoStaffMember; coordinator: DemoStaffMember },
): Promise<{ requests: number }> {
  const today = deps.clock.now().toISOString().slice(0, 10);
  const year = Number(today.slice(0, 4));
  const on = (day: string) => ({ ...deps, clock: fixedClock(`${day}T15:00:00Z`) });
  const system = systemContext();
  const illustrative = {
    eligibleKinds: [
      'stay_transport',
      'stay_lodging',
      'stay_meals',
      'stay_child_care',
      'move_company',
      'move_household_transport',
      'move_temporary_housing',
      'move_storage',
    ] as CostKind[],
    householdCeilingPeriod: 'all_time' as const,
    maxTripsPerHousehold: 2,
    reimbursedPercent: 100,
    receiptRequiredAboveCents: 5_000,
  };
  await addAidRules(deps)(system, {
    programId: cast.programId,
    effectiveFrom: `${year - 2}-01-01`,
    ...illustrative,
    tripCeilingCents: 120_000,
    moveCeilingCents: 400_000,
    householdCeilingCents: 500_000,
  });
  await addAidRules(deps)(system, {
    programId: cast.programId,
    effectiveFrom: `${year}-01-01`,
    ...illustrative,
    tripCeilingCents: 150_000,
    moveCeilingCents: 450_000,
    householdCeilingCents: 600_000,
  });
  const allocations = [
    {
      year: year - 1,
      funder: 'MIFI — régionalisation (illustratif)',
      amountCents: 15_000_000,
      allocatedOn: `${year - 1}-01-02`,
    },
    {
      year,
      funder: 'MIFI — régionalisation (illustratif)',
      amountCents: 25_000_000,
      allocatedOn: `${year}-01-02`,
    },
    {
      year,
      funder: 'Fondation des régions (illustratif)',
      amountCents: 5_000_000,
      allocatedOn: `${year}-03-01`,
    },
  ];
  for (const a of allocations)
    if (a.allocatedOn <= today) await recordAidAllocation(deps)(system, { programId: cast.programId, ...a });

  const households = new Map<string, string>();
  let filed = 0;
  for (const r of requests) {
    const filedOn = addDays(today, -r.filedDaysAgo);
    // A budget exists for last year and this year only: older requests are left out.
    if (Number(filedOn.slice(0, 4)) < year - 1) continue;
    const counselor = await staffContext(on(filedOn), cast.counselor);
    const key = `${r.givenName} ${r.familyName}`;
    let personId = households.get(key);
    if (!personId) {
      personId = (
        await createPerson(on(filedOn))(counselor, {
          identity: {
            givenName: r.givenName,
            familyName: r.familyName,
            city: 'Montréal',
            region: 'Québec',
            country: 'CA',
            preferredLanguage: 'fr',
          },
          intakeOn: addDays(filedOn, -30),
        })
      ).id;
      households.set(key, personId);
    }
    // The receipts, when documents can be stored (a key ring); the meals come without one.
    const receiptId = deps.keyRing
      ? (
          await uploadDocument(on(filedOn))(counselor, {
            personId,
            type: 'other',
            title: `Reçus — ${r.purpose === 'move' ? 'déménagement' : 'séjour exploratoire'}`,
            fileName: 'recus.pdf',
            declaredMediaType: 'application/pdf',
            content: receiptPdf,
          })
        ).id
      : null;
    const { id } = await fileAidRequest(on(filedOn))(counselor, {
      personId,
      programId: cast.programId,
      purpose: r.purpose,
      regionCode: r.regionCode,
      dependantsCount: r.householdSize - 1,
      lines: r.lines.map((l) => ({
        kind: l.kind,
        amountCents: l.amountCents,
        receiptDocumentId: l.receipt === false ? null : receiptId,
      })),
    });
    filed += 1;
    if (r.outcome === 'submitted') continue;
    const decidedOn = addDays(filedOn, 4);
    const coordinator = await staffContext(on(decidedOn), cast.coordinator);
    if (r.outcome === 'refused') {
      await decideAidRequest(on(decidedOn))(coordinator, {
        requestId: id,
        body: { decision: 'refuse', reason: r.purpose === 'exploratory_stay' ? 'not_eligible' : 'other' },
      });
      continue;
    }
    // The owner approves what the rules allow (read on the request, as the decision page shows it).
    const view = await readAidRequest(on(decidedOn))(coordinator, { requestId: id });
    const approvedCents = view.lines.map((l) => l.assessedCents ?? 0);
    if (approvedCents.every((c) => c === 0)) {
      await decideAidRequest(on(decidedOn))(coordinator, {
        requestId: id,
        body: { decision: 'refuse', reason: 'receipts_missing' },
      });
      continue;
    }
    await decideAidRequest(on(decidedOn))(coordinator, {
      requestId: id,
      body: { decision: 'approve', approvedCents },
    });
    if (r.outcome === 'approved') continue;
    const paidOn = addDays(filedOn, 10);
    await payAidRequest(on(paidOn))(await staffContext(on(paidOn), cast.coordinator), {
      requestId: id,
      paidOn,
      method: 'transfer',
      reference: `VIR-${String(filed).padStart(4, '0')}`,
    });
    if (r.outcome === 'reversed') {
      const back = addDays(paidOn, 3);
      await reverseAidPayment(on(back))(await staffContext(on(back), cast.coordinator), {
        requestId: id,
        reversedOn: back,
        reason: 'Virement retourné par la banque (compte fermé)',
      });
      const again = addDays(back, 2);
      await payAidRequest(on(again))(await staffContext(on(again), cast.coordinator), {
        requestId: id,
        paidOn: again,
        method: 'cheque',
        reference: `CHQ-${String(filed).padStart(4, '0')}`,
      });
    }
  }
  return { requests: filed };
}
