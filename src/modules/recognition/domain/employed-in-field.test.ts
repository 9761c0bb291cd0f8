import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  employedInField,
  emptyFootprint,
  type FieldCase,
  type FieldJob,
  type FieldStanding,
  jobCountsFor,
  type OccupationFootprint,
  sameField,
} from './employed-in-field.js';

const nurseEsco = 'esco-nurse';
const nurse: OccupationFootprint = { escoIds: [nurseEsco], iscoUnits: ['2221'], codes: ['onet:29-1141.00'] };
const midwife: OccupationFootprint = {
  escoIds: ['esco-midwife'],
  iscoUnits: ['2222'],
  codes: ['onet:29-9099.01'],
};

function subsets<T>(items: readonly T[]): T[][] {
  const all: T[][] = [[]];
  for (const item of items) for (const s of [...all]) all.push([...s, item]);
  return all;
}

/** Every footprint over two values per dimension: 4 × 4 × 4. */
const footprints: OccupationFootprint[] = subsets(['e1', 'e2']).flatMap((escoIds) =>
  subsets(['1111', '2222']).flatMap((iscoUnits) =>
    subsets(['onet:a', 'rome:b']).map((codes) => ({ escoIds, iscoUnits, codes })),
  ),
);

describe('same field', () => {
  it('holds exactly when the two share an ESCO occupation, an ISCO unit group or a national code (every pair)', () => {
    for (const a of footprints)
      for (const b of footprints) {
        const shared =
          a.escoIds.some((id) => b.escoIds.includes(id)) ||
          a.iscoUnits.some((u) => b.iscoUnits.includes(u)) ||
          a.codes.some((c) => b.codes.includes(c));
        expect(sameField(a, b), JSON.stringify([a, b])).toBe(shared);
        expect(sameField(a, b)).toBe(sameField(b, a));
      }
  });

  it('an occupation nobody could name is in no field, not even its own', () => {
    for (const a of footprints) expect(sameField(emptyFootprint, a)).toBe(false);
  });

  it('a nurse placed as a nurse through another classification, or in the same ISCO unit group, is in her field', () => {
    expect(sameField(nurse, { escoIds: [], iscoUnits: [], codes: ['onet:29-1141.00'] })).toBe(true);
    expect(sameField(nurse, { escoIds: ['esco-other'], iscoUnits: ['2221'], codes: [] })).toBe(true);
    expect(sameField(nurse, midwife)).toBe(false);
  });
});

const aCase = (standing: FieldStanding, patch: Partial<FieldCase> = {}): FieldCase => ({
  personId: 'p1',
  startedOn: '2026-03-01',
  standing,
  occupation: nurse,
  ...patch,
});
const aJob = (patch: Partial<FieldJob> = {}): FieldJob => ({
  personId: 'p1',
  startsOn: '2026-06-01',
  endsOn: null,
  occupation: nurse,
  ...patch,
});

describe('a job counts for a case', () => {
  // Days around the case's start (03-01) and a period of 04-01 … 09-30.
  const days = ['2026-01-15', '2026-03-01', '2026-05-01', '2026-10-15', null] as const;
  const period = { from: '2026-04-01', to: '2026-09-30' };

  it('when in the field, not ended before the case started, and overlapping the period (every start and end)', () => {
    for (const startsOn of days)
      for (const endsOn of days) {
        if (startsOn === null || (endsOn !== null && endsOn < startsOn)) continue;
        const job = aJob({ startsOn, endsOn });
        const expected =
          (endsOn === null || endsOn >= '2026-03-01') &&
          startsOn <= period.to &&
          (endsOn === null || endsOn >= period.from);
        expect(jobCountsFor(job, aCase('credential'), period), `${startsOn} → ${endsOn}`).toBe(expected);
        expect(jobCountsFor({ ...job, occupation: midwife }, aCase('credential'), period)).toBe(false);
        expect(jobCountsFor({ ...job, personId: 'p2' }, aCase('credential'), period)).toBe(false);
      }
  });
});

