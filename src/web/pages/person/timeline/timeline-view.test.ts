import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOf, groupByDay, labelValues, linkOf, periodBounds } from './timeline-view.js';

const event = (occurredAt: string, allDay = false) => ({ occurredAt, allDay });

describe('the timeline screen', () => {
  it('puts a day-only event on its own date and an instant on the organization’s date, not the browser’s', () => {
    expect(dayOf(event('2026-03-04T12:00:00.000Z', true), 'America/Toronto')).toBe('2026-03-04');
    // 23:30 in Toronto on 4 March is 04:30 UTC on the 5th; 00:30 in Paris on the 5th is the 4th in UTC.
    expect(dayOf(event('2026-03-05T04:30:00.000Z'), 'America/Toronto')).toBe('2026-03-04');
    expect(dayOf(event('2026-03-04T23:30:00.000Z'), 'Europe/Paris')).toBe('2026-03-05');
  });

  it('groups consecutive events of a day, keeping their order and every event', () => {
    const events = [
      event('2026-03-05T08:00:00.000Z'),
      event('2026-03-05T12:00:00.000Z', true),
      // 20:00 on the 4th in Toronto, the 5th in UTC.
      event('2026-03-05T01:00:00.000Z'),
    ];
    expect(groupByDay(events, 'America/Toronto').map((g) => [g.day, g.events.length])).toEqual([
      ['2026-03-05', 2],
      ['2026-03-04', 1],
    ]);
    fc.assert(
      fc.property(
        fc.array(fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })),
        fc.constantFrom('Europe/Paris', 'America/Toronto', 'America/Chicago', 'UTC'),
        (dates, zone) => {
          const sorted = dates
            .map((d) => event(d.toISOString()))
            .sort((a, b) => (a.occurredAt < b.occurredAt ? 1 : -1));
          const groups = groupByDay(sorted, zone);
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

  it('turns a period of days into the instants of the organization’s zone, the last day included', () => {
    // Paris is UTC+1 on 1 March and UTC+2 on 1 April (summer time from 29 March).
    expect(periodBounds('2026-03-01', '2026-03-31', 'Europe/Paris')).toEqual({
      from: '2026-02-28T23:00:00.000Z',
      to: '2026-03-31T22:00:00.000Z',
      reversed: false,
    });
    expect(periodBounds('2026-03-01', '', 'America/Chicago')).toEqual({
      from: '2026-03-01T06:00:00.000Z',
      reversed: false,
    });
    expect(periodBounds('', '', 'Europe/Paris')).toEqual({ reversed: false });
    expect(periodBounds('2026-03-31', '2026-03-01', 'Europe/Paris')).toEqual({ reversed: true });
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
      linkOf({ ...base, module: 'people', kind: 'household.joined', resourceType: 'household' }),
    ).toEqual({
      to: 'tab',
      tab: 'household',
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
