import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CriterionFit, isApplicable } from './criteria.js';
import { contractFit, credentialFit, distanceFit, hoursFit, skillsFit } from './practical-fit.js';

const fitOf = (outcome: ReturnType<typeof distanceFit>) => (outcome as CriterionFit).fit as number;

describe('distanceFit', () => {
  it('fits a remote job and one within the radius, less one beyond, not one twice as far', () => {
    const mobility = { km: 30, assumed: false };
    expect(distanceFit({ remote: true, distanceKm: null }, null)).toMatchObject({
      fit: 1,
      reason: 'distance_remote',
    });
    expect(fitOf(distanceFit({ remote: false, distanceKm: 0 }, mobility))).toBe(1);
    expect(distanceFit({ remote: false, distanceKm: 30 }, mobility)).toMatchObject({
      fit: 0.75,
      reason: 'distance_within',
    });
    expect(distanceFit({ remote: false, distanceKm: 45 }, mobility)).toMatchObject({
      fit: 0.375,
      reason: 'distance_beyond',
    });
    expect(distanceFit({ remote: false, distanceKm: 60 }, mobility)).toMatchObject({
      fit: 0,
      reason: 'distance_too_far',
    });
    expect(distanceFit({ remote: false, distanceKm: null }, mobility)).toMatchObject({ fit: null });
    expect(distanceFit({ remote: false, distanceKm: 10 }, null)).toMatchObject({ fit: null });
  });

  it('says when the radius is the organization default', () => {
    expect(distanceFit({ remote: false, distanceKm: 12.4 }, { km: 30, assumed: true })).toMatchObject({
      params: { km: 12, mobilityKm: 30, assumed: true },
    });
  });

  it('falls as the job gets farther and rises as the person can travel farther', () => {
    const km = fc.double({ min: 0, max: 2000, noNaN: true });
    const radius = fc.integer({ min: 0, max: 500 });
    fc.assert(
      fc.property(km, km, radius, radius, (a, b, r1, r2) => {
        const [near, far] = a <= b ? [a, b] : [b, a];
        const [small, large] = r1 <= r2 ? [r1, r2] : [r2, r1];
        const fitAt = (d: number, r: number) =>
          fitOf(distanceFit({ remote: false, distanceKm: d }, { km: r, assumed: false }));
        expect(fitAt(near, small)).toBeGreaterThanOrEqual(fitAt(far, small));
        expect(fitAt(far, large)).toBeGreaterThanOrEqual(fitAt(far, small));
        expect(fitAt(far, small)).toBeGreaterThanOrEqual(0);
        expect(fitAt(near, large)).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('contractFit and hoursFit', () => {
  const wishes = { contractTypes: ['cdi', 'cdd'], minHoursPerWeek: 24, maxHoursPerWeek: 35 };

  it('fits a wished contract, less another, and is unknown without wishes', () => {
    expect(contractFit('cdi', wishes)).toMatchObject({ fit: 1, reason: 'contract_wished' });
    expect(contractFit('interim', wishes)).toMatchObject({ fit: 0.25, reason: 'contract_not_wished' });
    expect(contractFit('cdi', null)).toMatchObject({ fit: null });
    expect(contractFit('cdi', { ...wishes, contractTypes: [] })).toMatchObject({ fit: null });
    expect(isApplicable(contractFit(null, wishes))).toBe(false);
  });

  it('fits hours within the range and loses a tenth per hour outside', () => {
    expect(hoursFit(35, wishes)).toMatchObject({ fit: 1, reason: 'hours_within' });
    expect(hoursFit(20, wishes)).toMatchObject({ fit: 0.6, reason: 'hours_fewer' });
    expect(hoursFit(39, wishes)).toMatchObject({ fit: 0.6, reason: 'hours_more' });
    expect(hoursFit(60, wishes)).toMatchObject({ fit: 0 });
    expect(hoursFit(35, { ...wishes, minHoursPerWeek: null, maxHoursPerWeek: null })).toMatchObject({
      fit: null,
    });
    expect(isApplicable(hoursFit(null, wishes))).toBe(false);
  });

  it('keeps the hours fit between 0 and 1', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 80 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 60 }),
        (hours, a, b) => {
          const fit = (
            hoursFit(hours, {
              contractTypes: [],
              minHoursPerWeek: Math.min(a, b),
              maxHoursPerWeek: Math.max(a, b),
            }) as CriterionFit
          ).fit as number;
          expect(fit).toBeGreaterThanOrEqual(0);
          expect(fit).toBeLessThanOrEqual(1);
          expect(fit === 1).toBe(hours >= Math.min(a, b) && hours <= Math.max(a, b));
        },
      ),
    );
  });
});

describe('credentialFit and skillsFit', () => {
  const required = [
    { code: 'us.ky.rn', label: 'Kentucky RN licence' },
    { code: 'cpr', label: 'CPR certification' },
  ];

  it('counts held credentials fully, ones in progress by half, and names the missing', () => {
    expect(
      credentialFit(
        required,
        new Map([
          ['us.ky.rn', 'held'],
          ['cpr', 'held'],
        ]),
      ),
    ).toMatchObject({ fit: 1, reason: 'credential_held' });
    expect(
      credentialFit(
        required,
        new Map([
          ['us.ky.rn', 'in_progress'],
          ['cpr', 'held'],
        ]),
      ),
    ).toMatchObject({
      fit: 0.75,
      reason: 'credential_in_progress',
      params: { inProgress: 'Kentucky RN licence' },
    });
    expect(credentialFit(required, new Map())).toMatchObject({
      fit: 0,
      reason: 'credential_missing',
      params: { missing: 'Kentucky RN licence, CPR certification' },
    });
    expect(isApplicable(credentialFit([], new Map()))).toBe(false);
  });

  it('gives the share of listed skills the person has', () => {
    expect(skillsFit(['a', 'b', 'c', 'd'], ['a', 'c', 'x'])).toMatchObject({
      fit: 0.5,
      params: { covered: 2, required: 4 },
    });
    expect(skillsFit(['a', 'a'], ['a'])).toMatchObject({ fit: 1 });
    expect(skillsFit(['a'], [])).toMatchObject({ fit: null });
    expect(isApplicable(skillsFit([], ['a']))).toBe(false);
  });
});
