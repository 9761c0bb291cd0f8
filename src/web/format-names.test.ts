import { describe, expect, it, vi } from 'vitest';

// The interface's i18n reads the browser's language when it loads; Node 20 has no navigator.
vi.hoisted(() => {
  if (typeof navigator === 'undefined') Object.assign(globalThis, { navigator: { language: 'fr' } });
});

import { commonLanguages } from './api/people.js';
import { countryName, countryOptions, languageName } from './format-names.js';

describe('names of languages and countries', () => {
  it('names every language of the lists in French, English and Arabic, never by its code', () => {
    for (const ui of ['fr', 'en', 'ar'])
      for (const code of commonLanguages) expect(languageName(code, ui).toLowerCase(), code).not.toBe(code);
  });

  it('names Fula when the browser has no data for it (Chromium answered "ff")', () => {
    const Real = Intl.DisplayNames;
    class WithoutFula {
      readonly real: Intl.DisplayNames;
      constructor(locales: string[], options: Intl.DisplayNamesOptions) {
        this.real = new Real(locales, options);
      }
      of(code: string) {
        return code === 'ff' ? code : this.real.of(code);
      }
    }
    Object.defineProperty(Intl, 'DisplayNames', { value: WithoutFula, configurable: true, writable: true });
    try {
      expect(languageName('ar', 'fr')).toBe('arabe');
      expect(languageName('ff', 'fr')).toBe('peul');
      expect(languageName('ff', 'en')).toBe('Fula');
    } finally {
      Object.defineProperty(Intl, 'DisplayNames', { value: Real, configurable: true, writable: true });
    }
  });

  it('names countries in the interface language: "SD" is Soudan in French, Sudan in English', () => {
    expect(countryName('SD', 'fr')).toBe('Soudan');
    expect(countryName('sd', 'en')).toBe('Sudan');
    expect(countryOptions(['SD', 'AF', 'ER'], 'fr').map((o) => o.label)).toEqual([
      'Afghanistan',
      'Érythrée',
      'Soudan',
    ]);
  });
});
