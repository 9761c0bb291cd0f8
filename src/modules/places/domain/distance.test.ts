import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Coordinates, earthRadiusKm, greatCircleKm } from './distance.js';

const point = fc.record({
  latitude: fc.double({ min: -90, max: 90, noNaN: true }),
  longitude: fc.double({ min: -180, max: 180, noNaN: true }),
});
const halfCircumference = Math.PI * earthRadiusKm;

describe('greatCircleKm', () => {
  it('matches known distances', () => {
    const paris = { latitude: 48.8566, longitude: 2.3522 };
    const london = { latitude: 51.5074, longitude: -0.1278 };
    expect(greatCircleKm(paris, london)).toBeCloseTo(343.5, 0);
    // One degree of latitude along a meridian is πR/180.
    expect(greatCircleKm({ latitude: 0, longitude: 0 }, { latitude: 1, longitude: 0 })).toBeCloseTo(
      halfCircumference / 180,
      6,
    );
    // Antipodes are half the circumference apart.
    expect(greatCircleKm({ latitude: 45, longitude: 10 }, { latitude: -45, longitude: -170 })).toBeCloseTo(
      halfCircumference,
      6,
    );
  });

  it('is zero from a point to itself, symmetric, never negative nor above half the circumference', () => {
    fc.assert(
      fc.property(point, point, (a, b) => {
        expect(greatCircleKm(a, a)).toBeCloseTo(0, 6);
        const d = greatCircleKm(a, b);
        expect(d).toBeGreaterThanOrEqual(0);
        expect(d).toBeLessThanOrEqual(halfCircumference + 1e-6);
        expect(greatCircleKm(b, a)).toBeCloseTo(d, 6);
      }),
    );
  });

  it('obeys the triangle inequality', () => {
    // Near antipodes the haversine's asin was off by some 5 cm, more than this tolerance (found by CI).
    const [a, b, c] = [
      { latitude: 0, longitude: 0 },
      { latitude: 0, longitude: 0.000001207418407034311 },
      { latitude: 0, longitude: -179.9999999999999 },
    ];
    expect(greatCircleKm(a, c)).toBeLessThanOrEqual(greatCircleKm(a, b) + greatCircleKm(b, c) + 1e-6);
    fc.assert(
      fc.property(point, point, point, (a, b, c) => {
        expect(greatCircleKm(a, c)).toBeLessThanOrEqual(greatCircleKm(a, b) + greatCircleKm(b, c) + 1e-6);
      }),
      { numRuns: 2000 },
    );
  });

  it('does not depend on which side of the antimeridian a longitude is written', () => {
    fc.assert(
      fc.property(point, point, (a, b) => {
        const shifted: Coordinates = {
          latitude: b.latitude,
          longitude: b.longitude + (b.longitude < 0 ? 360 : -360),
        };
        expect(greatCircleKm(a, shifted)).toBeCloseTo(greatCircleKm(a, b), 6);
      }),
    );
  });
});
