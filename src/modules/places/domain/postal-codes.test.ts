import { describe, expect, it } from 'vitest';
import { postalKey, provincesOfCanadianPostalCode } from './postal-codes.js';

describe('postal codes', () => {
  it.each([
    ['FR', '33000', '33000'],
    ['FR', '33 000', '33000'],
    ['FR', '3300', undefined],
    ['FR', 'H2X', undefined],
    ['US', '63103', '63103'],
    ['US', '40202-1234', '40202'],
    ['US', '402021234', '40202'],
    ['US', '4020', undefined],
    ['CA', 'H2X', 'H2X'],
    ['CA', 'h2x 1y4', 'H2X'],
    ['CA', 'J9X4P5', 'J9X'],
    ['CA', 'D2X', undefined],
    ['CA', 'W1A', undefined],
    ['CA', '63103', undefined],
  ] as const)('%s %s → %s', (country, text, key) => {
    expect(postalKey(country, text)).toBe(key);
  });

  it('gives the province of a Canadian postal code by its first letter', () => {
    expect(provincesOfCanadianPostalCode('H2X')).toEqual(['QC']);
    expect(provincesOfCanadianPostalCode('J9X')).toEqual(['QC']);
    expect(provincesOfCanadianPostalCode('G5L')).toEqual(['QC']);
    expect(provincesOfCanadianPostalCode('M5V')).toEqual(['ON']);
    expect(provincesOfCanadianPostalCode('X0A')).toEqual(['NT', 'NU']);
    expect(provincesOfCanadianPostalCode('D0A')).toEqual([]);
  });
});
