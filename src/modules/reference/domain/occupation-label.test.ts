import { describe, expect, it } from 'vitest';
import { genderedForms, occupationLabelFor } from './occupation-label.js';

describe('the label of an ESCO occupation for a person', () => {
  it('takes the form of the person’s sex, both forms when it is not known', () => {
    const label = 'ingénieur génie civil/ingénieure génie civil';
    expect(occupationLabelFor(label, 'female')).toBe('Ingénieure génie civil');
    expect(occupationLabelFor(label, 'male')).toBe('Ingénieur génie civil');
    expect(occupationLabelFor(label, null)).toBe('Ingénieur génie civil/ingénieure génie civil');
    expect(occupationLabelFor(label, 'other')).toBe('Ingénieur génie civil/ingénieure génie civil');
    expect(occupationLabelFor('civil engineer', 'female')).toBe('Civil engineer');
    expect(occupationLabelFor('waiter/waitress', 'female')).toBe('Waitress');
  });

  it('writes the complement ESCO gives once, after the feminine, in both forms', () => {
    expect(genderedForms('chaudronnier/chaudronnière de cuivre')).toEqual({
      masculine: 'chaudronnier de cuivre',
      feminine: 'chaudronnière de cuivre',
    });
    expect(occupationLabelFor("chargé/chargée d'enseignement général du second degré", 'male')).toBe(
      "Chargé d'enseignement général du second degré",
    );
    expect(
      genderedForms('trancheur-dérouleur de bois de placage/trancheuse dérouleuse de bois de placage'),
    ).toEqual({
      masculine: 'trancheur-dérouleur de bois de placage',
      feminine: 'trancheuse dérouleuse de bois de placage',
    });
  });

  it('keeps as ESCO writes them the labels that are not one pair of forms', () => {
    expect(genderedForms('técnico/a de codificación de documentación sanitaria')).toBeNull();
    expect(genderedForms('comptable')).toBeNull();
    expect(genderedForms('vendeur/vendeuse/conseiller')).toBeNull();
    expect(occupationLabelFor('técnico/a de codificación', 'female')).toBe('Técnico/a de codificación');
    expect(genderedForms('director de ventas/directora de ventas/')).toEqual({
      masculine: 'director de ventas',
      feminine: 'directora de ventas',
    });
    expect(
      genderedForms(
        'formateur «lutte contre l’illettrisme/français langue étrangère»/formatrice «lutte contre l’illettrisme/français langue étrangère»',
      )?.feminine,
    ).toBe('formatrice «lutte contre l’illettrisme/français langue étrangère»');
    expect(occupationLabelFor('المدير الفني / المديرة الفنية', 'female')).toBe('المديرة الفنية');
  });
});
