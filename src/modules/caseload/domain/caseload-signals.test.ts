import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  alertsOf,
  compareNextAction,
  compareUrgency,
  nextActionOf,
  noSignals,
  overdueSince,
  type PersonSignals,
  type RankedPerson,
} from './caseload-signals.js';

const today = '2026-12-01';
const signals = (over: Partial<PersonSignals> = {}): PersonSignals => ({ ...noSignals, ...over });
const person = (id: string, over: Partial<PersonSignals> = {}, familyName = id): RankedPerson => ({
  id,
  familyName,
  givenName: 'A',
  signals: signals(over),
});
const overdueStep = { title: 'Send the CV', dueOn: '2026-11-20' };

describe('alerts of a person', () => {
  it('has none without signals', () => {
    expect(alertsOf(noSignals)).toEqual([]);
  });

  it('flags overdue steps, missed appointments and too few contacts, in that order', () => {
    expect(alertsOf(signals({ overdueSteps: 1 }))).toEqual(['overdue']);
    expect(alertsOf(signals({ missedAppointments: 2 }))).toEqual(['missed']);
    expect(alertsOf(signals({ expectedContacts: 2, contactsLast30Days: 1 }))).toEqual(['lowIntensity']);
    expect(
      alertsOf(
        signals({ overdueSteps: 3, missedAppointments: 1, expectedContacts: 4, contactsLast30Days: 0 }),
      ),
    ).toEqual(['overdue', 'missed', 'lowIntensity']);
  });

  it('flags a work contract reaching its term within the window (placements), last', () => {
    expect(alertsOf(signals({ contractEndsOn: '2026-12-20' }))).toEqual(['contractEnding']);
    expect(alertsOf(signals({ overdueSteps: 1, contractEndsOn: '2026-12-20' }))).toEqual([
      'overdue',
      'contractEnding',
    ]);
  });

  it('flags low intensity only below what the program expects, never without an expectation', () => {
    expect(alertsOf(signals({ expectedContacts: 2, contactsLast30Days: 2 }))).toEqual([]);
    expect(alertsOf(signals({ expectedContacts: 2, contactsLast30Days: 5 }))).toEqual([]);
    expect(alertsOf(signals({ expectedContacts: null, contactsLast30Days: 0 }))).toEqual([]);
    expect(alertsOf(signals({ expectedContacts: 1, contactsLast30Days: 0 }))).toEqual(['lowIntensity']);
  });
});

describe('next action', () => {
  it('is nothing without a dated step or appointment', () => {
    expect(nextActionOf(noSignals)).toBeNull();
  });

  it('is the step or the appointment, whichever comes first', () => {
    const step = { title: 'Call the employer', dueOn: '2026-12-05' };
    expect(nextActionOf(signals({ nextStep: step }))).toEqual({
      kind: 'step',
      on: '2026-12-05',
      title: step.title,
    });
    expect(nextActionOf(signals({ nextAppointmentAt: '2026-12-03T09:00:00.000Z' }))).toEqual({
      kind: 'appointment',
      on: '2026-12-03T09:00:00.000Z',
      title: null,
    });
    expect(
      nextActionOf(signals({ nextStep: step, nextAppointmentAt: '2026-12-09T09:00:00.000Z' }))?.kind,
    ).toBe('step');
    expect(
      nextActionOf(signals({ nextStep: step, nextAppointmentAt: '2026-12-04T09:00:00.000Z' }))?.kind,
    ).toBe('appointment');
  });

  it('puts the appointment first on the same day, and an overdue step before any appointment', () => {
    const step = { title: 'Call the employer', dueOn: '2026-12-05' };
    expect(
      nextActionOf(signals({ nextStep: step, nextAppointmentAt: '2026-12-05T15:00:00.000Z' }))?.kind,
    ).toBe('appointment');
    expect(
      nextActionOf(
        signals({ overdueSteps: 1, nextStep: overdueStep, nextAppointmentAt: '2026-12-01T08:00:00.000Z' }),
      )?.kind,
    ).toBe('step');
  });

  it('dates an overdue step only when the next step is before today', () => {
    expect(overdueSince(signals({ overdueSteps: 1, nextStep: overdueStep }), today)).toBe('2026-11-20');
    expect(overdueSince(signals({ overdueSteps: 0, nextStep: overdueStep }), today)).toBeNull();
    expect(
      overdueSince(signals({ overdueSteps: 1, nextStep: { title: 'x', dueOn: today } }), today),
    ).toBeNull();
  });
});

