import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  arrivalWeek,
  type BusinessStep,
  changedFields,
  defaultBusinessSteps,
  defaultPredepartureDocuments,
  documentsUnique,
  firstAppointmentDay,
  healthNeedsConsistent,
  nextStep,
  type PredepartureDocument,
  predepartureReadiness,
  regionsProblem,
  stepsProblem,
} from './plan-rules.js';
import {
  businessStepKinds,
  documentStatuses,
  healthNeeds,
  maxPreferredRegions,
  predepartureDocumentKinds,
  quebecRegionCodes,
  type RegionRef,
  stepStatuses,
} from './vocabulary.js';

const region = (code: string): RegionRef => ({ country: 'CA', code });

describe('preferred regions', () => {
  it('accepts known Québec regions, each once, up to five, in any order', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...quebecRegionCodes), { maxLength: maxPreferredRegions }),
        (codes) => {
          expect(regionsProblem(codes.map(region))).toBeNull();
        },
      ),
    );
  });

  it('refuses a region given twice, wherever the second one stands', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...quebecRegionCodes), { minLength: 1, maxLength: 4 }),
        fc.nat(),
        (codes, at) => {
          const repeated = [...codes];
          repeated.splice(at % (codes.length + 1), 0, codes[at % codes.length]!);
          expect(regionsProblem(repeated.map(region))).toBe('duplicate');
        },
      ),
    );
  });

  it('refuses more than five and codes that are not a Québec region', () => {
    expect(regionsProblem(['01', '02', '03', '04', '05', '06'].map(region))).toBe('too_many');
    expect(regionsProblem([region('18')])).toBe('unknown_region');
    expect(regionsProblem([region('1')])).toBe('unknown_region');
    expect(regionsProblem([{ country: 'FR', code: '01' } as unknown as RegionRef])).toBe('unknown_region');
    expect(regionsProblem([])).toBeNull();
  });
});

describe('health checklist', () => {
  it('"none" stands alone, every need once (every subset and order of two)', () => {
    for (const a of healthNeeds)
      for (const b of healthNeeds) {
        const expected = a !== b && a !== 'none' && b !== 'none';
        expect(healthNeedsConsistent([a, b])).toBe(expected);
      }
    for (const a of healthNeeds) expect(healthNeedsConsistent([a])).toBe(true);
    expect(healthNeedsConsistent([])).toBe(true);
  });
});

const stepArb: fc.Arbitrary<BusinessStep> = fc
  .record({
    status: fc.constantFrom(...stepStatuses),
    started: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }),
    doneAfter: fc.integer({ min: 0, max: 30 }),
  })
  .map(({ status, started, doneAfter }) => ({
    kind: 'market_study',
    status,
    startedOn: started === null ? null : `2026-03-${String(started + 1).padStart(2, '0')}`,
    doneOn:
      status === 'done'
        ? `2026-0${started === null ? 3 : 4}-${String(Math.min(doneAfter, 27) + 1).padStart(2, '0')}`
        : null,
  }));

describe('business plan steps', () => {
  it('the defaults are each kind once, in the usual order, all to do', () => {
    const steps = defaultBusinessSteps();
    expect(steps.map((s) => s.kind)).toEqual([...businessStepKinds]);
    expect(stepsProblem(steps)).toBeNull();
    expect(nextStep(steps)?.kind).toBe('market_study');
  });

  it('well-formed steps in any order pass; the next step is the first not done in that order', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray([...businessStepKinds]),
        fc.array(stepArb, { minLength: 6, maxLength: 6 }),
        (kinds, shapes) => {
          const steps = kinds.map((kind, i) => ({ ...shapes[i]!, kind }));
          expect(stepsProblem(steps)).toBeNull();
          const next = nextStep(steps);
          const firstOpen = steps.findIndex((s) => s.status !== 'done');
          expect(next).toBe(firstOpen === -1 ? null : steps[firstOpen]);
        },
      ),
    );
  });

  it('every status with and without a done day', () => {
    for (const status of stepStatuses)
      for (const doneOn of [null, '2026-05-01']) {
        const problem = stepsProblem([{ kind: 'premises', status, startedOn: null, doneOn }]);
        if (status === 'done') expect(problem).toBe(doneOn ? null : 'done_without_date');
        else expect(problem).toBe(doneOn ? 'date_without_done' : null);
      }
  });

  it('refuses a step twice and a step done before it started', () => {
    const step: BusinessStep = { kind: 'premises', status: 'to_do', startedOn: null, doneOn: null };
    expect(stepsProblem([step, step])).toBe('duplicate');
    expect(
      stepsProblem([{ kind: 'premises', status: 'done', startedOn: '2026-05-02', doneOn: '2026-05-01' }]),
    ).toBe('done_before_start');
  });
});