describe('employed in one’s field', () => {
  it('counts a person once, with the credential when one of her cases gave it', () => {
    const cases = [aCase('in_progress'), aCase('credential', { startedOn: '2025-01-01' })];
    expect(employedInField(cases, [aJob()])).toEqual({ credentialObtained: 1, inProgress: 0 });
    expect(employedInField([aCase('in_progress')], [aJob()])).toEqual({
      credentialObtained: 0,
      inProgress: 1,
    });
    expect(employedInField([aCase('other')], [aJob()])).toEqual({ credentialObtained: 0, inProgress: 0 });
    expect(employedInField([aCase('credential')], [aJob({ occupation: midwife })])).toEqual({
      credentialObtained: 0,
      inProgress: 0,
    });
    expect(employedInField([aCase('credential')], [])).toEqual({ credentialObtained: 0, inProgress: 0 });
  });

  const people = ['p1', 'p2', 'p3'];
  const day = fc
    .integer({ min: 0, max: 700 })
    .map((n) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
  const footprint = fc.constantFrom(...footprints);
  const caseArb = fc.record({
    personId: fc.constantFrom(...people),
    startedOn: day,
    standing: fc.constantFrom<FieldStanding>('credential', 'in_progress', 'other'),
    occupation: footprint,
  });
  const jobArb = fc
    .record({
      personId: fc.constantFrom(...people),
      startsOn: day,
      length: fc.option(fc.integer({ min: 0, max: 400 })),
    })
    .chain((j) =>
      footprint.map((occupation) => ({
        personId: j.personId,
        startsOn: j.startsOn,
        endsOn:
          j.length === null
            ? null
            : new Date(Date.parse(j.startsOn) + j.length * 86_400_000).toISOString().slice(0, 10),
        occupation,
      })),
    );
  const periodArb = fc
    .tuple(fc.option(day), fc.option(day))
    .map(([a, b]) => (a !== null && b !== null && a > b ? { from: b, to: a } : { from: a, to: b }));

  it('never counts more people than have a case with a credential or on the way, nor anyone twice', () => {
    fc.assert(
      fc.property(
        fc.array(caseArb, { maxLength: 8 }),
        fc.array(jobArb, { maxLength: 8 }),
        periodArb,
        (cases, jobs, period) => {
          const counted = employedInField(cases, jobs, period);
          const eligible = new Set(cases.filter((c) => c.standing !== 'other').map((c) => c.personId));
          expect(counted.credentialObtained + counted.inProgress).toBeLessThanOrEqual(eligible.size);
          const withCredential = new Set(
            cases.filter((c) => c.standing === 'credential').map((c) => c.personId),
          );
          expect(counted.credentialObtained).toBeLessThanOrEqual(withCredential.size);
        },
      ),
    );
  });

  it('one more job never lowers the count, and jobs in no field count for nobody', () => {
    fc.assert(
      fc.property(
        fc.array(caseArb, { maxLength: 8 }),
        fc.array(jobArb, { maxLength: 8 }),
        jobArb,
        periodArb,
        (cases, jobs, extra, period) => {
          const before = employedInField(cases, jobs, period);
          const after = employedInField(cases, [...jobs, extra], period);
          expect(after.credentialObtained + after.inProgress).toBeGreaterThanOrEqual(
            before.credentialObtained + before.inProgress,
          );
          expect(after.credentialObtained).toBeGreaterThanOrEqual(before.credentialObtained);
          const nowhere = jobs.map((job) => ({ ...job, occupation: emptyFootprint }));
          expect(employedInField(cases, nowhere, period)).toEqual({ credentialObtained: 0, inProgress: 0 });
        },
      ),
    );
  });

  it('a wider period never counts fewer people', () => {
    fc.assert(
      fc.property(
        fc.array(caseArb, { maxLength: 8 }),
        fc.array(jobArb, { maxLength: 8 }),
        periodArb,
        (cases, jobs, period) => {
          const narrow = employedInField(cases, jobs, period);
          const wide = employedInField(cases, jobs, { from: null, to: null });
          expect(wide.credentialObtained + wide.inProgress).toBeGreaterThanOrEqual(
            narrow.credentialObtained + narrow.inProgress,
          );
        },
      ),
    );
  });
});
