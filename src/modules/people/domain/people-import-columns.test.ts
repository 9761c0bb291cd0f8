import { describe, expect, it } from 'vitest';
import {
  importedDate,
  importedList,
  importedSex,
  peopleImportColumnOf,
  peopleImportColumns,
  peopleImportTemplateCsv,
} from './people-import-columns.js';

describe('the columns of a people import', () => {
  it('reads headers in French or English, whatever their case, accents, spaces or dashes', () => {
    expect(peopleImportColumnOf('Prénom')).toBe('given_name');
    expect(peopleImportColumnOf(' FIRST-NAME ')).toBe('given_name');
    expect(peopleImportColumnOf('Nom de famille')).toBe('family_name');
    expect(peopleImportColumnOf('Date de naissance')).toBe('birth_date');
    expect(peopleImportColumnOf('Date of birth')).toBe('birth_date');
    expect(peopleImportColumnOf('E-mail')).toBe('email');
    expect(peopleImportColumnOf('Courriel')).toBe('email');
    expect(peopleImportColumnOf('Téléphone')).toBe('phone');
    expect(peopleImportColumnOf('Référent')).toBe('referent_email');
    expect(peopleImportColumnOf('Nom original')).toBe('family_name_original');
    expect(peopleImportColumnOf('Programme')).toBe('program');
    expect(peopleImportColumnOf('Date d’inscription')).toBe('enrolled_on');
    expect(peopleImportColumnOf('Source de repérage')).toBe('intake_source');
    expect(peopleImportColumnOf('Notes')).toBeNull();
    expect(peopleImportColumnOf('')).toBeNull();
  });

  it('gives each header to one column only', () => {
    const all = peopleImportColumns.flatMap((c) => [c.name, ...c.aliases]);
    expect(new Set(all).size).toBe(all.length);
    for (const header of all) expect(peopleImportColumnOf(header), header).not.toBeNull();
  });

  it('reads birth dates written the ISO way or day first, and nothing else', () => {
    expect(importedDate('1994-05-12')).toBe('1994-05-12');
    expect(importedDate('12/05/1994')).toBe('1994-05-12');
    expect(importedDate('2.5.1994')).toBe('1994-05-02');
    expect(importedDate('12-05-1994')).toBe('1994-05-12');
    expect(importedDate('05/12/94')).toBeNull();
    expect(importedDate('mai 1994')).toBeNull();
  });

  it('reads sex in both languages and refuses anything else', () => {
    expect(['F', 'femme', 'Female', 'w'].map(importedSex)).toEqual(['female', 'female', 'female', 'female']);
    expect(['M', 'H', 'homme', 'Male'].map(importedSex)).toEqual(['male', 'male', 'male', 'male']);
    expect(['X', 'autre', 'other'].map(importedSex)).toEqual(['other', 'other', 'other']);
    expect(importedSex('?')).toBeNull();
  });

  it('splits lists on bars, commas, semicolons or spaces', () => {
    expect(importedList('ar|fr')).toEqual(['ar', 'fr']);
    expect(importedList(' ar, fr ;uk ')).toEqual(['ar', 'fr', 'uk']);
    expect(importedList('')).toEqual([]);
  });

  it('offers a template whose header line reads back as every column, in order', () => {
    const [header] = peopleImportTemplateCsv().split('\r\n');
    expect(header?.split(';').map(peopleImportColumnOf)).toEqual(peopleImportColumns.map((c) => c.name));
  });
});