describe('pre-departure readiness', () => {
  const documentsOf = (statuses: readonly ('to_do' | 'done')[]): PredepartureDocument[] =>
    statuses.map((status, i) => ({ kind: predepartureDocumentKinds[i]!, status, documentId: null }));

  it('is ready exactly when every document is done, the arrival day is set and the appointment booked (every case up to three documents)', () => {
    const lists: ('to_do' | 'done')[][] = [[]];
    for (let n = 1; n <= 3; n += 1)
      for (let mask = 0; mask < 2 ** n; mask += 1)
        lists.push(Array.from({ length: n }, (_, i) => documentStatuses[(mask >> i) & 1]!));
    for (const statuses of lists)
      for (const plannedArrivalOn of [null, '2027-01-10'])
        for (const firstAppointmentInArrivalWeek of [false, true]) {
          const readiness = predepartureReadiness({
            documents: documentsOf(statuses),
            plannedArrivalOn,
            firstAppointmentInArrivalWeek,
          });
          const allDone = statuses.length > 0 && statuses.every((s) => s === 'done');
          expect(readiness.ready).toBe(allDone && plannedArrivalOn !== null && firstAppointmentInArrivalWeek);
          expect(readiness.gaps.includes('documents')).toBe(!allDone);
          expect(readiness.gaps.includes('arrival_date')).toBe(plannedArrivalOn === null);
          expect(readiness.gaps.includes('first_appointment')).toBe(!firstAppointmentInArrivalWeek);
          expect(readiness.documentsDone).toBe(statuses.filter((s) => s === 'done').length);
          expect(readiness.documentsTotal).toBe(statuses.length);
        }
  });

  it('the default checklist is the six documents, to do, each once', () => {
    const documents = defaultPredepartureDocuments();
    expect(documents.map((d) => d.kind)).toEqual([...predepartureDocumentKinds]);
    expect(documentsUnique(documents)).toBe(true);
    expect(documentsUnique([...documents, documents[0]!])).toBe(false);
  });

  it('the arrival week runs seven days from the arrival day, across months and years', () => {
    expect(arrivalWeek('2027-01-10')).toEqual({ from: '2027-01-10', to: '2027-01-16' });
    expect(arrivalWeek('2026-12-29')).toEqual({ from: '2026-12-29', to: '2027-01-04' });
    expect(arrivalWeek('2028-02-25')).toEqual({ from: '2028-02-25', to: '2028-03-02' });
  });
});

describe('changed fields', () => {
  it('a new plan lists what it fills; a revision lists what differs, list order included', () => {
    expect(changedFields(null, { track: 'employment', regions: [], note: null })).toEqual(['track']);
    const before: { track: string; regions: string[]; note: string | null } = {
      track: 'employment',
      regions: ['08', '01'],
      note: 'a',
    };
    expect(changedFields(before, { ...before })).toEqual([]);
    expect(changedFields(before, { ...before, regions: ['01', '08'] })).toEqual(['regions']);
    expect(changedFields(before, { ...before, track: 'studies', note: null })).toEqual(['track', 'note']);
    // Keys read back from JSONB come in another order: the same object all the same.
    const region = { regions: [{ country: 'CA', code: '08' }] };
    expect(changedFields(region, { regions: [{ code: '08', country: 'CA' } as never] })).toEqual([]);
  });
});

describe('the day a first appointment is offered on', () => {
  it('is the day after the arrival, or the Monday after a weekend (each weekday of arrival)', () => {
    // 2026-06-01 is a Monday.
    const offered = [
      ['2026-06-01', '2026-06-02'],
      ['2026-06-02', '2026-06-03'],
      ['2026-06-03', '2026-06-04'],
      ['2026-06-04', '2026-06-05'],
      ['2026-06-05', '2026-06-08'],
      ['2026-06-06', '2026-06-08'],
      ['2026-06-07', '2026-06-08'],
      ['2026-12-31', '2027-01-01'],
    ];
    for (const [arrival, day] of offered) expect(firstAppointmentDay(arrival as string)).toBe(day);
  });

  it('is always a weekday of the arrival week, after the arrival day', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
        (d) => {
          const arrival = d.toISOString().slice(0, 10);
          const day = firstAppointmentDay(arrival);
          const week = arrivalWeek(arrival);
          const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
          expect(day > arrival && day <= week.to).toBe(true);
          expect(weekday).not.toBe(0);
          expect(weekday).not.toBe(6);
        },
      ),
    );
  });
});