describe('urgency', () => {
  it('ranks more alerts first, then the oldest overdue step, missed appointments, contact shortfall, next action, name', () => {
    const people = [
      person('calm', {}),
      person('soon', { nextAppointmentAt: '2026-12-02T10:00:00.000Z' }),
      person('short2', { expectedContacts: 4, contactsLast30Days: 2 }),
      person('short3', { expectedContacts: 4, contactsLast30Days: 1 }),
      person('missed1', { missedAppointments: 1 }),
      person('missed2', { missedAppointments: 2 }),
      person('overdueRecent', { overdueSteps: 1, nextStep: { title: 'x', dueOn: '2026-11-28' } }),
      person('overdueOld', { overdueSteps: 1, nextStep: { title: 'x', dueOn: '2026-10-01' } }),
      person('everything', {
        overdueSteps: 1,
        nextStep: overdueStep,
        missedAppointments: 1,
        expectedContacts: 2,
        contactsLast30Days: 0,
      }),
    ];
    const ranked = [...people]
      .reverse()
      .sort(compareUrgency(today))
      .map((p) => p.id);
    expect(ranked).toEqual([
      'everything',
      'overdueOld',
      'overdueRecent',
      'missed2',
      'missed1',
      'short3',
      'short2',
      'soon',
      'calm',
    ]);
  });

  it('orders by next action with the people without one last, by name', () => {
    const people = [
      person('b', {}),
      person('a', {}),
      person('late', { nextStep: { title: 'x', dueOn: '2027-01-10' } }),
      person('early', { nextAppointmentAt: '2026-12-02T10:00:00.000Z' }),
    ];
    expect([...people].sort(compareNextAction).map((p) => p.id)).toEqual(['early', 'late', 'a', 'b']);
  });
});

const day = fc
  .integer({ min: 0, max: 120 })
  .map((n) => new Date(Date.parse('2026-10-01T00:00:00Z') + n * 86_400_000).toISOString().slice(0, 10));
const signalsArbitrary: fc.Arbitrary<PersonSignals> = fc.record({
  overdueSteps: fc.nat({ max: 3 }),
  nextStep: fc.option(fc.record({ title: fc.constant('step'), dueOn: day }), { nil: null }),
  nextAppointmentAt: fc.option(
    day.map((d) => `${d}T09:00:00.000Z`),
    { nil: null },
  ),
  missedAppointments: fc.nat({ max: 3 }),
  contactsLast30Days: fc.nat({ max: 5 }),
  lastContactOn: fc.option(day, { nil: null }),
  expectedContacts: fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }),
  contractEndsOn: fc.option(day, { nil: null }),
  followUpDueOn: fc.option(day, { nil: null }),
});
const peopleArbitrary = fc
  .array(fc.tuple(signalsArbitrary, fc.constantFrom('Ba', 'Ab', 'Ca')), { maxLength: 40 })
  .map((list) =>
    list.map(([s, familyName], i) => ({
      id: `p${String(i).padStart(2, '0')}`,
      familyName,
      givenName: 'A',
      signals: s,
    })),
  );

describe('urgency properties', () => {
  it('is a total order: the same people in any order rank the same way', () => {
    fc.assert(
      fc.property(peopleArbitrary, fc.integer(), (people, seed) => {
        const shuffled = [...people].sort(
          (a, b) => ((a.id.charCodeAt(2) * seed) % 7) - ((b.id.charCodeAt(2) * seed) % 7),
        );
        const rank = (list: RankedPerson[]) => [...list].sort(compareUrgency(today)).map((p) => p.id);
        expect(rank(shuffled)).toEqual(rank(people));
      }),
    );
  });

  it('never ranks someone with fewer alerts before someone with more', () => {
    fc.assert(
      fc.property(peopleArbitrary, (people) => {
        const counts = [...people].sort(compareUrgency(today)).map((p) => alertsOf(p.signals).length);
        for (let i = 1; i < counts.length; i++) expect(counts[i]!).toBeLessThanOrEqual(counts[i - 1]!);
      }),
    );
  });

  it('the next action is never later than the next step or the next appointment', () => {
    fc.assert(
      fc.property(signalsArbitrary, (s) => {
        const action = nextActionOf(s);
        expect(action === null).toBe(s.nextStep === null && s.nextAppointmentAt === null);
        if (action && s.nextStep) expect(action.on.slice(0, 10) <= s.nextStep.dueOn).toBe(true);
        if (action && s.nextAppointmentAt)
          expect(action.on.slice(0, 10) <= s.nextAppointmentAt.slice(0, 10)).toBe(true);
      }),
    );
  });
});
