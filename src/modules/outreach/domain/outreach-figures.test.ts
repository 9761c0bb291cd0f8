import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type LeadFact, outreachFigures } from './outreach-figures.js';
import { leadOutcomes, leadSources } from './vocabulary.js';

const period = { from: '2026-01-01', to: '2026-12-31' };
const lead = (over: Partial<LeadFact> = {}): LeadFact => ({
  source: 'partner_referral',
  metOn: '2026-03-02',
  outcome: null,
  outcomeOn: null,
  ...over,
});

describe('outreach figures', () => {
  it('counts the leads met in the period by source, what became of them, and the conversion of the decided ones', () => {
    const figures = outreachFigures(
      [
        lead({ outcome: 'enrolled', outcomeOn: '2026-03-12' }),
        lead({ outcome: 'enrolled', outcomeOn: '2026-03-22' }),
        lead({ outcome: 'not_eligible', outcomeOn: '2026-03-05' }),
        lead(),
        lead({ source: 'outreach_event', outcome: 'unreachable', outcomeOn: '2026-05-01' }),
        lead({ metOn: '2025-12-31', outcome: 'enrolled', outcomeOn: '2026-01-10' }),
      ],
      period,
    );
    expect(figures.total).toMatchObject({
      met: 5,
      open: 1,
      conversionRate: 2 / 4,
      medianDaysToEnrolment: 15,
    });
    expect(figures.bySource).toEqual([
      expect.objectContaining({
        source: 'partner_referral',
        met: 4,
        open: 1,
        outcomes: { enrolled: 2, not_interested: 0, not_eligible: 1, unreachable: 0, referred_elsewhere: 0 },
        conversionRate: 2 / 3,
      }),
      expect.objectContaining({
        source: 'outreach_event',
        met: 1,
        conversionRate: 0,
        medianDaysToEnrolment: null,
      }),
    ]);
  });

  it('takes a lead decided after the period as open at its end', () => {
    const figures = outreachFigures([lead({ outcome: 'enrolled', outcomeOn: '2027-01-04' })], period);
    expect(figures.total).toMatchObject({
      met: 1,
      open: 1,
      conversionRate: null,
      medianDaysToEnrolment: null,
    });
  });

  it('has no row for a source with no lead, and nothing when no lead was met', () => {
    expect(outreachFigures([], period)).toEqual({
      total: expect.objectContaining({ met: 0, open: 0, conversionRate: null }),
      bySource: [],
    });
  });

  const anyLead = fc
    .record({
      source: fc.constantFrom(...leadSources),
      met: fc.integer({ min: 0, max: 800 }),
      outcome: fc.option(fc.constantFrom(...leadOutcomes)),
      after: fc.integer({ min: 0, max: 200 }),
    })
    .map(({ source, met, outcome, after }): LeadFact => {
      const day = (n: number) => new Date(Date.UTC(2025, 6, 1) + n * 86_400_000).toISOString().slice(0, 10);
      return { source, metOn: day(met), outcome, outcomeOn: outcome ? day(met + after) : null };
    });

  it('adds up: the sources make the total, and open plus outcomes make the leads met', () => {
    fc.assert(
      fc.property(fc.array(anyLead, { maxLength: 60 }), (leads) => {
        const { total, bySource } = outreachFigures(leads, period);
        const sum = (pick: (row: typeof total) => number) => bySource.reduce((s, r) => s + pick(r), 0);
        expect(sum((r) => r.met)).toBe(total.met);
        expect(sum((r) => r.open)).toBe(total.open);
        for (const row of [total, ...bySource]) {
          const decided = Object.values(row.outcomes).reduce((s, n) => s + n, 0);
          expect(decided + row.open).toBe(row.met);
          if (row.conversionRate !== null) {
            expect(row.conversionRate).toBeGreaterThanOrEqual(0);
            expect(row.conversionRate).toBeLessThanOrEqual(1);
          }
        }
      }),
    );
  });
});
