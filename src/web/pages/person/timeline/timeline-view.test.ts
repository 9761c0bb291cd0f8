import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOf, groupByDay, labelValues, linkOf, periodBounds } from './timeline-view.js';

const event = (occurredAt: string, allDay = false) => ({ occurredAt, allDay });

describe('the timeline screen', () => {
  it('puts a day-only event on its own date and an instant on the local date', () => {
    expect(dayOf(event('2026-03-04T12:00:00.000Z', true))).toBe('2026-03-04');
    const instant = new Date(2026, 2, 4, 23, 30);
    expect(dayOf(event(instant.toISOString()))).toBe('2026-03-04');
  });

  it('groups consecutive events of a day, keeping their order and every event', () => {
    const events = [
      event(new Date(2026, 2, 5, 9).toISOString()),
      event('2026-03-05T12:00:00.000Z', true),
      event(new Date(2026, 2, 4, 18).toISOString()),
    ];
    expect(groupByDay(events).map((g) => [g.day, g.events.length])).toEqual([
      ['2026-03-05', 2],
      ['2026-03-04', 1],
    ]);
    fc.assert(
      fc.property(
        fc.array(fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })),
        (dates) => {
          const sorted = dates
            .map((d) => event(d.toISOString()))
            .sort((a, b) => (a.occurredAt < b.occurredAt ? 1 : -1));
          const groups = groupByDay(sorted);
          expect(groups.flatMap((g) => g.events)).toEqual(sorted);
          expect(new Set(groups.map((g) => g.day)).size).toBe(groups.length);
        },
      ),
    );
  });

  it('chooses the name in the reader’s language and translates vocabulary values', () => {
    const data = {
      programNameFr: 'Parcours',
      programNameEn: 'Pathway',
      purpose: 'funder_reporting',
      tranche: 2,
      gone: null,
    };
    const translate = (field: string, value: string) => (field === 'purpose' ? `<${value}>` : undefined);
    expect(labelValues(data, 'en', translate, 'withheld')).toMatchObject({
      program: 'Pathway',
      purpose: '<funder_reporting>',
      tranche: 2,
    });
    expect(labelValues(data, 'fr', translate, 'withheld')).toMatchObject({ program: 'Parcours' });
    expect(labelValues(data, 'ar', translate, 'withheld')).toMatchObject({ program: 'Parcours' });
    expect(
      labelValues({ titleFr: null, titleEn: 'Only English' }, 'fr', translate, 'withheld'),
    ).toMatchObject({
      title: 'Only English',
    });
    expect(labelValues(data, 'en', translate, 'withheld')).toMatchObject({ gone: 'withheld' });
  });

  it('turns a period of days into the instants of the reader’s zone, the last day included', () => {
    expect(periodBounds('2026-03-01', '2026-03-31')).toEqual({
      from: new Date(2026, 2, 1).toISOString(),
      to: new Date(2026, 3, 1).toISOString(),
      reversed: false,
    });
    expect(periodBounds('', '')).toEqual({ reversed: false });
    expect(periodBounds('2026-03-31', '2026-03-01')).toEqual({ reversed: true });
  });

  it('links an event to the page of its record, or to the tab of its module', () => {
    const base = { resourceId: 'a0000000-0000-7000-8000-000000000001', data: {} };
    expect(linkOf({ ...base, module: 'loan-fund', kind: 'loan.repaid', resourceType: 'loan' })).toEqual({
      to: 'loan',
      loanId: base.resourceId,
    });
    expect(
      linkOf({
        ...base,
        module: 'loan-fund',
        kind: 'loan.application_filed',
        resourceType: 'loan_application',
      }),
    ).toEqual({
      to: 'tab',
      tab: 'loans',
    });
    expect(
      linkOf({ ...base, module: 'sessions', kind: 'session.enrolled', resourceType: 'session_series' }),
    ).toEqual({
      to: 'series',
      seriesId: base.resourceId,
    });
    expect(linkOf({ ...base, module: 'people', kind: 'consent.given', resourceType: 'consent' })).toEqual({
      to: 'tab',
      tab: 'consent',
    });
    expect(
      linkOf({ ...base, module: 'programs', kind: 'enrolment.started', resourceType: 'enrolment' }),
    ).toEqual({
      to: 'tab',
      tab: 'enrolments',
    });
    expect(
      linkOf({ ...base, module: 'placements', kind: 'placement.started', resourceType: 'placement' }),
    ).toBeUndefined();
  });
});
