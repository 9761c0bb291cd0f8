import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bucketOf, lastMonths, median, monthBounds, monthlyContactFigures } from './monthly-contacts.js';

describe('contacts per person per month', () => {
  it('bounds months, leap Februaries included, and lists the last months across a year', () => {
    expect(monthBounds('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(monthBounds('2026-02')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(lastMonths('2026-02-15', 4)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });

  it('medians are exact and buckets cap at 4+', () => {
    expect(median([])).toBeNull();
    expect(median([3])).toBe(3);
    expect(median([4, 1, 2])).toBe(2);
    expect(median([0, 1, 2, 5])).toBe(1.5);
    expect([0, 1, 2, 3, 4, 9].map(bucketOf)).toEqual(['0', '1', '2', '3', '4+', '4+']);
  });

  it('counts each person enrolled in the month once, with zero contacts when there were none', () => {
    const figures = monthlyContactFigures(
      ['2026-01', '2026-02'],
      [
        { key: 'a', enrolledOn: '2025-06-01', endedOn: null },
        { key: 'b', enrolledOn: '2026-01-31', endedOn: '2026-01-31' },
        { key: 'c', enrolledOn: '2026-02-28', endedOn: null },
        { key: 'a', enrolledOn: '2026-01-10', endedOn: null },
        { key: 'gone', enrolledOn: '2025-01-01', endedOn: '2025-12-31' },
      ],
      [
        { key: 'a', day: '2026-01-05' },
        { key: 'a', day: '2026-01-20' },
        { key: 'a', day: '2026-02-01' },
        { key: 'b', day: '2026-01-31' },
        { key: 'gone', day: '2026-01-02' },
        { key: 'c', day: '2026-03-01' },
      ],
      2,
    );
    expect(figures).toEqual([
      {
        month: '2026-01',
        people: 2,
        contacts: 3,
        median: 1.5,
        histogram: { '0': 0, '1': 1, '2': 1, '3': 0, '4+': 0 },
        belowExpected: 1,
      },
      {
        month: '2026-02',
        people: 2,
        contacts: 1,
        median: 0.5,
        histogram: { '0': 1, '1': 1, '2': 0, '3': 0, '4+': 0 },
        belowExpected: 2,
      },
    ]);
    expect(monthlyContactFigures(['2026-01'], [], [], null)[0]).toMatchObject({
      people: 0,
      median: null,
      belowExpected: null,
    });
  });

  it('the histogram adds up to the people counted and the median lies within the counts', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ key: fc.constantFrom('a', 'b', 'c', 'd', 'e'), day: fc.integer({ min: 1, max: 28 }) }),
        ),
        fc.subarray(['a', 'b', 'c', 'd', 'e']),
        (contacts, enrolled) => {
          const [figure] = monthlyContactFigures(
            ['2026-02'],
            enrolled.map((key) => ({ key, enrolledOn: '2026-01-01', endedOn: null })),
            contacts.map((c) => ({ key: c.key, day: `2026-02-${String(c.day).padStart(2, '0')}` })),
            1,
          );
          const total = Object.values(figure!.histogram).reduce((s, n) => s + n, 0);
          expect(total).toBe(enrolled.length);
          expect(figure!.contacts).toBe(contacts.filter((c) => enrolled.includes(c.key)).length);
          if (enrolled.length > 0) {
            expect(figure!.median).toBeGreaterThanOrEqual(0);
            expect(figure!.median).toBeLessThanOrEqual(figure!.contacts);
          }
        },
      ),
    );
  });
});
