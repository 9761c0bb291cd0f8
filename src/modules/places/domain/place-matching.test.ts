import { describe, expect, it } from 'vitest';
import type { Place } from './place.js';
import { liesIn, placesNamed, townOfAddressLine } from './place-matching.js';

const place = (name: string, extra: Partial<Place> = {}): Place => ({
  country: 'FR',
  code: name,
  name,
  postalCodes: [],
  region: { kind: 'region', code: '76', name: 'Occitanie' },
  district: { kind: 'department', code: '81', name: 'Tarn' },
  latitude: 0,
  longitude: 0,
  population: null,
  coordinatesEstimated: false,
  ...extra,
});

describe('matching a town to places', () => {
  it('drops La Poste’s CEDEX routing words', () => {
    expect(townOfAddressLine('BORDEAUX CEDEX')).toBe('bordeaux');
    expect(townOfAddressLine('Albi Cedex 9')).toBe('albi');
    expect(townOfAddressLine('Saint-Denis')).toBe('st denis');
  });

  it('prefers the exact name, else a name the town begins or is the beginning of', () => {
    const places = [place('Albi'), place('Le Garric'), place('Rouyn-Noranda')];
    expect(placesNamed(places, 'albi').map((p) => p.name)).toEqual(['Albi']);
    expect(placesNamed(places, 'rouyn').map((p) => p.name)).toEqual(['Rouyn-Noranda']);
    expect(placesNamed(places, 'le garric village').map((p) => p.name)).toEqual(['Le Garric']);
    expect(placesNamed(places, 'al')).toEqual([]);
    expect(placesNamed(places, '')).toEqual([]);
  });

  it('knows a place’s region by the code or name of either division, whatever the accents', () => {
    const albi = place('Albi');
    expect(liesIn(albi, '81')).toBe(true);
    expect(liesIn(albi, 'tarn')).toBe(true);
    expect(liesIn(albi, 'OCCITANIE')).toBe(true);
    expect(liesIn(albi, 'Gironde')).toBe(false);
    const rouyn = place('Rouyn-Noranda', {
      country: 'CA',
      region: { kind: 'province', code: 'QC', name: 'Québec' },
      district: { kind: 'administrative_region', code: '08', name: 'Abitibi-Témiscamingue' },
    });
    expect(liesIn(rouyn, 'Abitibi-Temiscamingue')).toBe(true);
    expect(liesIn(rouyn, 'quebec')).toBe(true);
    expect(liesIn(rouyn, 'ON')).toBe(false);
  });
});
